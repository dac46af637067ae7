import { describe, expect, it } from 'vitest';
import { safeFileName } from './fileName';

describe('safeFileName', () => {
  it('drops what file systems refuse and control characters, collapses spaces, keeps letters with accents', () => {
    expect(safeFileName('Klas 1C: +11,4 "procentpunten" / juni?', 'grafiek', 'png')).toBe('Klas 1C +11,4 procentpunten juni.png');
    expect(safeFileName('Zoë\u0007 en  Noé\n', 'x', 'pdf')).toBe('Zoë en Noé.pdf');
  });

  it('cuts the name to 80 characters and falls back when nothing is left', () => {
    expect(safeFileName('a'.repeat(200), 'x', 'pptx')).toBe(`${'a'.repeat(80)}.pptx`);
    expect(safeFileName(' <>|* ', 'verhaal', 'pptx')).toBe('verhaal.pptx');
  });
});
