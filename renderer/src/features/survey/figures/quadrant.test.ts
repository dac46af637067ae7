import { describe, expect, it } from 'vitest';
import { sampleResult, words } from './fixtures';
import { COMPUTED_COLOR, quadrantFigure, SELF_COLOR } from './quadrant';

type Trace = { name?: string; mode: string; x: (number | null)[]; y: (number | null)[]; text?: string[]; line?: { dash: string } };

describe('the skill–will quadrant', () => {
  const result = sampleResult();

  it('places a dot per moment at the mean of the item means per axis, with n, and an arrow nulmeting → eindmeting', () => {
    const figure = quadrantFigure(result, words())!;
    const [dots] = figure.data as unknown as Trace[];
    // expected.json: skill 3.319 / will 2.467 at the nulmeting, 3.505 / 2.934 at the eindmeting.
    expect(dots!.x[0]).toBeCloseTo(3.319, 3);
    expect(dots!.y[0]).toBeCloseTo(2.467, 3);
    expect(dots!.x[1]).toBeCloseTo(3.505, 3);
    expect(dots!.y[1]).toBeCloseTo(2.934, 3);
    expect(dots!.text).toEqual(['nulmeting (n = 18)', 'eindmeting (n = 17)']);
    // The team went up: the first label under its dot, the last above, clear of the arrow.
    expect((dots as unknown as { textposition: string[] }).textposition).toEqual(['bottom center', 'top center']);
    const arrow = figure.layout.annotations!.find((a) => a.showarrow)!;
    expect([arrow.ax, arrow.ay, arrow.x, arrow.y]).toEqual([dots!.x[0], dots!.y[0], dots!.x[1], dots!.y[1]]);
    expect([arrow.axref, arrow.ayref, arrow.arrowcolor]).toEqual(['x', 'y', COMPUTED_COLOR]);
    expect(figure.alt).toContain('nulmeting (n = 18): vaardigheid 3,32, wil 2,47, selectieve impact — solistisch.');
  });

  it('crosses at the bridge, names the four cultures in their corners, says how a position is made', () => {
    const { layout } = quadrantFigure(result, words())!;
    expect(layout.xaxis!.range).toEqual([1, 5]);
    expect(layout.yaxis!.range).toEqual([1, 5]);
    expect(layout.shapes!.map((s) => [s.x0, s.x1, s.y0, s.y1])).toEqual([
      [3, 3, 1, 5],
      [1, 5, 3, 3],
    ]);
    const named = (text: string) => layout.annotations!.find((a) => String(a.text).replace(/<br>/g, ' ') === `<b>${text}</b>`)!;
    expect([named('transformatieve verbetercultuur').x, named('transformatieve verbetercultuur').y]).toEqual([5, 5]);
    expect([named('selectieve impact — solistisch').x, named('selectieve impact — solistisch').y]).toEqual([5, 1]);
    expect([named('cultuur van lage verwachtingen').x, named('cultuur van lage verwachtingen').y]).toEqual([1, 1]);
    expect([named('geankerd inproductief').x, named('geankerd inproductief').y]).toEqual([1, 5]);
    expect(layout.annotations!.some((a) => String(a.text).startsWith('Positie = gemiddelde van de vraaggemiddelden per as.'))).toBe(true);
    expect(layout.xaxis!.title).toMatchObject({ text: 'Vaardigheid (Ik als professional, Wij als team)' });
    expect(layout.yaxis!.title).toMatchObject({ text: 'Collectieve wil (Onze overlegmomenten, Onze professionele codes)' });
  });

  it('draws the team’s own placement as an open dot beside the computed one', () => {
    const r = sampleResult();
    r.analysis.selfPlacement = [{ moment: 'nulmeting', skill: 4, will: 3.5 }];
    const figure = quadrantFigure(r, words())!;
    const [, own, joint] = figure.data as unknown as Trace[];
    expect(own!.name).toBe('Eigen inschatting');
    expect([own!.x[0], own!.y[0]]).toEqual([4, 3.5]);
    expect(own!.text).toEqual(['nulmeting (eigen)']);
    expect(joint!.line!.dash).toBe('dot');
    expect(joint!.x.slice(0, 2)).toEqual([4, r.quadrant[0]!.skill]);
    expect(SELF_COLOR).not.toBe(COMPUTED_COLOR);
    expect(figure.alt).toContain('Eigen inschatting bij nulmeting: vaardigheid 4,00, wil 3,50.');
  });

  it('draws nothing without an axis', () => {
    expect(quadrantFigure({ ...result, quadrant: result.quadrant.map((q) => ({ ...q, will: null, quadrant: null })) }, words())).toBeNull();
  });
});
