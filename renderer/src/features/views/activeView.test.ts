import { describe, expect, it } from 'vitest';
import { GainAnalysis } from '../../../../shared/model/analysis/gain';
import { RECIPE_VERSION } from '../../../../shared/model/recipe';
import type { View } from '../../../../shared/model/view';
import { sampleResult } from '../survey/figures/fixtures';
import { findActiveGainView, findActiveSurveyView, findActiveView } from './activeView';

const view: View = {
  id: 'v1',
  title: 'Klas 1C haalt het hoogste gemiddelde',
  takeaway: '',
  recipe: { version: RECIPE_VERSION, base: 's1', steps: [{ id: 'step1', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'eq', value: '1C' }] }] },
  chart: { type: 'bar', groupBy: 'Klas', measure: 'Score', aggregate: 'mean' },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('findActiveView', () => {
  it('finds the view whose recipe and chart are on screen, whatever the key order', () => {
    const recipe = { steps: [{ conditions: [{ value: '1C', op: 'eq' as const, column: 'Klas' }], match: 'all' as const, id: 'step1', kind: 'filter' as const }], base: 's1', version: 3 as const };
    const chart = { aggregate: 'mean' as const, measure: 'Score', groupBy: 'Klas', type: 'bar' as const };
    expect(findActiveView([view], recipe, chart)?.id).toBe('v1');
  });

  it('finds none when the filter or the chart differs, or nothing is drawn', () => {
    const otherRecipe = { ...view.recipe, steps: [{ id: 'step2', kind: 'filter' as const, match: 'all' as const, conditions: [{ column: 'Klas', op: 'eq' as const, value: '1D' }] }] };
    expect(findActiveView([view], otherRecipe, view.chart)).toBeNull();
    expect(findActiveView([view], view.recipe, { ...view.chart, aggregate: 'count' })).toBeNull();
    expect(findActiveView([view], view.recipe, null)).toBeNull();
  });

  it('names the view last opened or saved where a copy shows the same figures, else the first', () => {
    const copy: View = { ...view, id: 'v2', title: `${view.title} (kopie)` };
    expect(findActiveView([view, copy], view.recipe, view.chart)?.id).toBe('v1');
    expect(findActiveView([view, copy], view.recipe, view.chart, 'v2')?.id).toBe('v2');
    // A preferred view that no longer matches the screen is not named.
    const other: View = { ...copy, chart: { ...view.chart, aggregate: 'count' } };
    expect(findActiveView([view, other], view.recipe, view.chart, 'v2')?.id).toBe('v1');
  });
});

describe('findActiveGainView', () => {
  const analysis = GainAnalysis.parse({
    kind: 'gain',
    layout: 'wide',
    key: 'Stamboeknummer',
    moments: [
      { label: 'september', column: 'sept_pct', measure: { kind: 'percent' } },
      { label: 'juni', column: 'juni_pct', measure: { kind: 'percent' } },
    ],
    groupBy: 'Klas',
  });
  const gainView: View = { ...view, id: 'v2', title: '1C groeit het sterkst', gain: { analysis, chart: 'ciDots' } };

  it('finds the learning-gain view whose recipe, analysis and chart kind are on screen', () => {
    expect(findActiveGainView([view, gainView], view.recipe, { ...analysis }, 'ciDots')?.id).toBe('v2');
    expect(findActiveGainView([view, gainView], view.recipe, analysis, 'slope')).toBeNull();
    expect(findActiveGainView([view, gainView], view.recipe, { ...analysis, threshold: 1 }, 'ciDots')).toBeNull();
    expect(findActiveGainView([view, gainView], view.recipe, null, 'ciDots')).toBeNull();
  });

  it('is never taken for the chart view of the same recipe and chart', () => {
    expect(findActiveView([gainView], view.recipe, view.chart)).toBeNull();
    expect(findActiveView([gainView, view], view.recipe, view.chart)?.id).toBe('v1');
  });
});

describe('findActiveSurveyView', () => {
  const analysis = sampleResult().analysis;
  const quadrant: View = { ...view, id: 'v3', title: 'Vaardig, maar de wil blijft achter', survey: { analysis, chart: 'quadrant', moment: null } };
  const items: View = { ...view, id: 'v4', title: 'PC2 zorgt voor zorgen', survey: { analysis, chart: 'items', moment: 'nulmeting' } };

  it('finds the survey view whose recipe, analysis, chart kind and moment are on screen', () => {
    expect(findActiveSurveyView([view, quadrant, items], view.recipe, structuredClone(analysis), 'quadrant', null)?.id).toBe('v3');
    expect(findActiveSurveyView([view, quadrant, items], view.recipe, analysis, 'items', 'nulmeting')?.id).toBe('v4');
    expect(findActiveSurveyView([view, quadrant, items], view.recipe, analysis, 'items', null)).toBeNull();
    expect(findActiveSurveyView([quadrant], view.recipe, { ...analysis, minGroup: 3 }, 'quadrant', null)).toBeNull();
    expect(findActiveSurveyView([quadrant], view.recipe, null, 'quadrant', null)).toBeNull();
  });

  it('names the view last opened where a copy shows the same chart, and is never taken for the chart view', () => {
    const copy: View = { ...quadrant, id: 'v5' };
    expect(findActiveSurveyView([quadrant, copy], view.recipe, analysis, 'quadrant', null, 'v5')?.id).toBe('v5');
    expect(findActiveView([quadrant], view.recipe, view.chart)).toBeNull();
  });
});
