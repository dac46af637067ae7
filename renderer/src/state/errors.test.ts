import { describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import { toUserMessage } from './errors';

describe('errors for the banner', () => {
  it('keeps the code and parameters of a WerkbankError', () => {
    expect(toUserMessage(new WerkbankError('errors.import.empty', { file: 'a.csv' }))).toEqual({
      code: 'errors.import.empty',
      params: { file: 'a.csv' },
    });
  });

  it('reports anything else as an internal error with its message', () => {
    expect(toUserMessage(new TypeError('boom'))).toEqual({ code: 'errors.internal', params: { detail: 'boom' } });
    expect(toUserMessage('odd')).toEqual({ code: 'errors.internal', params: { detail: 'odd' } });
  });
});
