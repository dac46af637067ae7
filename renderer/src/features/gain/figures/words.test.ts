import { describe, expect, it } from 'vitest';
import { byClass, lvs, words } from './fixtures';

describe('the words of a learning-gain figure', () => {
  it('names the unit of the gain and the scores', () => {
    const pct = words(byClass());
    expect(pct.unit).toBe('procentpunten');
    expect(pct.gainAxis).toBe('Gemiddelde winst (procentpunten)');
    expect(pct.scoreAxis('juni')).toBe('Score juni (%)');
    expect(pct.meanAxis).toBe('Gemiddelde score (%)');
    const scale = words(lvs());
    expect(scale.unit).toBe('vaardigheidspunten');
    expect(scale.scoreAxis('juni')).toBe('Vaardigheidsscore juni');
    expect(words(lvs(), 'en').unit).toBe('scale points');
  });

  it('formats numbers in the locale, gains with their sign and a true minus', () => {
    const w = words(byClass());
    expect(w.num(9.8)).toBe('9,8');
    expect(w.num(12345.6)).toBe('12.345,6');
    expect(w.num(-3.14, 2)).toBe('−3,14');
    expect(w.signed(9.75)).toBe('+9,8');
    expect(w.signed(-2.1)).toBe('−2,1');
    // Rounds to zero: no sign either way.
    expect(w.signed(0.04)).toBe('0,0');
    expect(w.signed(-0.04)).toBe('0,0');
    expect(w.num(-0.04)).toBe('0,0');
    expect(words(byClass(), 'en').signed(-2.1)).toBe('−2.1');
  });

  it('calls the groups by the column grouped by, or all pupils', () => {
    expect(words(byClass()).groupTitle).toBe('Klas');
    const all = byClass();
    all.analysis = { ...all.analysis, groupBy: null };
    expect(words(all).groupTitle).toBe('Alle leerlingen');
  });
});
