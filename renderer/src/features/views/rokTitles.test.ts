import { describe, expect, it } from 'vitest';
import { DEFAULT_ROK, RokCatalog } from '../../../../shared/model/story/rok';
import { ROK_TITLE_MAX, rokTitlesOf, rokToSave, untitledCodes } from './rokTitles';

describe('the ROK titles typed in the dialog', () => {
  it('starts from the catalog shown, one title per code', () => {
    const titles = rokTitlesOf(DEFAULT_ROK);
    expect(Object.keys(titles)).toHaveLength(DEFAULT_ROK.length);
    expect(titles.R3).toBe('Maximale leerwinst');
    expect(rokToSave(DEFAULT_ROK, titles)).toEqual({ kind: 'unchanged' });
  });

  it('saves the edited list, in the catalog\'s order, titles trimmed', () => {
    const titles = { ...rokTitlesOf(DEFAULT_ROK), R3: '  Leerwinst voor elke leerling ' };
    const plan = rokToSave(DEFAULT_ROK, titles);
    expect(plan.kind).toBe('save');
    const catalog = plan.kind === 'save' ? plan.catalog! : [];
    expect(catalog.map((e) => e.code)).toEqual(DEFAULT_ROK.map((e) => e.code));
    expect(catalog.find((e) => e.code === 'R3')).toEqual({ code: 'R3', rubric: 'results', title: 'Leerwinst voor elke leerling' });
    expect(RokCatalog.parse(catalog)).toEqual(catalog);
  });

  it('refuses a code without a title, naming every one, and saves nothing', () => {
    const titles = { ...rokTitlesOf(DEFAULT_ROK), R3: '', BL2: '   ' };
    expect(untitledCodes(DEFAULT_ROK, titles)).toEqual(['R3', 'BL2']);
    expect(rokToSave(DEFAULT_ROK, titles)).toEqual({ kind: 'untitled', codes: ['R3', 'BL2'] });
  });

  it('goes back to the shipped titles when the project\'s own are typed back to them', () => {
    const own = DEFAULT_ROK.map((e) => (e.code === 'R3' ? { ...e, title: 'Leerwinst' } : e));
    expect(rokToSave(own, rokTitlesOf(DEFAULT_ROK))).toEqual({ kind: 'save', catalog: null });
  });

  it('keeps a title within the catalog\'s maximum', () => {
    const plan = rokToSave(DEFAULT_ROK, { ...rokTitlesOf(DEFAULT_ROK), R1: 'x'.repeat(ROK_TITLE_MAX + 20) });
    expect(plan.kind === 'save' && plan.catalog!.find((e) => e.code === 'R1')!.title).toHaveLength(ROK_TITLE_MAX);
  });
});
