import { describe, expect, it } from 'vitest';
import { guessOrder, nameFieldsOf } from './guess';
import { splitName } from './split-name';

describe('what the match dialog proposes', () => {
  it('finds first and last name columns, else one column with the name', () => {
    const text = (...names: string[]) => names.map((name) => ({ name, type: 'text' as const }));
    expect(nameFieldsOf(text('Stamboeknummer', 'Naam', 'Voornaam', 'Klas'))).toEqual({ kind: 'split', first: 'Voornaam', last: 'Naam' });
    expect(nameFieldsOf(text('Familienaam', 'Roepnaam'))).toEqual({ kind: 'split', first: 'Roepnaam', last: 'Familienaam' });
    expect(nameFieldsOf(text('Leerling', 'Klas'))).toEqual({ kind: 'full', column: 'Leerling', order: 'auto' });
    expect(nameFieldsOf(text('Naam', 'Klas'))).toEqual({ kind: 'full', column: 'Naam', order: 'auto' });
    expect(nameFieldsOf([{ name: 'Klas', type: 'text' }, { name: 'Score', type: 'integer' }])).toBeNull();
  });

  it('reads the order of full names from commas, the other side\'s last names, or capitals', () => {
    expect(guessOrder(['PEETERS, Marie', 'MAES, Zoë', 'Jan Claes'], null)).toBe('lastFirst');
    const lastNames = new Set(['peeters', 'van den broeck', 'maes']);
    expect(guessOrder(['Marie Peeters', 'Lukas Van den Broeck', 'Zoë Maes'], lastNames)).toBe('firstLast');
    expect(guessOrder(['Peeters Marie', 'Van den Broeck Lukas', 'Maes Zoë'], lastNames)).toBe('lastFirst');
    expect(guessOrder(['PEETERS Marie', 'MAES Zoë'], null)).toBe('lastFirst');
    expect(guessOrder(['Marie Peeters', 'Zoë Maes'], null)).toBe('auto');
    expect(guessOrder([], null)).toBe('auto');
  });

  it('splits a full name for the review list', () => {
    expect(splitName('VAN DEN BROECK, Marie', 'auto')).toEqual({ last: 'VAN DEN BROECK', first: 'Marie' });
    expect(splitName('Marie Van den Broeck', 'firstLast')).toEqual({ first: 'Marie', last: 'Van den Broeck' });
    expect(splitName('Van den Broeck Marie Louise', 'lastFirst')).toEqual({ last: 'Van den Broeck', first: 'Marie Louise' });
    expect(splitName('Anna Marie Peeters', 'firstLast')).toEqual({ first: 'Anna Marie', last: 'Peeters' });
    expect(splitName('EL AMRANI Noé', 'auto')).toEqual({ last: 'EL AMRANI', first: 'Noé' });
    expect(splitName('  Zoe   Maes ', 'auto')).toEqual({ first: 'Zoe', last: 'Maes' });
    expect(splitName('Maes', 'auto')).toEqual({ first: null, last: 'Maes' });
  });
});
