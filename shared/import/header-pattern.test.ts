import { describe, expect, it } from 'vitest';
import { compileHeaderPattern } from './header-pattern';

describe('header patterns', () => {
  it('match anywhere, case-insensitively, like a RegExp test', () => {
    const p = compileHeaderPattern('^(IK|WIJ|OV|PC)\\d')!;
    expect(p.test('ik1. Ik zoek samen met collega’s')).toBe(true);
    expect(p.test('PC3. Wij spreken af')).toBe(true);
    expect(p.test('Tijdstempel')).toBe(false);
    expect(compileHeaderPattern('score')!.test('Eindscore (/50)')).toBe(true);
  });

  it('run in linear time on a pattern that makes RegExp backtrack exponentially', () => {
    const p = compileHeaderPattern('^(a+)+$')!;
    // With RegExp this header takes far longer than the test's timeout (2^40 steps).
    expect(p.test('a'.repeat(40) + 'b')).toBe(false);
    expect(p.test('a'.repeat(40))).toBe(true);
  });

  it('refuse what RE2 cannot do (back-references) and plain syntax errors', () => {
    expect(compileHeaderPattern('(a)\\1')).toBeNull();
    expect(compileHeaderPattern('(')).toBeNull();
  });
});
