import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { guessJoinKeys, identifying } from './keyGuess';

const col = (name: string, type: ColumnInfo['type'] = 'text'): ColumnInfo => ({ name, type });

describe('guessing join keys', () => {
  it('matches key names equal after lowercasing', () => {
    expect(guessJoinKeys([col('Naam'), col('LeerlingID')], [col('score'), col('leerlingid')])).toEqual({ left: 'LeerlingID', right: 'leerlingid' });
    expect(guessJoinKeys([col('Naam'), col('Nummer', 'identifier')], [col('nummer', 'identifier')])).toEqual({ left: 'Nummer', right: 'nummer' });
  });

  it('matches names that both contain the same key word', () => {
    const left = [col('Naam'), col('Stamboeknummer', 'identifier'), col('Klas')];
    const right = [col('Leerling'), col('stamboek_nr'), col('Klas')];
    expect(guessJoinKeys(left, right)).toEqual({ left: 'Stamboeknummer', right: 'stamboek_nr' });
  });

  it('prefers a key column over another column with an equal name', () => {
    const left = [col('Klas'), col('Stamboeknr', 'identifier')];
    const right = [col('Klas'), col('Stamboeknr', 'identifier')];
    expect(guessJoinKeys(left, right)).toEqual({ left: 'Stamboeknr', right: 'Stamboeknr' });
  });

  it('ignores accents, spaces and punctuation', () => {
    expect(guessJoinKeys([col('Rijksregister nr.')], [col('rijksregister_nr')])).toEqual({ left: 'Rijksregister nr.', right: 'rijksregister_nr' });
    expect(guessJoinKeys([col('Léérling-ID')], [col('leerling id')])).toEqual({ left: 'Léérling-ID', right: 'leerling id' });
  });

  it('never proposes a column many rows share, such as a class, even with an equal name', () => {
    expect(guessJoinKeys([col('Naam'), col('Klas')], [col('score'), col('klas')])).toBeNull();
    expect(guessJoinKeys([col('Klas-id', 'identifier'), col('Geslacht')], [col('klasid', 'identifier'), col('Geslacht')])).toBeNull();
    expect(guessJoinKeys([col('Remediëring wiskunde')], [col('remediering_wiskunde')])).toBeNull();
    expect(identifying(col('Stamboeknummer'))).toBe(true);
    expect(identifying(col('Klas', 'identifier'))).toBe(false);
  });

  it('returns null when nothing looks alike', () => {
    expect(guessJoinKeys([col('Naam')], [col('Score')])).toBeNull();
    expect(guessJoinKeys([col('Idee')], [col('Validiteit')])).toBeNull();
  });
});
