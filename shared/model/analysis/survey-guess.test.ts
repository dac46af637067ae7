import { describe, expect, it } from 'vitest';
import { parseItemHeader } from './survey-guess';

describe('parseItemHeader', () => {
  it.each([
    ['IK1. Ik geef leerlingen erkenning', 'IK', 1],
    ['WIJ 2 - Wij laten leerlingen van elkaar leren', 'WIJ', 2],
    ['ov3: Er is voldoende tijd', 'OV', 3],
    ['PC_4 Afspraken zijn de basis', 'PC', 4],
    ['IK1 Ik geef leerlingen erkenning', 'IK', 1],
    ['[IK1] Ik geef leerlingen erkenning', 'IK', 1],
    ['[ WIJ 2 ] Wij laten leerlingen van elkaar leren', 'WIJ', 2],
    ['(OV3) Er is voldoende tijd', 'OV', 3],
  ])('reads the code of %j', (header, prefix, number) => {
    expect(parseItemHeader(header)).toMatchObject({ prefix, number });
  });

  it('keeps the question text after the code', () => {
    expect(parseItemHeader('[IK1] Ik geef leerlingen erkenning (R)')?.text).toBe('Ik geef leerlingen erkenning (R)');
  });

  it.each(['Naam', 'Klas 2A', 'Begintijd', 'IK1.', '[IK1]', '2026-03-10 09:00'])('finds no code in %j', (header) => {
    expect(parseItemHeader(header)).toBeNull();
  });
});
