import type { Deck, DeckSlide } from '../../../../shared/model/story/deck';

/** What the projector shows, in order: the title (story title and leervraag), the deck's slides, the actions. */
export type PresentSlide = { kind: 'title' } | { kind: 'view'; slide: DeckSlide } | { kind: 'actions' };

export function presentSlides(deck: Deck): PresentSlide[] {
  return [
    { kind: 'title' },
    ...deck.slides.map((slide): PresentSlide => ({ kind: 'view', slide })),
    ...(deck.story.actions.length > 0 ? [{ kind: 'actions' } as const] : []),
  ];
}

/**
 * What a screen reader is told when a slide comes up: its title (the actions slide's is
 * `actionsTitle`) and, for a view, its takeaway.
 */
export function slideSpoken(deck: Deck, slide: PresentSlide, actionsTitle: string): { title: string; takeaway: string } {
  if (slide.kind === 'title') return { title: deck.story.title, takeaway: deck.story.question };
  if (slide.kind === 'actions') return { title: actionsTitle, takeaway: '' };
  return { title: slide.slide.title, takeaway: slide.slide.takeaway };
}

/** Title and takeaway as one announcement: a full stop between them unless the title ends a sentence. */
export function spokenText(heading: string, takeaway: string): string {
  const said = takeaway.trim();
  if (said === '') return heading;
  return /[.?!…:]$/.test(heading.trim()) ? `${heading.trim()} ${said}` : `${heading.trim()}. ${said}`;
}

/** A slide's key, stable while the deck is recomputed (a privacy change). */
export function slideKey(slide: PresentSlide): string {
  return slide.kind === 'view' ? slide.slide.slideId : slide.kind;
}

/** What a key does while presenting. */
export type PresentKey =
  | { kind: 'go'; to: 'next' | 'previous' | 'first' | 'last' }
  | { kind: 'digit'; digit: string }
  | { kind: 'enter' }
  | { kind: 'backspace' }
  | { kind: 'leave' }
  | { kind: 'presenter' }
  | { kind: 'theme' };

/**
 * The presenting keys: → / space / Page Down / ↓ next, ← / Page Up / ↑ previous, Home and End,
 * a number then Enter to jump, Esc to leave, P the presenter view, T the theme. Keys with
 * Ctrl, Alt or Meta are left alone (the browser's and the system's own).
 */
export function presentKey(e: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean; shiftKey: boolean }): PresentKey | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return { kind: 'go', to: e.key === ' ' && e.shiftKey ? 'previous' : 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { kind: 'go', to: 'previous' };
    case 'Home':
      return { kind: 'go', to: 'first' };
    case 'End':
      return { kind: 'go', to: 'last' };
    case 'Enter':
      return { kind: 'enter' };
    case 'Backspace':
      return { kind: 'backspace' };
    case 'Escape':
      return { kind: 'leave' };
    case 'p':
    case 'P':
      return { kind: 'presenter' };
    case 't':
    case 'T':
      return { kind: 'theme' };
  }
  return /^[0-9]$/.test(e.key) ? { kind: 'digit', digit: e.key } : null;
}

/** Where `go` lands in a deck of `count` slides (0-based), kept within it. */
export function goTo(index: number, to: 'next' | 'previous' | 'first' | 'last', count: number): number {
  const last = Math.max(0, count - 1);
  if (to === 'first') return 0;
  if (to === 'last') return last;
  return Math.min(last, Math.max(0, index + (to === 'next' ? 1 : -1)));
}

/** The slide a typed number jumps to (1-based as shown), or null when there is no such slide. */
export function jumpTarget(typed: string, count: number): number | null {
  const n = Number(typed);
  return typed !== '' && Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : null;
}
