import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../table';
import { GainAnalysis } from './gain';
import { guessGain, levelOrder, measureOf, momentLabel } from './gain-guess';

const col = (name: string, type: ColumnInfo['type'], levels?: string[]): ColumnInfo => ({ name, type, ...(levels ? { levels } : {}) });

describe('a first learning-gain analysis from the columns', () => {
  it('proposes the example recipe’s result: wide, percentages, by student number and class', () => {
    const columns = [col('Stamboeknummer', 'identifier'), col('Klas', 'text'), col('Remediëring wiskunde', 'text'), col('sept_pct', 'decimal'), col('juni_pct', 'decimal')];
    const guess = guessGain(columns)!;
    expect(GainAnalysis.parse(guess)).toEqual(guess);
    expect(guess).toMatchObject({ layout: 'wide', key: 'Stamboeknummer', groupBy: 'Klas' });
    expect(guess.moments.map((m) => [m.label, m.column, m.measure.kind])).toEqual([
      ['sept', 'sept_pct', 'percent'],
      ['juni', 'juni_pct', 'percent'],
    ]);
  });

  it('reads a stated maximum from the header and a score with its (max) column, and leaves a bare raw score raw', () => {
    const columns = [col('Stamboeknr', 'integer'), col('Score (/40)', 'decimal'), col('Score', 'integer'), col('Score (max)', 'integer'), col('Punten', 'integer')];
    expect(measureOf(columns[1]!, columns)).toEqual({ kind: 'score', max: 40, maxColumn: null });
    expect(measureOf(columns[2]!, columns)).toEqual({ kind: 'score', max: null, maxColumn: 'Score (max)' });
    expect(measureOf(columns[4]!, columns)).toEqual({ kind: 'raw' });
    expect(measureOf(col('Percentiel', 'integer'), [])).toEqual({ kind: 'percentile' });
    expect(momentLabel('Score (/40)')).toBe('Score');
    expect(momentLabel('juni_pct')).toBe('juni');
    // The (max) column is no moment of its own; the three scores are, with labels made unique.
    const guess = guessGain(columns)!;
    expect(guess.moments.map((m) => m.column)).toEqual(['Score (/40)', 'Score', 'Punten']);
    expect(new Set(guess.moments.map((m) => m.label)).size).toBe(3);
  });

  it('proposes the long layout of an LVS export when the moment values are known', () => {
    const columns = [col('Stamboeknummer', 'integer'), col('Naam', 'text'), col('Klas', 'text'), col('Afname', 'text'), col('Score', 'integer'), col('Niveau', 'text')];
    expect(guessGain(columns, null)).toBeNull();
    const guess = guessGain(columns, ['januari', 'juni'])!;
    expect(GainAnalysis.parse(guess)).toEqual(guess);
    expect(guess).toMatchObject({ layout: 'long', momentColumn: 'Afname', scoreColumn: 'Score', levelColumn: 'Niveau', groupBy: 'Klas', key: 'Stamboeknummer' });
    expect(guess.moments.map((m) => [m.label, m.value, m.measure.kind])).toEqual([
      ['januari', 'januari', 'raw'],
      ['juni', 'juni', 'raw'],
    ]);
  });

  it('orders levels by the column’s own levels, or A–E as norm bands with A highest', () => {
    expect(levelOrder(col('Niveau', 'ordinal', ['laag', 'midden', 'hoog']))).toEqual(['laag', 'midden', 'hoog']);
    expect(levelOrder(col('Niveau', 'text'), ['A', 'c', 'E'])).toEqual(['E', 'D', 'C', 'B', 'A']);
    expect(levelOrder(col('Niveau', 'text'), ['AA', 'B'])).toBeNull();
  });

  it('proposes nothing without a pupil key or without two moments', () => {
    expect(guessGain([col('Klas', 'text'), col('a_pct', 'decimal'), col('b_pct', 'decimal')])).toBeNull();
    expect(guessGain([col('Stamboeknummer', 'identifier'), col('a_pct', 'decimal')])).toBeNull();
  });
});
