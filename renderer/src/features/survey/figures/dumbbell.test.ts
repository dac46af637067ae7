import { describe, expect, it } from 'vitest';
import { dumbbellFigure, largestGap, SIDES } from './dumbbell';
import { sampleResult, words } from './fixtures';

type Trace = { name?: string; mode: string; x: (number | null)[]; y: (string | null)[]; marker?: { symbol: string } };

describe('self – team – observed (the dumbbell)', () => {
  const result = sampleResult();
  const figure = dumbbellFigure(result, 'nulmeting', words())!;
  const [line, team, observed, self] = figure.data as unknown as Trace[];

  it('draws a row per link: Ik, Wij and the observed element, with n of each side on the label', () => {
    expect(self!.name).toBe('Ik');
    expect(team!.name).toBe('Wij');
    expect(observed!.name).toBe('Geobserveerd');
    expect(new Set([self, team, observed].map((t) => t!.marker!.symbol)).size).toBe(3);
    expect(self!.y).toHaveLength(4);
    expect(self!.y[0]).toContain('Ik geef leerlingen erkenning en');
    expect(self!.y[0]).toContain('IK1 n = 18 · WIJ1 n = 16 · lessen n = 18');
    // IK1 3,67, WIJ1 3,25, the element "Erkennen en waarderen" 2,83 (observed once, the same at every moment).
    expect(self!.x[0]).toBeCloseTo(3.6667, 4);
    expect(team!.x[0]).toBeCloseTo(3.25, 4);
    expect(observed!.x[0]).toBeCloseTo(2.8333, 4);
    // Two links have an observed element (IK1, IK3).
    expect(observed!.x).toHaveLength(2);
    expect(line!.mode).toBe('lines');
    expect(line!.x.slice(0, 3)).toEqual([observed!.x[0], self!.x[0], null]);
    expect(SIDES.self.color).not.toBe(SIDES.team.color);
  });

  it('names the largest gap of each link', () => {
    expect(largestGap(result.links[0]!)).toEqual({ from: 'self', to: 'observed', gap: expect.closeTo(0.8333, 4) });
    const gaps = figure.layout.annotations!.map((a) => a.text);
    expect(gaps[0]).toBe('kloof 0,83: Ik ↔ Geobserveerd');
    // IK4 3,17 against WIJ4 3,76.
    expect(gaps[3]).toBe('kloof 0,60: Ik ↔ Wij');
    expect(figure.alt).toContain('Ik geef leerlingen erkenning en waardering: Ik 3,67, Wij 3,25, Geobserveerd 2,83. kloof 0,83: Ik ↔ Geobserveerd.');
    expect(largestGap({ link: 'x', moment: 'm', self: { code: 'IK9', mean: 3 }, team: null, observed: null })).toBeNull();
  });

  it('follows the moment; draws nothing without links', () => {
    const end = dumbbellFigure(result, 'eindmeting', words())!;
    expect((end.data[3] as unknown as Trace).x[0]).toBeCloseTo(3.7647, 4);
    expect(end.alt).toContain('bij eindmeting');
    expect(dumbbellFigure({ ...result, links: [] }, null, words())).toBeNull();
  });
});
