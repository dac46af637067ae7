import { describe, expect, it } from 'vitest';
import { foldHeader, rebindings, renamedSettings, stringsIn } from './rebind';

describe('foldHeader', () => {
  it('sets case, accents and spacing aside, nothing else', () => {
    expect(foldHeader('  Remediëring   Wiskunde ')).toBe('remediering wiskunde');
    expect(foldHeader('Zoë\tDe\u00a0Smet')).toBe('zoe de smet');
    expect(foldHeader('Score (/40)')).not.toBe(foldHeader('Score /40'));
    expect(foldHeader('Stamboeknr.')).not.toBe(foldHeader('Stamboeknr'));
  });
});

describe('stringsIn', () => {
  it('collects every string value at any depth, not the keys', () => {
    const found = stringsIn({ a: 'Klas', b: [{ c: 'Score', d: 3, e: null }, ['Niveau']], Key: true });
    expect([...found].sort()).toEqual(['Klas', 'Niveau', 'Score']);
  });
});

describe('rebindings', () => {
  const referenced = new Set(['Stamboeknummer', 'Klas', 'Remediëring wiskunde', 'januari']);

  it('reads a column spelled otherwise under the referenced name', () => {
    expect(rebindings(['stamboeknummer', 'KLAS', 'Remediering  wiskunde', 'Naam'], referenced)).toEqual([
      { from: 'stamboeknummer', to: 'Stamboeknummer' },
      { from: 'KLAS', to: 'Klas' },
      { from: 'Remediering  wiskunde', to: 'Remediëring wiskunde' },
    ]);
  });

  it('leaves a file that already has the names alone', () => {
    expect(rebindings(['Stamboeknummer', 'Klas', 'Naam'], referenced)).toEqual([]);
  });

  it('renames nothing where two columns read alike', () => {
    expect(rebindings(['klas', 'KLAS', 'Naam'], referenced)).toEqual([]);
  });

  it('renames nothing where the referenced name is a column already', () => {
    expect(rebindings(['Klas', 'klas '], referenced)).toEqual([]);
  });

  it('renames nothing where two referenced names read alike', () => {
    expect(rebindings(['klas'], new Set(['Klas', 'KLAS']))).toEqual([]);
  });

  it('keeps a column whose own name is referenced too', () => {
    expect(rebindings(['score'], new Set(['Score', 'score']))).toEqual([]);
  });
});

describe('renamedSettings', () => {
  it('names each rebound column by its header as found, keeping what a setting already says', () => {
    const columns = [
      { source: ' klas ', name: 'klas' },
      { source: 'SCORE (/40)', name: 'SCORE (/40)' },
      { source: 'Naam', name: 'Naam' },
    ];
    const settings = [{ source: 'SCORE (/40)', type: 'decimal' as const, missingTokens: ['afw'] }, { source: 'Naam', include: false }];
    const out = renamedSettings(settings, columns, [
      { from: 'klas', to: 'Klas' },
      { from: 'SCORE (/40)', to: 'Score (/40)' },
      { from: 'weg', to: 'Weg' },
    ]);
    expect(out).toEqual([
      { source: 'SCORE (/40)', type: 'decimal', missingTokens: ['afw'], name: 'Score (/40)' },
      { source: 'Naam', include: false },
      { source: ' klas ', name: 'Klas' },
    ]);
    // The settings given are not changed.
    expect(settings[0]).not.toHaveProperty('name');
  });
});

