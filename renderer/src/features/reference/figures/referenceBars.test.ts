import { describe, expect, it } from 'vitest';
import { dashboard, resultOf, words } from './fixtures';
import { OURS_COLOR, referenceFigure, wrapLabel } from './referenceBars';

type Trace = {
  name: string;
  x: string[];
  y: (number | null)[];
  text: string[];
  xaxis: string;
  yaxis: string;
  showlegend?: boolean;
  marker: { color: string; line: { width: number } };
};

/** The sample dashboard's means, [component, group, mean, n], as the file gives them. */
const MEANS: [string, string, number, number][] = [
  ['Wiskundige problemen oplossen', 'Onze school', 245.1, 131],
  ['Wiskundige problemen oplossen', 'Vlaanderen', 252.0, 63000],
  ['Wiskundige problemen oplossen', 'Vergelijkbare scholen', 248.0, 5200],
  ['Getallenleer', 'Onze school', 246.2, 131],
  ['Getallenleer', 'Vlaanderen', 247.0, 63000],
  ['Getallenleer', 'Vergelijkbare scholen', 243.0, 5200],
  ['Leesbegrip', 'Onze school', 253.7, 131],
  ['Leesbegrip', 'Vlaanderen', 258.0, 63000],
  ['Leesbegrip', 'Vergelijkbare scholen', 254.0, 5200],
];
const components = [...new Set(MEANS.map(([c]) => c))];
const mean = (component: string, group: string) => MEANS.find(([c, g]) => c === component && g === group)![2];
/** Dutch with one decimal and a true minus sign, as the screen writes it. */
const dutch = (x: number) => x.toFixed(1).replace('.', ',').replace('-', '−');
const signed = (x: number) => (x > 0 ? `+${dutch(x)}` : dutch(x));

describe('reference bars of the school feedback dashboard', () => {
  const result = dashboard();
  const figure = referenceFigure(result, words(result))!;
  const traces = figure.data as unknown as Trace[];
  const meanTraces = traces.filter((t) => t.yaxis === 'y');
  const differenceTraces = traces.filter((t) => t.yaxis === 'y2');

  it('draws a bar per group and component, our school first and highlighted, n in the legend', () => {
    expect(meanTraces.map((t) => t.name)).toEqual(['Onze school (n = 131)', 'Vlaanderen (n = 63.000)', 'Vergelijkbare scholen (n = 5.200)']);
    expect(meanTraces[0]!.marker.color).toBe(OURS_COLOR);
    expect(meanTraces[0]!.marker.line.width).toBeGreaterThan(0);
    expect(meanTraces[1]!.marker.line.width).toBe(0);
    expect(new Set(meanTraces.map((t) => t.marker.color)).size).toBe(3);
    expect(meanTraces[0]!.x).toEqual(components.map((c) => wrapLabel(c)));
    for (const [gi, group] of ['Onze school', 'Vlaanderen', 'Vergelijkbare scholen'].entries()) {
      const trace = meanTraces[gi]!;
      expect(trace.y).toEqual(components.map((c) => mean(c, group)));
      const printed = components.map((c) => dutch(mean(c, group)));
      expect(trace.text).toEqual(gi === 0 ? printed.map((p) => `<b>${p}</b>`) : printed);
    }
    expect(meanTraces[0]!.text[0]).toBe('<b>245,1</b>');
  });

  it('draws the differences ours − each group below, signed, with a zero line, on an axis from 0 above', () => {
    expect(differenceTraces.map((t) => t.name)).toEqual(['Vlaanderen', 'Vergelijkbare scholen']);
    expect(differenceTraces.every((t) => t.showlegend === false)).toBe(true);
    for (const [oi, group] of ['Vlaanderen', 'Vergelijkbare scholen'].entries()) {
      const expected = components.map((c) => mean(c, 'Onze school') - mean(c, group));
      differenceTraces[oi]!.y.forEach((y, i) => expect(y).toBeCloseTo(expected[i]!, 10));
      expect(differenceTraces[oi]!.text).toEqual(expected.map(signed));
    }
    expect(differenceTraces[0]!.text).toEqual(['−6,9', '−0,8', '−4,3']);
    expect(differenceTraces[1]!.text).toEqual(['−2,9', '+3,2', '−0,3']);
    const { layout } = figure;
    expect((layout.yaxis?.range as number[])[0]).toBe(0);
    expect((layout.yaxis?.range as number[])[1]).toBeGreaterThan(258);
    expect(layout.yaxis2?.zeroline).toBe(true);
    const range2 = layout.yaxis2?.range as number[];
    expect(range2[0]).toBeLessThan(-6.9);
    expect(range2[1]).toBeGreaterThan(6.9);
    expect(layout.separators).toBe(',.');
    expect(layout.annotations?.[0]?.text).toBe('Verschil van onze school met elke groep, in vaardigheidspunten');
  });

  it('writes an alt text from the figures: each component, each group’s mean and n, our differences', () => {
    const { alt } = figure;
    expect(alt).toMatch(/^Staafdiagram: gemiddelde vaardigheidsscore per toetsonderdeel van Onze school naast Vlaanderen, Vergelijkbare scholen/);
    expect(alt).toContain(
      'Wiskundige problemen oplossen: Onze school 245,1 (n = 131), Vlaanderen 252,0 (n = 63.000), Vergelijkbare scholen 248,0 (n = 5.200); ' +
        'verschil: Onze school −6,9 vaardigheidspunten t.o.v. Vlaanderen, Onze school −2,9 vaardigheidspunten t.o.v. Vergelijkbare scholen.',
    );
    expect(alt).toContain(`Getallenleer: Onze school 246,2 (n = 131)`);
    expect(alt).toContain(`Onze school ${signed(246.2 - 243.0)} vaardigheidspunten t.o.v. Vergelijkbare scholen`);
    // Components in the table's order.
    expect(alt.indexOf('Wiskundige')).toBeLessThan(alt.indexOf('Getallenleer'));
    expect(alt.indexOf('Getallenleer')).toBeLessThan(alt.indexOf('Leesbegrip'));
    const en = referenceFigure(result, words(result, 'en'))!;
    expect(en.alt).toContain('Wiskundige problemen oplossen: Onze school 245.1 (n = 131), Vlaanderen 252.0 (n = 63,000)');
    expect(en.alt).toContain('Onze school −6.9 scale points against Vlaanderen');
    expect(en.layout.separators).toBe('.,');
  });

  it('withholds our suppressed mean: no figure, `< k lln.` on the bar, a note, no differences there', () => {
    const small = resultOf([
      ['Lezen', [['Onze school', 231.5, 4], ['Vlaanderen', 240, 60000]]],
      ['Schrijven', [['Onze school', 250, 12], ['Vlaanderen', 245.5, 60000]]],
    ]);
    const fig = referenceFigure(small, words(small))!;
    const [ours, flanders, diff] = fig.data as unknown as Trace[];
    expect(ours!.y).toEqual([0, 250]);
    // Our n differs (withheld in one component): each bar says its own, the legend none.
    expect(ours!.text).toEqual(['< 5 lln.', '<b>250,0</b><br>n = 12']);
    expect(ours!.name).toBe('Onze school');
    expect(flanders!.name).toBe('Vlaanderen (n = 60.000)');
    expect(diff!.y).toEqual([null, 4.5]);
    expect(diff!.text).toEqual(['', '+4,5']);
    expect(fig.layout.annotations?.some((a) => a.text === 'Onze school niet getoond bij minder dan 5 leerlingen (privacy): Lezen')).toBe(true);
    expect(fig.alt).toContain('Lezen: Onze school niet getoond (minder dan 5 leerlingen), Vlaanderen 240,0 (n = 60.000).');
    expect(fig.alt).not.toContain('231,5');
    expect(fig.alt).toContain('Schrijven: Onze school 250,0 (n = 12), Vlaanderen 245,5 (n = 60.000); verschil: Onze school +4,5 vaardigheidspunten t.o.v. Vlaanderen.');
  });

  it('names percentages in percentage points; draws nothing without means', () => {
    const percent = resultOf([[null, [['Eigen school', 61.25, 40], ['Vlaanderen', 58, null]]]], { ...dashboard().analysis, component: null, unit: 'percentPoints' });
    const fig = referenceFigure(percent, words(percent))!;
    expect((fig.data as unknown as Trace[])[0]!.x).toEqual(['Gemiddelden']);
    expect(fig.alt).toContain('Eigen school +3,3 procentpunten t.o.v. Vlaanderen');
    expect(fig.alt).toContain('Vlaanderen 58,0;');
    const empty = resultOf([['Lezen', [['Onze school', null, null], ['Vlaanderen', null, null]]]]);
    expect(referenceFigure(empty, words(empty))).toBeNull();
  });

  it('wraps long component names over lines', () => {
    expect(wrapLabel('Wiskundige problemen oplossen')).toBe('Wiskundige<br>problemen<br>oplossen');
    expect(wrapLabel('Getallenleer')).toBe('Getallenleer');
  });
});
