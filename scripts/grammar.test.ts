import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRAMMAR, generateParser, PARSER_DTS, PARSER_JS } from './grammar';

/**
 * The parser is generated from shared/expr/grammar.peggy and committed, so building never runs
 * peggy. This test compiles the grammar again: when it fails, run `npm run grammar`.
 */
describe('the generated expression parser', () => {
  it('is what `npm run grammar` makes of the grammar now', () => {
    const { js, dts } = generateParser();
    expect(readFileSync(PARSER_JS, 'utf8') === js, 'shared/expr/parser.generated.js is stale: run `npm run grammar`').toBe(true);
    expect(readFileSync(PARSER_DTS, 'utf8') === dts, 'shared/expr/parser.generated.d.ts is stale: run `npm run grammar`').toBe(true);
  });

  it('would notice a changed grammar', () => {
    const grammar = readFileSync(GRAMMAR, 'utf8');
    expect(grammar).toContain('"<>"');
    const changed = generateParser(grammar.replace('"<>"', '"!="'));
    expect(changed.js === readFileSync(PARSER_JS, 'utf8')).toBe(false);
  });
});
