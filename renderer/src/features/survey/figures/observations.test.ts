import { describe, expect, it } from 'vitest';
import { sampleResult, words } from './fixtures';
import { observationRows, observationsFigure } from './observations';

type Trace = { type: string; name: string; x: number[]; y: string[]; text: string[]; xaxis: string; marker: { color: string | string[]; symbol?: string } };

describe('the lesson observations per element', () => {
  const result = sampleResult();
  const figure = observationsFigure(result, words())!;
  const traces = figure.data as unknown as Trace[];

  it('puts each building block above its elements, with n on every row', () => {
    const rows = observationRows(result, words());
    expect(rows.map((r) => `${r.kind}:${r.figures.name}`)).toEqual([
      'block:Spelgevoel',
      'element:Positieve kantelmomenten organiseren',
      'element:Negatieve kantelmomenten transformeren',
      'element:Erkennen en waarderen',
      'block:Gezag',
      'element:Voorbeeldig handelen',
      'element:Normatief kader',
      'block:Inclusieve didactiek',
      'element:Gemeenschappelijk basisleerdoel',
      'element:Benutting groepskapitaal',
    ]);
    expect(rows[0]!.tick).toBe('<b>Spelgevoel</b> (n = 54)');
    expect(rows[3]!.tick).toBe('Erkennen en waarderen (n = 18)');
  });

  it('stacks the share of lessons per level 1–5 and prints the share at 4–5', () => {
    const levels = traces.filter((t) => t.type === 'bar');
    expect(levels.map((t) => t.name)).toEqual(['1 niet', '2 incidenteel', '3 afwisselend', '4 regelmatig', '5 systematisch']);
    const at = levels[0]!.y.indexOf('Erkennen en waarderen (n = 18)');
    // Erkennen en waarderen: 2, 5, 6, 4, 1 of 18 lessons.
    expect(levels.map((t) => t.x[at]! * 18).map(Math.round)).toEqual([2, 5, 6, 4, 1]);
    expect(levels[2]!.text[at]).toBe('33%');
    expect(figure.layout.annotations!.find((a) => a.y === 'Erkennen en waarderen (n = 18)')!.text).toBe('4–5: 28%');
    expect(figure.layout.barmode).toBe('stack');
  });

  it('shows the means on the right, flagged elements in red, blocks as diamonds', () => {
    const [elements, blocks] = traces.filter((t) => t.type === 'scatter');
    expect(elements!.xaxis).toBe('x2');
    const at = elements!.y.indexOf('Erkennen en waarderen (n = 18)');
    expect(elements!.text[at]).toBe('2,83');
    expect((elements!.marker.color as string[])[at]).toBe('#c0392b');
    expect(blocks!.marker.symbol).toBe('diamond');
    expect(blocks!.text).toEqual(['3,06', '3,22', '2,78']);
    expect(figure.alt).toContain('Erkennen en waarderen: gemiddelde 2,83, 4–5 in 28% van de lessen (n = 18; gemarkeerd: gemiddelde < 3,0; SD ≥ 0,8).');
  });

  it('never shows teachers; draws nothing without observations', () => {
    expect(JSON.stringify(figure)).not.toMatch(/L0\d/);
    expect(observationsFigure({ ...result, observations: null }, words())).toBeNull();
  });
});
