import { describe, expect, it } from 'vitest';
import { ChartSpec } from '../../../../shared/model/view';
import { fitChartSpec, groupableColumns, measurableColumns, withMeasure } from './spec';

const columns = [
  { name: 'Stamboeknummer', type: 'identifier' as const },
  { name: 'Klas', type: 'text' as const },
  { name: 'Score', type: 'decimal' as const },
  { name: 'Leeftijd', type: 'integer' as const },
];

describe('chart spec', () => {
  it('prefers a column that looks like a grouping', () => {
    const cols = [{ name: 'Naam', type: 'text' as const }, ...columns];
    expect(fitChartSpec(cols, null)?.groupBy).toBe('Klas');
    expect(fitChartSpec([{ name: 'Naam', type: 'text' }, { name: 'Score', type: 'decimal' }], null)?.groupBy).toBe('Naam');
  });

  it('defaults to counting rows per the first text column', () => {
    const spec = fitChartSpec(columns, null);
    expect(spec).toEqual({ type: 'bar', groupBy: 'Klas', measure: null, aggregate: 'count' });
    expect(ChartSpec.parse(spec)).toEqual(spec);
  });

  it('keeps the current spec while its columns exist, and replaces it when they are gone', () => {
    const current = { type: 'bar' as const, groupBy: 'Klas', measure: 'Score', aggregate: 'mean' as const };
    expect(fitChartSpec(columns, current)).toBe(current);
    expect(fitChartSpec(columns.filter((c) => c.name !== 'Score'), current)?.measure).toBeNull();
    expect(fitChartSpec([], current)).toBeNull();
  });

  it('offers numeric columns as measures and no decimals as groups', () => {
    expect(measurableColumns(columns).map((c) => c.name)).toEqual(['Score', 'Leeftijd']);
    expect(groupableColumns(columns).map((c) => c.name)).toEqual(['Stamboeknummer', 'Klas', 'Leeftijd']);
  });

  it('averages a chosen measure and counts when none is chosen', () => {
    const base = fitChartSpec(columns, null)!;
    const mean = withMeasure(base, 'Score');
    expect(mean).toMatchObject({ measure: 'Score', aggregate: 'mean' });
    expect(withMeasure({ ...mean, aggregate: 'count' }, 'Leeftijd').aggregate).toBe('count');
    expect(withMeasure(mean, null)).toMatchObject({ measure: null, aggregate: 'count' });
  });
});
