import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources, type Locale } from '../../../../shared/i18n/index';
import { DEFAULT_DESIGN } from '../../../../shared/model/annotation';
import type { GroupSummary } from '../../../../shared/model/view';
import { chartWords } from '../chart/useChartWords';
import { dashboard } from '../reference/figures/fixtures';
import { referenceWords, type Translate } from '../reference/figures/words';
import { sampleResult } from '../survey/figures/fixtures';
import { surveyWords } from '../survey/figures/words';
import { designAlt, editAlt, savedDesignAlt, shownAlt, withDesignAlt } from './altText';
import { baseFigure, type Shown } from './shownFigure';
import { otherLocaleAlts } from './useDesignAlt';

async function translations(): Promise<(locale: Locale) => Translate> {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'nl-BE', fallbackLng: false, interpolation: { escapeValue: false } });
  return (locale) => {
    const fixed = i18n.getFixedT(locale);
    return (key, params) => fixed(key, params ?? {});
  };
}

const summary: GroupSummary = {
  chart: { type: 'bar', groupBy: 'Klas', measure: 'Score', aggregate: 'mean' },
  rows: [
    { key: '1A', n: 20, nValid: 20, value: 6.25 },
    { key: '1B', n: 18, nValid: 17, value: 5.5 },
  ],
};

describe('a chart\'s text alternative across the interface languages', () => {
  it('does not flag a plain chart\'s edit as written for other figures when only the language changed', async () => {
    const tIn = await translations();
    const dutch: Shown = { kind: 'chart', summary, words: chartWords(tIn('nl-BE'), 'nl-BE', summary.chart) };
    const english: Shown = { kind: 'chart', summary, words: chartWords(tIn('en'), 'en', summary.chart) };
    const nl = baseFigure(dutch, 'nl-BE')!.alt;
    const en = baseFigure(english, 'en')!.alt;
    expect(nl).toContain('1A: 6,3');
    expect(en).toContain('1A: 6.3');
    const edit = editAlt(undefined, 'Klas 1A haalt het hoogste gemiddelde.', nl);
    // The interface now speaks English: the Dutch text of the same figures is among the others.
    expect(otherLocaleAlts(english, 'en', tIn)).toEqual([nl]);
    expect(shownAlt(edit, en, otherLocaleAlts(english, 'en', tIn)).stale).toBe(false);
    // Other figures: flagged in either language.
    const changed: Shown = { ...english, summary: { ...summary, rows: [summary.rows[0]!] } };
    const enChanged = baseFigure(changed, 'en')!.alt;
    expect(shownAlt(edit, enChanged, otherLocaleAlts(changed, 'en', tIn)).stale).toBe(true);
  });

  it('gives the comparison\'s text in the other language too', async () => {
    const tIn = await translations();
    const result = dashboard();
    const english: Shown = { kind: 'reference', result, words: referenceWords(tIn('en'), 'en', result) };
    const dutch = baseFigure({ ...english, words: referenceWords(tIn('nl-BE'), 'nl-BE', result) }, 'nl-BE')!.alt;
    expect(otherLocaleAlts(english, 'en', tIn)).toEqual([dutch]);
  });

  it('gives a survey chart\'s text from its figures, kept with the view\'s design when edited, and not stale in the other language', async () => {
    const tIn = await translations();
    const result = sampleResult();
    const dutch: Shown = { kind: 'survey', result, chart: 'quadrant', moment: null, words: surveyWords(tIn('nl-BE'), 'nl-BE') };
    const english: Shown = { ...dutch, words: surveyWords(tIn('en'), 'en') };
    const nl = baseFigure(dutch, 'nl-BE')!.alt;
    const en = baseFigure(english, 'en')!.alt;
    expect(nl).not.toBe(en);
    expect(otherLocaleAlts(english, 'en', tIn)).toEqual([nl]);
    const edit = editAlt(undefined, 'Het team is vaardig, maar de collectieve wil blijft achter.', nl)!;
    const design = savedDesignAlt(withDesignAlt({ ...DEFAULT_DESIGN }, edit));
    expect(design).toMatchObject({ alt: edit.text, altFrom: nl });
    expect(shownAlt(designAlt(design), en, otherLocaleAlts(english, 'en', tIn)).stale).toBe(false);
    // Other figures (the eindmeting left out): flagged.
    const fewer: Shown = { ...dutch, result: { ...result, moments: result.moments.slice(0, 1), quadrant: result.quadrant.slice(0, 1) } };
    expect(shownAlt(designAlt(design), baseFigure(fewer, 'nl-BE')!.alt).stale).toBe(true);
  });
});
