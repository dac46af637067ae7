import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n';
import { type Dialect, MAX_EXPRESSION_CHARS, MAX_EXPRESSION_DEPTH, positionOf, withoutSpans } from './ast';
import { FUNCTIONS } from './functions';
import { parseExpression } from './parse';
import { bin, bool, call, col, neg, num, txt } from './testing';

function meaning(text: string, dialect: Dialect): unknown {
  const result = parseExpression(text, dialect);
  if (!result.ok) throw new Error(`${text}: ${result.problem.code}`);
  return withoutSpans(result.expr);
}

function problem(text: string, dialect: Dialect) {
  const result = parseExpression(text, dialect);
  if (result.ok) throw new Error(`${text} (${dialect}) parsed`);
  // Every problem has words in both languages, and they say where.
  for (const locale of ['nl-BE', 'en'] as const) {
    const words = formatMessage({ code: result.problem.code, params: result.problem.params }, locale);
    expect(words).not.toBe(result.problem.code);
    if (result.problem.code !== 'errors.expr.empty') expect(words).toContain(String(result.problem.params.position ?? result.problem.params.length));
  }
  return { code: result.problem.code.replace('errors.expr.', ''), position: result.problem.params.position };
}

describe('reading an expression', () => {
  it('reads the example recipe\'s percentage, with any column name between brackets', () => {
    const expected = withoutSpans(bin('*', bin('/', col('Score (/40)'), num(40)), num(100)));
    expect(meaning('[Score (/40)] / 40 * 100', 'nl')).toEqual(expected);
    expect(meaning('[Score (/40)]/40*100', 'en')).toEqual(expected);
    expect(meaning('[Naam [kort]]] & "!"', 'nl')).toEqual(withoutSpans(bin('&', col('Naam [kort]'), txt('!'))));
    expect(meaning('[ a ; b ]', 'nl')).toEqual(withoutSpans(col(' a ; b ')));
  });

  it('follows the dialect: ; and a decimal comma in nl, , and a decimal point in en', () => {
    const round = withoutSpans(call('round', num(23.5), num(0)));
    expect(meaning('AFRONDEN(23,5; 0)', 'nl')).toEqual(round);
    expect(meaning('ROUND(23.5, 0)', 'en')).toEqual(round);
    expect(meaning('ROUND(23,5)', 'nl')).toEqual(withoutSpans(call('round', num(23.5))));
    expect(meaning('ROUND(23,5)', 'en')).toEqual(withoutSpans(call('round', num(23), num(5))));
    expect(meaning('3,0', 'nl')).toEqual(withoutSpans(num(3, true)));
    expect(meaning('3', 'nl')).toEqual(withoutSpans(num(3, false)));
  });

  it('reads Dutch and English names, in any case, to the same tree in both dialects', () => {
    const nl = meaning('ALS(NIET([a] > 1) EN [b] OF WAAR; "ja"; ONWAAR)', 'nl');
    expect(meaning('IF(NOT([a] > 1) AND [b] OR TRUE; "ja"; FALSE)', 'nl')).toEqual(nl);
    expect(meaning('if(not([a] > 1) and [b] or true, "ja", false)', 'en')).toEqual(nl);
    expect(meaning('Als(Niet([a] > 1) en [b] of waar, "ja", onwaar)', 'en')).toEqual(nl);
    for (const f of FUNCTIONS) {
      const args = { nl: '(1; 2)', en: '(1, 2)' };
      for (const dialect of ['nl', 'en'] as const) {
        expect(meaning(`${f.nl}${args[dialect]}`, dialect)).toEqual(meaning(`${f.en.toLowerCase()}${args[dialect]}`, dialect));
        expect(meaning(`${f.nl}${args[dialect]}`, dialect)).toEqual(withoutSpans(call(f.id, num(1), num(2))));
      }
    }
  });

  it('binds operators as a spreadsheet does, with OF below EN below comparisons below & below + below *', () => {
    expect(meaning('1 + 2 * -3 & "x" = "y" EN WAAR OF ONWAAR', 'nl')).toEqual(
      withoutSpans(bin('or', bin('and', bin('=', bin('&', bin('+', num(1), bin('*', num(2), neg(num(3)))), txt('x')), txt('y')), bool(true)), bool(false))),
    );
    expect(meaning('+-+-5', 'en')).toEqual(withoutSpans(neg(neg(num(5)))));
    expect(meaning('1 - 2 - 3', 'en')).toEqual(withoutSpans(bin('-', bin('-', num(1), num(2)), num(3))));
  });

  it('gives spans in UTF-16 offsets and positions in characters a user counts', () => {
    const result = parseExpression('[😀] + [b]', 'nl');
    if (!result.ok) throw new Error('no parse');
    expect(result.expr.kind === 'binary' && [result.expr.left.span, result.expr.right.span]).toEqual([
      { start: 0, end: 4 },
      { start: 7, end: 10 },
    ]);
    expect(positionOf('[😀] + [b]', 7)).toBe(7);
    expect(problem('[😀] + + ', 'nl')).toEqual({ code: 'incomplete', position: 7 });
  });
});

describe('an expression that does not read', () => {
  // [text, dialect, code, 1-based position], each worked out by hand from the rules.
  const cases: [string, Dialect, string, number][] = [
    ['', 'nl', 'empty', 1],
    ['   ', 'en', 'empty', 1],
    ['1 +', 'nl', 'incomplete', 3],
    ['1 + = 2', 'en', 'unexpected', 5],
    ['ALS([a] > 1; 2', 'nl', 'unclosedParenthesis', 4],
    ['((1 + 2)', 'en', 'unclosedParenthesis', 1],
    ['1 + 2)', 'nl', 'unopenedParenthesis', 6],
    ['ALS([a] > 1, 2, 3)', 'nl', 'separator', 12],
    ['IF([a] > 1; 2; 3)', 'en', 'separator', 11],
    ['23.5 * 2', 'nl', 'decimalMark', 3],
    ['23,5 * 2', 'en', 'decimalMark', 3],
    ['"geslaagd', 'nl', 'unclosedText', 1],
    ['1 & "zei ""hoi""', 'nl', 'unclosedText', 5],
    ['[Score (/40) / 40', 'nl', 'unclosedColumn', 1],
    ['[a]] + 1', 'en', 'unclosedColumn', 1],
    ['[] + 1', 'nl', 'emptyColumn', 1],
    ['Score / 40', 'nl', 'bareName', 1],
    ['1 + Punt', 'en', 'bareName', 5],
    ['GEMIDDELDE([a]; [b])', 'nl', 'unknownFunction', 1],
    ['2 * SUM([a], [b])', 'en', 'unknownFunction', 5],
    ['1 < 2 < 3', 'nl', 'chainedComparison', 7],
    ['1 2', 'en', 'unexpected', 3],
    ['1e5', 'en', 'unexpected', 2],
    ['[a] ENKEL [b]', 'nl', 'unexpected', 5],
    ['1 ** 2', 'nl', 'unexpected', 4],
    ['1 + 2 # 3', 'en', 'unexpected', 7],
    [`1${'0'.repeat(400)}`, 'en', 'numberTooLarge', 1],
  ];

  it.each(cases)('%j (%s) → %s at %i', (text, dialect, code, position) => {
    expect(problem(text, dialect)).toEqual({ code, position });
  });

  it('says what it found and where, in Dutch and in English', () => {
    const result = parseExpression('ALS([a] > 1, 2, 3)', 'nl');
    if (result.ok) throw new Error('parsed');
    expect(formatMessage({ code: result.problem.code, params: result.problem.params }, 'nl-BE')).toBe(
      'Teken 12: scheid de argumenten van een functie met ; in deze schrijfwijze, niet met ,.',
    );
    expect(formatMessage({ code: result.problem.code, params: result.problem.params }, 'en')).toBe(
      'Character 12: separate the arguments of a function with ; in this notation, not with ,.',
    );
  });

  it('refuses text longer than the limit and nesting deeper than the limit, before parsing', () => {
    expect(problem('1'.repeat(MAX_EXPRESSION_CHARS + 1), 'nl')).toEqual({ code: 'tooLong', position: MAX_EXPRESSION_CHARS + 1 });
    const deep = `${'('.repeat(MAX_EXPRESSION_DEPTH + 1)}1${')'.repeat(MAX_EXPRESSION_DEPTH + 1)}`;
    expect(problem(deep, 'nl')).toEqual({ code: 'tooDeep', position: MAX_EXPRESSION_DEPTH + 1 });
    // Parentheses inside text and column names do not count.
    const quoted = `"${'('.repeat(500)}" & [${'('.repeat(500)}]`;
    expect(parseExpression(quoted, 'nl').ok).toBe(true);
    // Deep trees without parentheses: a long chain of operators, a long run of minus signs.
    expect(problem(Array.from({ length: MAX_EXPRESSION_DEPTH + 1 }, () => '1').join(' + '), 'en').code).toBe('tooDeep');
    expect(problem(`${'-'.repeat(5000)}1`, 'en').code).toBe('tooDeep');
    expect(parseExpression(Array.from({ length: MAX_EXPRESSION_DEPTH }, () => '1').join(' + '), 'en').ok).toBe(true);
  });

  it('reads a formula as long as the limit, and finds a mistake at its very end', () => {
    const wide = `MIN(${Array.from({ length: 3330 }, () => '1').join('; ')})`;
    expect(wide.length).toBeLessThanOrEqual(MAX_EXPRESSION_CHARS);
    const read = parseExpression(wide, 'nl');
    expect(read.ok && read.expr.kind === 'call' && read.expr.args.length).toBe(3330);
    const broken = `${wide.slice(0, -1)};)`;
    expect(problem(broken, 'nl')).toEqual({ code: 'unexpected', position: broken.length });
  });
});
