import { describe, expect, it } from 'vitest';
import type { StackStep } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { buildStack, moveRow, rowsOf, type StackSource, stackProblem } from './stackDraft';

const CLASS: ColumnInfo[] = [
  { name: 'Nr', type: 'identifier' },
  { name: 'Naam', type: 'text' },
  { name: 'Score', type: 'integer' },
];
const source = (id: string, name: string, columns: ColumnInfo[]): StackSource => ({ id, name, columns, rowCount: 20 });
const sources: StackSource[] = [
  source('s1', '2A', CLASS),
  // Another order, another case, decimals and the pupil number read as text: it fits.
  source('s2', '2B', [{ name: 'score', type: 'decimal' }, { name: 'NAAM', type: 'text' }, { name: 'Nr', type: 'text' }]),
  source('s3', 'zonder score', CLASS.slice(0, 2)),
  source('s4', 'met klas', [...CLASS, { name: 'Klas', type: 'text' }]),
  source('s5', 'score als tekst', [CLASS[0]!, CLASS[1]!, { name: 'Score', type: 'text' }]),
  source('s6', 'naam als datum', [CLASS[0]!, { name: 'Naam', type: 'date' }, CLASS[2]!]),
];

describe('the stack editor', () => {
  it('offers the other sources, not the base; an edited step’s sources first, in its order', () => {
    expect(rowsOf(null, sources, 's1').map((r) => [r.id, r.chosen])).toEqual([
      ['s2', false],
      ['s3', false],
      ['s4', false],
      ['s5', false],
      ['s6', false],
    ]);
    const step: StackStep = { id: 'step1', kind: 'stack', sources: ['s5', 's2'] };
    expect(rowsOf(step, sources, 's1').map((r) => r.id)).toEqual(['s5', 's2', 's3', 's4', 's6']);
    expect(rowsOf(step, sources, 's1').filter((r) => r.chosen).map((r) => r.id)).toEqual(['s5', 's2']);
  });

  it('says why a source does not fit, as the engine does', () => {
    const by = (id: string) => sources.find((s) => s.id === id);
    expect(stackProblem(by('s1'), 's1', CLASS)).toBeNull();
    expect(stackProblem(by('s2'), 's2', CLASS)).toBeNull();
    expect(stackProblem(by('s3'), 's3', CLASS)).toEqual({ code: 'errors.recipe.stackMissingColumns', params: { source: 'zonder score', columns: 'Score' } });
    expect(stackProblem(by('s4'), 's4', CLASS)).toEqual({ code: 'errors.recipe.stackExtraColumns', params: { source: 'met klas', columns: 'Klas' } });
    expect(stackProblem(by('s5'), 's5', CLASS)).toEqual({ code: 'errors.recipe.stackTypeDiffers', params: { source: 'score als tekst', column: 'Score' } });
    expect(stackProblem(by('s6'), 's6', CLASS)).toEqual({ code: 'errors.recipe.stackTypeDiffers', params: { source: 'naam als datum', column: 'Naam' } });
    expect(stackProblem(undefined, 's9', CLASS)).toEqual({ code: 'errors.recipe.unknownSource', params: { source: 's9' } });
    // Missing columns are told before extra ones, all of them.
    const other = source('s7', 'ander', [{ name: 'Klas', type: 'text' }, { name: 'Jaar', type: 'integer' }]);
    expect(stackProblem(other, 's7', CLASS)).toEqual({ code: 'errors.recipe.stackMissingColumns', params: { source: 'ander', columns: 'Nr, Naam, Score' } });
    // Shortened for the editor's list: the first names and how many more.
    expect(stackProblem(other, 's7', CLASS, 2)).toEqual({ code: 'errors.recipe.stackMissingColumns', params: { source: 'ander', columns: 'Nr, Naam, … (+1)' } });
    expect(stackProblem(other, 's7', CLASS, 3)).toEqual(stackProblem(other, 's7', CLASS));
  });

  it('builds the step from the chosen sources in the list’s order, and refuses one that does not fit', () => {
    let rows = rowsOf(null, sources, 's1').map((r) => (r.id === 's2' || r.id === 's6' ? { ...r, chosen: true } : r));
    rows = moveRow(rows, rows.length - 1, -4);
    expect(rows.map((r) => r.id)).toEqual(['s6', 's2', 's3', 's4', 's5']);
    expect(moveRow(rows, 0, -1)).toBe(rows);
    const refused = buildStack(rows, sources, CLASS);
    expect(refused).toEqual({
      problems: {
        rows: [{ code: 'errors.recipe.stackTypeDiffers', params: { source: 'naam als datum', column: 'Naam' } }, null, expect.anything(), expect.anything(), expect.anything()],
        list: null,
      },
    });
    // A source that does not fit but is not chosen keeps nothing back; the chosen ones come in the list's order.
    const withC = [...sources, source('s8', '2C', CLASS)];
    const fine = [...rows.map((r) => (r.id === 's6' ? { ...r, chosen: false } : r)), { id: 's8', chosen: true }];
    expect(buildStack(fine, withC, CLASS)).toEqual({ step: { kind: 'stack', sources: ['s2', 's8'] } });
    expect(buildStack(moveRow(fine, 5, -5), withC, CLASS)).toEqual({ step: { kind: 'stack', sources: ['s8', 's2'] } });
    expect(buildStack(rows.map((r) => ({ ...r, chosen: false })), sources, CLASS)).toMatchObject({ problems: { list: { code: 'ui.steps.stack.noSources' } } });
  });
});
