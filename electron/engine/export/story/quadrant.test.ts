import { beforeAll, describe, expect, it } from 'vitest';
import { SlideChart } from '../../../../shared/model/story/deck';
import { DEFAULT_ROK, rokTitle } from '../../../../shared/model/story/rok';
import { layoutChart } from './chart-frame';
import { chartSvg } from './chart-image';
import { pointRadius } from './chart-marks';
import { INK, MUTED } from './chart-svg';
import { writeStoryPptx } from './pptx';
import { momentChains } from './scatter-moments';
import { barChart, scatterChart } from './testing/charts';
import { chart, slide } from './testing/decks';
import { partsOf, slideNames, targetsOf, textsOf, xmlOf, type Parts } from './testing/pptx-parts';
import { quadrantChart, quadrantDeck, quadrantSelfChart } from './testing/quadrant';

/**
 * The skill–will quadrant (a scatter with `xRange`, `xLines` and a point per moment): its bridge
 * both ways, its label, the arrow from each moment to the next, in the SVG picture and in
 * PowerPoint's own scatter with the lines and arrows drawn as shapes over it.
 */

type Attrs = Record<string, string>;

/** The elements of one name in an SVG, with their attributes (and their text, for <text>). */
function elements(svg: string, name: string): (Attrs & { content: string })[] {
  return [...svg.matchAll(new RegExp(`<${name}((?:\\s+[\\w:-]+="[^"]*")*)\\s*(?:/>|>([^<]*)</${name}>)`, 'g'))].map((m) => ({
    ...Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    content: (m[2] ?? '').replace(/&amp;/g, '&'),
  }));
}

const num = (v: string | undefined) => Number(v);
const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** An SVG arrow: its line's start and the tip of its head (the polygon's first point). */
function arrowsOf(svg: string): { from: [number, number]; tip: [number, number]; stroke: string; dashed: boolean }[] {
  const lines = elements(svg, 'line');
  return elements(svg, 'polygon').map((p) => {
    const tip = p.points!.split(' ')[0]!.split(',').map(Number) as [number, number];
    // The line ends where the head begins, the head's length before the tip, in the head's colour.
    const shaft = lines
      .filter((l) => l.stroke === p.fill)
      .map((l) => ({ l, gap: distance([num(l.x2), num(l.y2)], tip) }))
      .sort((a, b) => a.gap - b.gap)[0]!.l;
    return { from: [num(shaft.x1), num(shaft.y1)], tip, stroke: shaft.stroke!, dashed: shaft['stroke-dasharray'] !== undefined };
  });
}

describe('momentChains', () => {
  it('chains the moments of a quadrant, and the own estimates apart from them', () => {
    expect(momentChains(quadrantChart)).toEqual([{ points: [0, 1], main: true }]);
    expect(momentChains(quadrantSelfChart)).toEqual([
      { points: [0, 1], main: true },
      { points: [2, 3], main: false },
    ]);
    // An own estimate whose computed moment is missing still follows the other estimate, not the moments.
    const partial = SlideChart.parse({ ...quadrantSelfChart, points: quadrantSelfChart.points.filter((p) => p.series !== 'nulmeting') });
    expect(momentChains(partial)).toEqual([{ points: [1, 2], main: false }]);
  });

  it('chains nothing in a scatter without lines across its x axis, or whose points are not one per series', () => {
    expect(momentChains({ ...quadrantChart, xLines: [] })).toEqual([]);
    expect(momentChains(scatterChart)).toEqual([]);
    expect(momentChains({ ...quadrantChart, points: quadrantChart.points.map((p) => ({ ...p, series: 'team' })) })).toEqual([]);
    expect(momentChains({ ...quadrantChart, points: quadrantChart.points.map((p) => ({ ...p, series: null })) })).toEqual([]);
    expect(momentChains({ ...quadrantChart, points: quadrantChart.points.slice(0, 1) })).toEqual([]);
  });
});

describe('chartSvg: the quadrant', () => {
  const W = 1280;
  const H = 720;
  let svg: string;
  const frame = () => layoutChart(quadrantChart, W, H, 'nl-BE');

  beforeAll(async () => {
    svg = await chartSvg(quadrantChart, W, H, 'nl-BE');
  });

  it('keeps the x axis at 1–5, as the y axis, whatever the points span', () => {
    const xTicks = elements(svg, 'text').filter((t) => t['text-anchor'] === 'middle' && /^\d$/.test(t.content));
    expect(xTicks.map((t) => t.content)).toEqual(['1', '2', '3', '4', '5']);
    const f = frame();
    expect(f.xAxis!.domain).toEqual([1, 5]);
    expect(f.yAxis!.domain).toEqual([1, 5]);
    // The tick labels 1 and 5 stand at the plot's left and right edges.
    expect(num(xTicks[0]!.x)).toBeCloseTo(f.plot.left, 1);
    expect(num(xTicks[4]!.x)).toBeCloseTo(f.plot.right, 1);
  });

  it('draws the vertical bridge at x = 3, halfway between the plot’s edges, from its top to its bottom, with its label', () => {
    const f = frame();
    const dashed = elements(svg, 'line').filter((l) => l['stroke-dasharray'] !== undefined);
    const vertical = dashed.filter((l) => l.x1 === l.x2);
    expect(vertical).toHaveLength(1);
    const x = num(vertical[0]!.x1);
    expect((x - f.plot.left) / (f.plot.right - f.plot.left)).toBeCloseTo(0.5, 3);
    expect([num(vertical[0]!.y1), num(vertical[0]!.y2)]).toEqual([expect.closeTo(f.plot.top, 1), expect.closeTo(f.plot.bottom, 1)]);
    // The horizontal bridge at y = 3, halfway up.
    const horizontal = dashed.filter((l) => l.y1 === l.y2);
    expect(horizontal).toHaveLength(1);
    expect((f.plot.bottom - num(horizontal[0]!.y1)) / (f.plot.bottom - f.plot.top)).toBeCloseTo(0.5, 3);
    const label = elements(svg, 'text').find((t) => t.content === 'brugas 3,0');
    expect(label).toBeDefined();
    expect(num(label!.x)).toBeGreaterThan(x);
    expect(num(label!.y)).toBeLessThan(f.plot.top + f.fs * 2);
  });

  it('writes no label for the horizontal line, whose label is empty (not even its value)', () => {
    const texts = elements(svg, 'text').map((t) => t.content);
    expect(texts).not.toContain('3,00');
    expect(texts).not.toContain('');
    expect(texts.filter((t) => t.includes('brugas'))).toHaveLength(1);
  });

  it('still labels a line without a label by its value in other charts, as the screen does', async () => {
    const bar = SlideChart.parse({ ...barChart, annotations: [{ kind: 'line', value: 25, label: '' }] });
    expect(elements(await chartSvg(bar, W, H, 'nl-BE'), 'text').map((t) => t.content)).toContain('25,0');
  });

  it('draws an arrow from nulmeting to eindmeting, from the edge of the one point to the edge of the other', () => {
    const f = frame();
    const r = pointRadius(f);
    const [nul, eind] = quadrantChart.points.map((p): [number, number] => [f.x(p.x), f.y(p.y)]);
    const circles = elements(svg, 'circle').filter((c) => num(c.r) === Number(r.toFixed(2)));
    expect(circles.map((c) => [num(c.cx), num(c.cy)])).toEqual([
      [expect.closeTo(nul![0], 1), expect.closeTo(nul![1], 1)],
      [expect.closeTo(eind![0], 1), expect.closeTo(eind![1], 1)],
    ]);
    const arrows = arrowsOf(svg);
    expect(arrows).toHaveLength(1);
    const [arrow] = arrows;
    expect(arrow!.stroke).toBe(INK);
    expect(arrow!.dashed).toBe(false);
    // It starts just outside nulmeting's point and its tip stops just short of eindmeting's.
    expect(distance(arrow!.from, nul!)).toBeGreaterThan(r);
    expect(distance(arrow!.from, nul!)).toBeLessThan(2 * r);
    expect(distance(arrow!.tip, eind!)).toBeGreaterThan(r);
    expect(distance(arrow!.tip, eind!)).toBeLessThan(2 * r);
    // On the line between the two points, pointing from the first to the second.
    const along = (p: [number, number]) => ((p[0] - nul![0]) * (eind![0] - nul![0]) + (p[1] - nul![1]) * (eind![1] - nul![1])) / distance(nul!, eind!) ** 2;
    expect(along(arrow!.from)).toBeLessThan(along(arrow!.tip));
    const across = (p: [number, number]) => Math.abs((p[0] - nul![0]) * (eind![1] - nul![1]) - (p[1] - nul![1]) * (eind![0] - nul![0])) / distance(nul!, eind!);
    expect(across(arrow!.from)).toBeLessThan(0.5);
    expect(across(arrow!.tip)).toBeLessThan(0.5);
  });

  it('draws the points over the bridge lines, and the arrow over both', () => {
    const circle = svg.indexOf('<circle cx=');
    expect(svg.lastIndexOf('stroke-dasharray')).toBeGreaterThan(0);
    expect(svg.lastIndexOf('stroke-dasharray')).toBeLessThan(circle);
    expect(svg.indexOf('<polygon')).toBeGreaterThan(circle);
  });

  it('draws the own estimate as a path of its own, dashed, and no arrow from the last moment to the first estimate', async () => {
    const self = await chartSvg(quadrantSelfChart, W, H, 'nl-BE');
    const f = layoutChart(quadrantSelfChart, W, H, 'nl-BE');
    const at = quadrantSelfChart.points.map((p): [number, number] => [f.x(p.x), f.y(p.y)]);
    const near = (p: [number, number]) => at.findIndex((q) => distance(p, q) < 2 * pointRadius(f));
    const arrows = arrowsOf(self).map((a) => ({ from: near(a.from), to: near(a.tip), stroke: a.stroke, dashed: a.dashed }));
    expect(arrows).toEqual([
      { from: 0, to: 1, stroke: INK, dashed: false },
      { from: 2, to: 3, stroke: MUTED, dashed: true },
    ]);
  });

  it('moves the label to the other side of the line when a point stands where it would go', async () => {
    const chart = SlideChart.parse({
      ...quadrantChart,
      points: [
        { x: 3.15, y: 4.85, series: 'nulmeting' },
        { x: 3.6, y: 4.2, series: 'eindmeting' },
      ],
    });
    const f = layoutChart(chart, W, H, 'nl-BE');
    const label = elements(await chartSvg(chart, W, H, 'nl-BE'), 'text').find((t) => t.content === 'brugas 3,0')!;
    expect(num(label.x)).toBeLessThan(f.x(3));
    expect(num(label.y)).toBeLessThan(f.plot.top + f.fs * 2);
  });

  it('leaves an ordinary scatter of pupils as it was: no arrows, no vertical line, its x axis from the data', async () => {
    const pupils = await chartSvg(scatterChart, W, H, 'nl-BE');
    expect(elements(pupils, 'polygon')).toHaveLength(0);
    expect(elements(pupils, 'line').filter((l) => l['stroke-dasharray'] !== undefined && l.x1 === l.x2)).toHaveLength(0);
    // One point per series in a scatter without lines across x: still no path.
    const distinct = SlideChart.parse({ ...quadrantChart, xLines: [], xRange: null });
    expect(elements(await chartSvg(distinct, W, H, 'nl-BE'), 'polygon')).toHaveLength(0);
    expect(layoutChart(distinct, W, H, 'nl-BE').xAxis!.domain).not.toEqual([1, 5]);
  });
});

describe('writeStoryPptx: the quadrant', () => {
  let parts: Parts;
  let slides: string[];
  const EMU = 914400;

  beforeAll(async () => {
    const bytes = await writeStoryPptx(quadrantDeck, {
      locale: 'nl-BE',
      rokTitle: (code) => rokTitle(DEFAULT_ROK, code),
      chartImage: async () => {
        throw new Error('a scatter is a native chart');
      },
    });
    parts = partsOf(bytes);
    slides = slideNames(parts);
  });

  const slideOf = (title: string) => slides.find((s) => textsOf(xmlOf(parts, s))[0] === title)!;
  const chartXml = (slide: string) => xmlOf(parts, targetsOf(parts, slide).find((t) => /^ppt\/charts\/chart\d+\.xml$/.test(t))!);

  interface Shape {
    x: number;
    y: number;
    w: number;
    h: number;
    flipH: boolean;
    flipV: boolean;
    dashed: boolean;
    arrow: boolean;
    colour: string;
  }

  /** The line shapes of a slide, in inches. */
  function lineShapes(slide: string): Shape[] {
    return [...xmlOf(parts, slide).matchAll(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<\/p:sp>/g)]
      .map((m) => m[0])
      .filter((sp) => sp.includes('<a:prstGeom prst="line">'))
      .map((sp) => {
        const xfrm = /<a:xfrm([^>]*)><a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp)!;
        return {
          x: Number(xfrm[2]) / EMU,
          y: Number(xfrm[3]) / EMU,
          w: Number(xfrm[4]) / EMU,
          h: Number(xfrm[5]) / EMU,
          flipH: xfrm[1]!.includes('flipH="1"'),
          flipV: xfrm[1]!.includes('flipV="1"'),
          dashed: sp.includes('<a:prstDash val="dash"/>'),
          arrow: sp.includes('<a:tailEnd type="triangle"/>'),
          colour: /<a:ln [^>]*><a:solidFill><a:srgbClr val="([0-9A-F]{6})"/.exec(sp)![1]!,
        };
      });
  }

  /** The plot area on the slide, in inches: the graphic frame and the chart's manual inner layout. */
  function plotArea(slide: string): { x: number; y: number; w: number; h: number } {
    const frame = /<p:graphicFrame>[\s\S]*?<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xmlOf(parts, slide))!.slice(1).map((v) => Number(v) / EMU);
    const layout = /<c:manualLayout>([\s\S]*?)<\/c:manualLayout>/.exec(chartXml(slide))![1]!;
    const at = (k: string) => Number(new RegExp(`<c:${k} val="([^"]+)"`).exec(layout)![1]);
    const [fx, fy, fw, fh] = frame as [number, number, number, number];
    return { x: fx + at('x') * fw, y: fy + at('y') * fh, w: at('w') * fw, h: at('h') * fh };
  }

  it('fixes the scatter’s x axis at 1–5, as its value axis', () => {
    const xml = chartXml(slideOf('Vaardig, maar nog weinig samen'));
    const axes = [...xml.matchAll(/<c:valAx>([\s\S]*?)<\/c:valAx>/g)].map((m) => ({
      position: /<c:axPos val="(\w)"\/>/.exec(m[1]!)![1],
      scaling: /<c:scaling>([\s\S]*?)<\/c:scaling>/.exec(m[1]!)![1]!,
    }));
    expect(axes.map((a) => a.position).sort()).toEqual(['b', 'l']);
    for (const axis of axes) {
      expect(axis.scaling).toContain('<c:min val="1"/>');
      expect(axis.scaling).toContain('<c:max val="5"/>');
    }
    // The moments' markers are larger than a crowd of pupils'.
    expect(xml).toContain('<c:size val="12"/>');
  });

  it('draws the bridge both ways as dashed line shapes at 3, halfway across and halfway up the plot', () => {
    const slide = slideOf('Vaardig, maar nog weinig samen');
    const plot = plotArea(slide);
    const dashed = lineShapes(slide).filter((s) => s.dashed && !s.arrow);
    const vertical = dashed.filter((s) => s.w === 0);
    expect(vertical).toHaveLength(1);
    expect((vertical[0]!.x - plot.x) / plot.w).toBeCloseTo(0.5, 2);
    expect(vertical[0]!.y).toBeCloseTo(plot.y, 2);
    expect(vertical[0]!.h).toBeCloseTo(plot.h, 2);
    const horizontal = dashed.filter((s) => s.h === 0);
    expect(horizontal).toHaveLength(1);
    expect((plot.y + plot.h - horizontal[0]!.y) / plot.h).toBeCloseTo(0.5, 2);
    expect(horizontal[0]!.w).toBeCloseTo(plot.w, 2);
  });

  it('labels the vertical line inside the plot beside it, and the horizontal one not at all', () => {
    const slide = slideOf('Vaardig, maar nog weinig samen');
    const texts = textsOf(xmlOf(parts, slide));
    expect(texts).toContain('brugas 3,0');
    expect(texts).not.toContain('3,00');
  });

  it('still labels a line without a label by its value beside other charts, as the screen does', async () => {
    const bars = slide('Staven', chart('bar', { categories: ['1A', '1B'], series: [{ name: 'Score', values: [55, 62] }], annotations: [{ kind: 'line', value: 60, label: '' }] }));
    const deck = { ...quadrantDeck, story: { ...quadrantDeck.story, question: '' }, slides: [bars] };
    const written = partsOf(await writeStoryPptx(deck, { locale: 'nl-BE', rokTitle: (code) => rokTitle(DEFAULT_ROK, code), chartImage: async () => new Uint8Array() }));
    expect(slideNames(written).flatMap((n) => textsOf(xmlOf(written, n)))).toContain('60,0');
  });

  it('draws an arrow from nulmeting to eindmeting over the chart, between the two markers', () => {
    const slide = slideOf('Vaardig, maar nog weinig samen');
    const plot = plotArea(slide);
    const at = quadrantChart.points.map((p): [number, number] => [plot.x + ((p.x - 1) / 4) * plot.w, plot.y + (1 - (p.y - 1) / 4) * plot.h]);
    const arrows = lineShapes(slide).filter((s) => s.arrow);
    expect(arrows).toHaveLength(1);
    const [arrow] = arrows;
    // Up and to the right: the line box's diagonal from lower left to upper right.
    expect(arrow!.flipH).toBe(false);
    expect(arrow!.flipV).toBe(true);
    expect(arrow!.colour).toBe(INK.slice(1));
    const from: [number, number] = [arrow!.x, arrow!.y + arrow!.h];
    const to: [number, number] = [arrow!.x + arrow!.w, arrow!.y];
    expect(distance(from, at[0]!)).toBeGreaterThan(0.05);
    expect(distance(from, at[0]!)).toBeLessThan(0.2);
    expect(distance(to, at[1]!)).toBeGreaterThan(0.05);
    expect(distance(to, at[1]!)).toBeLessThan(0.2);
  });

  it('draws the own estimate’s arrow dashed and apart: two arrows, none from eindmeting to the first estimate', () => {
    const slide = slideOf('We zien onszelf sterker dan de bevraging');
    const arrows = lineShapes(slide).filter((s) => s.arrow);
    expect(arrows.map((a) => ({ dashed: a.dashed, flipH: a.flipH, flipV: a.flipV }))).toEqual([
      { dashed: false, flipH: false, flipV: true },
      // From 3,9 / 3,6 down to 3,7 / 3,3: to the left and down the slide.
      { dashed: true, flipH: true, flipV: false },
    ]);
  });
});
