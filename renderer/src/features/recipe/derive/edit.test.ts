import { describe, expect, it } from 'vitest';
import { parseExpression, withoutSpans } from '../../../../../shared/expr';
import { columnToken, insertAt, lineAt } from './edit';

describe('editing an expression', () => {
  it('puts a column at the cursor, replacing the selection, and the cursor after it', () => {
    expect(insertAt('ab', 1, 1, '[x]')).toEqual({ text: 'a[x]b', cursor: 4 });
    expect(insertAt('a + b', 0, 1, '[x]')).toEqual({ text: '[x] + b', cursor: 3 });
    expect(insertAt('', 5, 9, 'ALS()', 1)).toEqual({ text: 'ALS()', cursor: 4 });
  });

  it('writes any column name so that it reads back as that column', () => {
    for (const name of ['Score (/40)', 'Score [x]', ']]', 'a"b', ' spaties ']) {
      const parsed = parseExpression(columnToken(name), 'nl');
      expect(parsed.ok && withoutSpans(parsed.expr)).toEqual({ kind: 'column', name });
    }
  });

  it('finds the line and column of an offset for the caret', () => {
    expect(lineAt('1 +\n[a] ?', 8)).toEqual({ line: '[a] ?', column: 4 });
    expect(lineAt('1 +', 3)).toEqual({ line: '1 +', column: 3 });
    expect(lineAt('ab\n', 3)).toEqual({ line: '', column: 0 });
  });
});
