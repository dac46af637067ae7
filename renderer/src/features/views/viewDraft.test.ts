import { describe, expect, it } from 'vitest';
import { MAX_ANNOTATIONS } from '../../../../shared/model/annotation';
import { RECIPE_VERSION } from '../../../../shared/model/recipe';
import type { View } from '../../../../shared/model/view';
import { annotationFrom, describeAnnotation, editorDraft, lookOf, MAX_ROK, missingTargets, toggleRok } from './viewDraft';

const words = { line: (v: string) => `Lijn op ${v}`, band: (f: string, t: string) => `Band ${f}–${t}`, callout: (c: string) => `Bij ${c}` };

const view: View = {
  id: 'v3',
  title: 'Klas 1C haalt het hoogste gemiddelde',
  takeaway: 'Bespreken op de klassenraad',
  recipe: { version: RECIPE_VERSION, base: 's1', steps: [] },
  chart: { type: 'line', groupBy: 'Klas', measure: 'Score', aggregate: 'mean', decimals: 2 },
  design: { subtitle: 'Wiskunde', annotations: [], highlight: '1C', palette: 'blues', rok: ['R3'] },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('the editor draft', () => {
  it('starts from a saved view, or empty with the defaults for a new one', () => {
    expect(editorDraft(view, null)).toEqual({ title: view.title, takeaway: view.takeaway, design: view.design, look: { type: 'line', sort: 'natural', decimals: 2 } });
    const fresh = editorDraft(null, { type: 'bar', groupBy: 'Klas', measure: null, aggregate: 'count' });
    expect(fresh).toMatchObject({ title: '', design: { annotations: [], highlight: null, palette: 'okabeIto' }, look: { type: 'bar', sort: 'natural', decimals: 1 } });
    expect(editorDraft({ ...view, design: undefined }, null).design.rok).toEqual([]);
    expect(lookOf(null).type).toBe('bar');
  });
});

describe('annotationFrom', () => {
  it('reads numbers in the locale and keeps the label', () => {
    expect(annotationFrom({ kind: 'line', value: '3,5', label: ' Drempel ' }, 'nl-BE', 0)).toEqual({ kind: 'line', value: 3.5, label: 'Drempel' });
    expect(annotationFrom({ kind: 'line', value: '3.5', label: '' }, 'en', 0)).toEqual({ kind: 'line', value: 3.5, label: '' });
    expect(annotationFrom({ kind: 'band', from: '10', to: '12,5', label: 'Vlaanderen' }, 'nl-BE', 0)).toEqual({ kind: 'band', from: 10, to: 12.5, label: 'Vlaanderen' });
    expect(annotationFrom({ kind: 'callout', target: '1B', text: ' Nieuwe methode ' }, 'nl-BE', 0)).toEqual({ kind: 'callout', target: '1B', text: 'Nieuwe methode' });
  });

  it('says what is wrong', () => {
    expect(annotationFrom({ kind: 'line', value: 'drie', label: '' }, 'nl-BE', 0)).toBe('badNumber');
    expect(annotationFrom({ kind: 'band', from: '12', to: '10', label: '' }, 'nl-BE', 0)).toBe('badBand');
    expect(annotationFrom({ kind: 'callout', target: '', text: 'x' }, 'nl-BE', 0)).toBe('needTarget');
    expect(annotationFrom({ kind: 'callout', target: '1A', text: '  ' }, 'nl-BE', 0)).toBe('needTarget');
    expect(annotationFrom({ kind: 'line', value: '1', label: '' }, 'nl-BE', MAX_ANNOTATIONS)).toBe('full');
  });
});

describe('the annotation list', () => {
  it('describes each annotation with its numbers in the locale', () => {
    expect(describeAnnotation({ kind: 'line', value: 3.5, label: 'Drempel' }, 'nl-BE', words)).toBe('Lijn op 3,5: Drempel');
    expect(describeAnnotation({ kind: 'band', from: 10, to: 12.5, label: '' }, 'nl-BE', words)).toBe('Band 10–12,5');
    expect(describeAnnotation({ kind: 'callout', target: '1B', text: 'Nieuw' }, 'nl-BE', words)).toBe('Bij 1B: Nieuw');
  });

  it('finds callouts whose category the chart no longer has', () => {
    const design = { annotations: [{ kind: 'callout' as const, target: '1B', text: 'a' }, { kind: 'callout' as const, target: '9Z', text: 'b' }, { kind: 'line' as const, value: 1, label: '' }] };
    expect(missingTargets(design, ['1A', '1B'])).toEqual(['9Z']);
  });
});

describe('ROK tags', () => {
  const order = ['R1', 'R2', 'R3', 'K2'];
  it('toggles a code, keeping the catalog order and at most MAX_ROK codes', () => {
    expect(toggleRok(['K2'], 'R3', order)).toEqual(['R3', 'K2']);
    expect(toggleRok(['R3', 'K2'], 'R3', order)).toEqual(['K2']);
    const full = Array.from({ length: MAX_ROK }, (_, i) => `X${i}`);
    expect(toggleRok(full, 'R1', order)).toEqual(full);
  });
});
