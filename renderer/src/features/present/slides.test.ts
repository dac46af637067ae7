import { describe, expect, it } from 'vitest';
import { spokenText } from './slides';

describe('spokenText: a slide title and its takeaway as one announcement', () => {
  it('puts a full stop between a title and its takeaway', () => {
    expect(spokenText('Dia 2 van 6: Klas 1C groeit het sterkst', 'Bekijk de toets van 1C.')).toBe('Dia 2 van 6: Klas 1C groeit het sterkst. Bekijk de toets van 1C.');
  });
  it('adds none after a title that already ends a sentence', () => {
    expect(spokenText('Dia 1 van 6: Groeien al onze klassen?', 'Leervraag van de vakgroep.')).toBe('Dia 1 van 6: Groeien al onze klassen? Leervraag van de vakgroep.');
  });
  it('says the title alone when there is no takeaway', () => {
    expect(spokenText('Dia 6 van 6: Acties', '  ')).toBe('Dia 6 van 6: Acties');
  });
});
