import { describe, expect, it } from 'vitest';
import { checkTypedName, CleanName, cleanName, isCleanName, MAX_NAME_CHARS } from './names';
import { SOURCE_ID } from './source';
import { VIEW_ID } from './view';

describe('the name rule', () => {
  const unclean = [
    'a\u0000b', // NUL
    'a\tb',
    'a\nb',
    'a\u001fb',
    'a\u007fb', // DEL
    'a\u0085b', // NEL (C1)
    'a\u009fb',
    'a\u2028b', // line separator
    'a\u00adb', // soft hyphen
    'a\u200bb', // zero-width space
    'a\u200db', // zero-width joiner
    'a\u200fb', // right-to-left mark
    'a\u202eb', // right-to-left override
    'a\u2066b', // left-to-right isolate
    'a\u2069b',
    'a\ufeffb', // BOM
    'a\ud800b', // lone surrogate
  ];

  it('refuses control and invisible format characters, and accepts ordinary names', () => {
    for (const name of unclean) expect(isCleanName(name), JSON.stringify(name)).toBe(false);
    for (const name of ['Naam', 'Remediëring wiskunde', 'Score (/40)', 'Naam "roep"', 'a  b', ' x ', 'Wiskunde – sept', '😀', '']) {
      expect(isCleanName(name), name).toBe(true);
    }
    expect(CleanName.safeParse('a\u202eb').success).toBe(false);
    expect(CleanName.safeParse('ab').success).toBe(true);
  });

  it('cleans a name from a file deterministically: controls read as spaces, invisible characters go', () => {
    expect(cleanName('a\u0000b')).toBe('a b');
    expect(cleanName('a\r\n\tb')).toBe('a b');
    expect(cleanName('Naam\u202e')).toBe('Naam');
    expect(cleanName('\ufeffKlas')).toBe('Klas');
    expect(cleanName('Sc\u200bore')).toBe('Score');
    expect(cleanName('\u2066Stam\u2069 ')).toBe('Stam');
    expect(cleanName('  a   b  ')).toBe('a b');
    for (const name of unclean) {
      expect(isCleanName(cleanName(name))).toBe(true);
      expect(cleanName(cleanName(name))).toBe(cleanName(name));
    }
  });

  it('cuts a name from a file to MAX_NAME_CHARS ending in …, without splitting a surrogate pair, and refuses a longer typed name', () => {
    const long = cleanName('Vraag '.repeat(1_000_000));
    expect(long).toHaveLength(MAX_NAME_CHARS);
    expect(long.endsWith('…')).toBe(true);
    expect(cleanName('x'.repeat(MAX_NAME_CHARS))).toHaveLength(MAX_NAME_CHARS);
    const emoji = cleanName('a' + '😀'.repeat(MAX_NAME_CHARS));
    expect(emoji.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(isCleanName(emoji)).toBe(true);
    expect(() => checkTypedName('x'.repeat(MAX_NAME_CHARS))).not.toThrow();
    expect(() => checkTypedName('x'.repeat(MAX_NAME_CHARS + 1))).toThrow(expect.objectContaining({ code: 'errors.name.tooLong' }));
    expect(() => checkTypedName('x\u0000')).toThrow(expect.objectContaining({ code: 'errors.name.notClean' }));
  });

  it('holds ids to the shape the engine hands out', () => {
    for (const id of ['s1', 's2', 's10', 's999999999']) expect(SOURCE_ID.test(id), id).toBe(true);
    for (const id of ['S1', 's0', 's01', 's', 'x1', 's1 ', ' s1', 's-1', 's1\n', 's1000000000', 'p1_s1']) expect(SOURCE_ID.test(id), id).toBe(false);
    expect(VIEW_ID.test('v3')).toBe(true);
    for (const id of ['V3', 'v0', 'v03', 's3']) expect(VIEW_ID.test(id), id).toBe(false);
  });
});
