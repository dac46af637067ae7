import { describe, expect, it } from 'vitest';
import { DEFAULT_DESIGN } from '../../../../shared/model/annotation';
import type { GroupSummary } from '../../../../shared/model/view';
import { MUTED } from '../chart/design';
import { byClass, words as gainWordsOf } from '../gain/figures/fixtures';
import { dashboard, words as referenceWordsOf } from '../reference/figures/fixtures';
import { sampleResult, words as surveyWordsOf } from '../survey/figures/fixtures';
import { designTarget, shownFigure, shownN, shownPrivacy, type Shown } from './shownFigure';

const chartWords = { xTitle: 'Klas', yTitle: 'Gemiddelde', emptyGroup: '(leeg)', nLabel: (n: number) => `n = ${n}`, alt: (_: string, items: string) => items };
const summary: GroupSummary = {
  chart: { type: 'bar', groupBy: 'Klas', measure: 'Score', aggregate: 'mean', sort: 'valueDesc' },
  rows: [
    { key: '1A', n: 20, nValid: 20, value: 12 },
    { key: '1B', n: 18, nValid: 17, value: 15 },
  ],
};

describe('the shown figure', () => {
  it('draws the plain chart sorted, with the design on it, and its n', () => {
    const shown: Shown = { kind: 'chart', summary, words: chartWords };
    expect(designTarget(shown)).toMatchObject({ valueAxis: 'y', categories: ['1B', '1A'] });
    const out = shownFigure(shown, { ...DEFAULT_DESIGN, highlight: '1A', annotations: [{ kind: 'callout', target: '1A', text: 'Let op' }] }, 'nl-BE')!;
    expect((out.figure.data[0] as { marker: { color: string[] } }).marker.color).toEqual([MUTED, '#0072B2']);
    expect(out.figure.layout.annotations!.at(-1)).toMatchObject({ x: '1A', y: 12, text: 'Let op' });
    expect(out.alt).toBe('1B: 15,0 (n = 17); 1A: 12,0 (n = 20)');
    expect(shownN(shown)).toBe(37);
  });

  it('points at the gain groups on the dot plot’s lying axis, and takes no design on the heatmap', () => {
    const result = byClass();
    const shown: Shown = { kind: 'gain', result, chart: 'ciDots', words: gainWordsOf(result) };
    const target = designTarget(shown);
    expect(target.valueAxis).toBe('x');
    expect(target.categories).toContain('Alle leerlingen');
    const out = shownFigure(shown, { ...DEFAULT_DESIGN, annotations: [{ kind: 'line', value: 5, label: 'doel' }] }, 'nl-BE')!;
    expect(out.figure.layout.shapes![0]).toMatchObject({ xref: 'x', x0: 5, yref: 'paper' });
    expect(designTarget({ ...shown, chart: 'transitionsHeatmap' }).valueAxis).toBeNull();
  });

  it('offers the comparison’s components as categories and its groups as series', () => {
    const result = dashboard();
    const shown: Shown = { kind: 'reference', result, words: referenceWordsOf(result) };
    expect(designTarget(shown)).toMatchObject({ categories: ['Wiskundige problemen oplossen', 'Getallenleer', 'Leesbegrip'], series: ['Onze school', 'Vlaanderen', 'Vergelijkbare scholen'] });
    const out = shownFigure(shown, { ...DEFAULT_DESIGN, highlight: 'Vlaanderen' }, 'nl-BE')!;
    const colours = out.figure.data.map((d) => (d as { marker: { color: string } }).marker.color);
    expect(colours[0]).toBe(MUTED);
    expect(colours[1]).not.toBe(MUTED);
    expect(shownN(shown)).toBe(131);
  });

  it('draws a survey chart with the view’s lines along its value axis, its alt text and the respondents behind it', () => {
    const result = sampleResult();
    const shown: Shown = { kind: 'survey', result, chart: 'quadrant', moment: null, words: surveyWordsOf() };
    expect(designTarget(shown)).toEqual({ valueAxis: 'y', categories: [], series: [] });
    const out = shownFigure(shown, { ...DEFAULT_DESIGN, annotations: [{ kind: 'line', value: 3.5, label: 'doel' }] }, 'nl-BE')!;
    expect(out.figure.data.some((d) => d.name === 'Team (berekend)')).toBe(true);
    expect(out.figure.layout.shapes!.at(-1)).toMatchObject({ yref: 'y', y0: 3.5, xref: 'paper' });
    expect(out.alt).toContain('nulmeting');
    expect(shownN(shown)).toBe(18);
    expect(shownPrivacy(shown).level).toBe('aggregated');
    const items: Shown = { ...shown, chart: 'items', moment: 'eindmeting' };
    expect(designTarget(items).valueAxis).toBe('x');
    expect(shownN(items)).toBe(17);
    expect(shownN({ ...shown, chart: 'observations' })).toBe(18);
  });
});
