import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { guessJoinKeys } from './keyGuess';

const col = (name: string, type: ColumnInfo['type'] = 'text'): ColumnInfo => ({ name, type });

describe('guessing join keys', () => {
  it('matches names equal after lowercasing', () => {
    expect(guessJoinKeys([col('Naam'), col('Klas')], [col('score'), col('klas')])).toEqual({ left: 'Klas', right: 'klas' });
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
    expect(guessJoinKeys([col('Remediëring wiskunde')], [col('remediering_wiskunde')])).toEqual({
      left: 'Remediëring wiskunde',
      right: 'remediering_wiskunde',
    });
  });

  it('returns null when nothing looks alike', () => {
    expect(guessJoinKeys([col('Naam')], [col('Score')])).toBeNull();
    expect(guessJoinKeys([col('Idee')], [col('Validiteit')])).toBeNull();
  });
});
