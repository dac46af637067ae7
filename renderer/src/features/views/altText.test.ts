import { describe, expect, it } from 'vitest';
import { GAIN_ALT_FROM_MAX, GAIN_ALT_MAX } from '../../../../shared/model/view';
import { DEFAULT_DESIGN, ViewDesign } from '../../../../shared/model/annotation';
import { confirmAlt, designAlt, editAlt, savedDesignAlt, shownAlt, withDesignAlt } from './altText';
import * as gainAltText from '../gain/altText';

const generated = 'Gemiddelde winst per Klas van september naar juni: 1A +6,1 procentpunten (n = 22).';
const later = 'Gemiddelde winst per Klas van september naar juni: 1A +5,9 procentpunten (n = 21).';
const english = 'Mean gain per Klas from september to juni: 1A +6.1 percentage points (n = 22).';

describe('the text alternative of a chart', () => {
  it('shows the generated text until the user edits it', () => {
    expect(shownAlt(undefined, generated)).toEqual({ text: generated, label: generated, edited: false, stale: false });
    const edit = editAlt(undefined, 'Klas 1A groeit met 6 procentpunten.', generated)!;
    expect(edit).toEqual({ text: 'Klas 1A groeit met 6 procentpunten.', from: generated });
    expect(shownAlt(edit, generated)).toEqual({ text: edit.text, label: edit.text, edited: true, stale: false });
  });

  it('is no edit once typed back to the generated text', () => {
    const edit = editAlt(undefined, 'Eigen tekst', generated);
    expect(editAlt(edit, generated, generated)).toBeUndefined();
  });

  it('labels the plot with the generated text while the edit is blank', () => {
    const blank = editAlt(undefined, '  ', generated)!;
    expect(shownAlt(blank, generated)).toMatchObject({ text: '  ', label: generated, edited: true });
  });

  it('flags an edit made for other figures, also after further typing, until reset or confirmed', () => {
    const edit = editAlt(undefined, 'Klas 1A groeit met 6 procentpunten.', generated)!;
    expect(shownAlt(edit, later).stale).toBe(true);
    expect(shownAlt(edit, later).label).toBe(edit.text);
    // Touching up the text does not make it current: it still came from the old figures.
    const touched = editAlt(edit, 'Klas 1A groeit met bijna 6 procentpunten.', later)!;
    expect(touched.from).toBe(generated);
    expect(shownAlt(touched, later).stale).toBe(true);
    // On the user's word it fits the figures of now.
    expect(shownAlt(confirmAlt(touched, later), later)).toMatchObject({ text: touched.text, stale: false });
    // And back to figures that give the text it came from: current again.
    expect(shownAlt(edit, generated).stale).toBe(false);
  });

  it('does not flag an edit when only the interface language changed', () => {
    const edit = editAlt(undefined, 'Klas 1A groeit met 6 procentpunten.', generated)!;
    expect(shownAlt(edit, english, [generated]).stale).toBe(false);
    expect(shownAlt(edit, english, [later]).stale).toBe(true);
  });

  it('keeps an edit within the maximum, and the text it came from within its own', () => {
    const long = editAlt(undefined, 'x'.repeat(GAIN_ALT_MAX + 10), generated)!;
    expect(long.text).toHaveLength(GAIN_ALT_MAX);
    const huge = 'y'.repeat(GAIN_ALT_FROM_MAX + 10);
    const edit = editAlt(undefined, 'Eigen tekst', huge)!;
    expect(edit.from).toHaveLength(GAIN_ALT_FROM_MAX);
    expect(shownAlt(edit, huge).stale).toBe(false);
  });
});

describe('the text alternative of a plain or comparison view, kept in its design', () => {
  const plain = 'Staafdiagram van Gemiddelde van juni per Klas: 1A: 6,2 (n = 22); 1B: 5,8 (n = 21).';
  const resorted = 'Staafdiagram van Gemiddelde van juni per Klas: 1B: 5,8 (n = 21); 1A: 6,2 (n = 22).';

  it('carries no edit until one is set, and drops it again', () => {
    expect(designAlt(DEFAULT_DESIGN)).toBeUndefined();
    const edit = editAlt(undefined, '1A haalt het hoogste gemiddelde.', plain)!;
    const design = withDesignAlt({ ...DEFAULT_DESIGN, rok: ['R3'] }, edit);
    expect(design).toMatchObject({ rok: ['R3'], alt: '1A haalt het hoogste gemiddelde.', altFrom: plain });
    expect(designAlt(design)).toEqual(edit);
    const none = withDesignAlt(design, undefined);
    expect(none).toEqual({ ...DEFAULT_DESIGN, rok: ['R3'] });
    expect('alt' in none || 'altFrom' in none).toBe(false);
  });

  it('is saved as the contract takes it, a blank edit not at all', () => {
    const edit = editAlt(undefined, 'Eigen tekst', plain)!;
    const saved = savedDesignAlt(withDesignAlt(DEFAULT_DESIGN, edit));
    expect(ViewDesign.parse(saved)).toEqual(saved);
    const blank = savedDesignAlt(withDesignAlt(DEFAULT_DESIGN, editAlt(undefined, '   ', plain)));
    expect(blank).toEqual(DEFAULT_DESIGN);
    const cleared = savedDesignAlt(withDesignAlt(DEFAULT_DESIGN, editAlt(undefined, '', plain)));
    expect(ViewDesign.parse(cleared)).toEqual(DEFAULT_DESIGN);
  });

  it('names the plot by the saved text, flagged once the figures give another text', () => {
    const design = withDesignAlt(DEFAULT_DESIGN, editAlt(undefined, '1A haalt het hoogste gemiddelde.', plain));
    expect(shownAlt(designAlt(design), plain)).toEqual({ text: '1A haalt het hoogste gemiddelde.', label: '1A haalt het hoogste gemiddelde.', edited: true, stale: false });
    expect(shownAlt(designAlt(design), resorted)).toMatchObject({ label: '1A haalt het hoogste gemiddelde.', stale: true });
    const confirmed = withDesignAlt(design, confirmAlt(designAlt(design)!, resorted));
    expect(shownAlt(designAlt(confirmed), resorted).stale).toBe(false);
  });

  it('counts a text saved without the one it came from as written for other figures', () => {
    const design: ViewDesign = { ...DEFAULT_DESIGN, alt: 'Met de hand geschreven.' };
    expect(designAlt(design)).toEqual({ text: 'Met de hand geschreven.', from: '' });
    expect(shownAlt(designAlt(design), plain).stale).toBe(true);
  });

  it('is the same logic the learning-gain chart imports', () => {
    expect(gainAltText.shownAlt).toBe(shownAlt);
    expect(gainAltText.editAlt).toBe(editAlt);
    expect(gainAltText.confirmAlt).toBe(confirmAlt);
  });
});
