import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childrenOf, DIALECTS, type Expr, withoutSpans } from './ast';
import { parseExpression } from './parse';
import { numberText, printExpression } from './print';
import { anyExpr, bin, call, col, neg, num, txt } from './testing';

function parsed(text: string, dialect: 'nl' | 'en'): Expr {
  const result = parseExpression(text, dialect);
  if (!result.ok) throw new Error(`${text} (${dialect}): ${result.problem.code} ${JSON.stringify(result.problem.params)}`);
  return result.expr;
}

function nodes(expr: Expr): Expr[] {
  return [expr, ...childrenOf(expr).flatMap(nodes)];
}

describe('printing and reading back', () => {
  it.each(DIALECTS)('gives the same tree for any tree (%s)', (dialect) => {
    fc.assert(
      fc.property(anyExpr(4), (expr) => {
        const text = printExpression(expr, dialect);
        expect(withoutSpans(parsed(text, dialect))).toEqual(withoutSpans(expr));
      }),
      { numRuns: 400, seed: 20260528 },
    );
  });

  it.each(DIALECTS)('reads names of the other language the same (%s)', (dialect) => {
    const other = dialect === 'nl' ? 'en' : 'nl';
    fc.assert(
      fc.property(anyExpr(3), (expr) => {
        const text = printExpression(expr, dialect, { names: other });
        expect(withoutSpans(parsed(text, dialect))).toEqual(withoutSpans(expr));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('gives every node a span whose text reads back as that node', () => {
    fc.assert(
      fc.property(anyExpr(4), fc.constantFrom(...DIALECTS), (expr, dialect) => {
        const text = printExpression(expr, dialect);
        for (const node of nodes(parsed(text, dialect))) {
          const part = text.slice(node.span.start, node.span.end);
          expect({ part, node: withoutSpans(parsed(part, dialect)) }).toEqual({ part, node: withoutSpans(node) });
        }
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('writes canonical text: capitals, the dialect\'s separator and mark, parentheses only where needed', () => {
    const expr = call('if', bin('>=', bin('/', col('Score (/40)'), num(40)), num(0.5)), txt('say "hi"'), neg(bin('+', num(1), num(2.5))));
    expect(printExpression(expr, 'nl')).toBe('ALS([Score (/40)] / 40 >= 0,5; "say ""hi"""; -(1 + 2,5))');
    expect(printExpression(expr, 'en')).toBe('IF([Score (/40)] / 40 >= 0.5, "say ""hi""", -(1 + 2.5))');
    expect(printExpression(bin('-', num(1), bin('-', num(2), num(3))), 'en')).toBe('1 - (2 - 3)');
    expect(printExpression(bin('-', bin('-', num(1), num(2)), num(3)), 'en')).toBe('1 - 2 - 3');
    expect(printExpression(bin('=', bin('=', num(1), num(2)), col('b')), 'nl')).toBe('(1 = 2) = [b]');
    expect(printExpression(bin('and', bin('or', col('a'), col('b')), col('c]')), 'nl')).toBe('([a] OF [b]) EN [c]]]');
  });

  it('writes numbers in plain digits, exactly', () => {
    expect(numberText(1e-7, true, 'nl')).toBe('0,0000001');
    expect(numberText(1e21, false, 'en')).toBe('1000000000000000000000');
    expect(numberText(1.5e22, true, 'en')).toBe('15000000000000000000000.0');
    expect(numberText(3, true, 'nl')).toBe('3,0');
    expect(numberText(0.1, true, 'en')).toBe('0.1');
    for (const value of [5e-324, 1.7976931348623157e308, 123456.789e-20, 2 ** 53 + 2]) {
      expect(Number(numberText(value, true, 'en'))).toBe(value);
    }
  });
});
