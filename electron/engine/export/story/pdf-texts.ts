import { formatMessage, type Locale } from '../../../../shared/i18n/index';
import type { DeckSlide } from '../../../../shared/model/story/deck';
import type { PrivacyChoice } from '../../../../shared/model/story/privacy';

/** The handout's sentences, from the catalogue (story.pdf.*) in the export's language. */

export function t(code: string, locale: Locale, params: Record<string, string | number> = {}): string {
  return formatMessage({ code, params }, locale);
}

/** A date as the locale writes it (`7 december 2026`). A bare `2027-03-01` is that calendar day anywhere. */
export function formatDate(iso: string, locale: Locale): string {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(bare ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...(bare ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** What the export's privacy choice let out, for the title page. */
export function privacyLines(privacy: PrivacyChoice, locale: Locale): string[] {
  return [
    t(privacy.pseudonymise ? 'story.pdf.pseudonymised' : 'story.pdf.namesShown', locale),
    privacy.suppressBelow !== null ? t('story.pdf.suppressBelow', locale, { k: privacy.suppressBelow }) : t('story.pdf.allGroupsShown', locale),
  ];
}

/** A slide's privacy badge as one line. */
export function badgeLine(slide: DeckSlide, locale: Locale): string {
  const { level, suppressed, k, pseudonymised } = slide.privacy;
  const parts = [t(level === 'pupil' ? 'story.pdf.badgePupil' : 'story.pdf.badgeAggregated', locale)];
  if (pseudonymised) parts.push(t('story.pdf.badgePseudonymised', locale));
  if (suppressed > 0) parts.push(t('story.pdf.badgeSuppressed', locale, { count: suppressed, k: k ?? '' }));
  return parts.join(' · ');
}

/** The files behind a slide and n: `Bron: LVS-export (lvs-2026.xlsx, ingelezen op 2 oktober 2026) · n = 86`. */
export function sourceLine(slide: DeckSlide, locale: Locale): string {
  const sources = slide.sources.map((s) =>
    t('story.pdf.sourceEntry', locale, { name: s.name, fileName: s.fileName, date: formatDate(s.importedAt, locale) }),
  );
  const parts = [sources.length > 0 ? t('story.pdf.source', locale, { sources: sources.join('; ') }) : t('story.pdf.noSource', locale)];
  if (slide.n !== null) parts.push(t('story.pdf.n', locale, { n: slide.n }));
  return parts.join(' · ');
}
