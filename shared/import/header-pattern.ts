import { RE2JS } from 're2js';

/**
 * A case-insensitive pattern from a profile signature or a column rule, matched against
 * headers in linear time by RE2JS (a JavaScript port of RE2). Profiles arrive as files from
 * other people, and JavaScript's own RegExp backtracks: `^(a+)+$` against a long header
 * froze the engine for minutes in a test. Back-references and look-arounds, which RE2 does
 * not have, make a pattern invalid (null): it then matches nothing.
 */
export interface HeaderPattern {
  test(text: string): boolean;
}

export function compileHeaderPattern(pattern: string): HeaderPattern | null {
  try {
    const re = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    return { test: (text) => re.test(text) };
  } catch {
    return null;
  }
}
