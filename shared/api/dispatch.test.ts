import { describe, expect, it } from 'vitest';
import { dispatch, dispatchJson, MAX_RESPONSE_CHARS } from './dispatch';
import { WerkbankError } from './errors';

describe('dispatch', () => {
  it('refuses an unknown channel and a request that does not fit the schema', async () => {
    expect(await dispatch({}, 'no.such', {})).toMatchObject({ ok: false, error: { code: 'errors.unknownChannel' } });
    const handlers = { 'view.delete': async () => ({}) as never };
    const bad = await dispatch(handlers, 'view.delete', { viewId: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'errors.invalidRequest', params: { channel: 'view.delete' } } });
  });

  it('passes a WerkbankError on as its code and parameters', async () => {
    const handlers = {
      'view.delete': async () => {
        throw new WerkbankError('errors.view.unknown', { viewId: 'v9' });
      },
    };
    expect(await dispatch(handlers, 'view.delete', { viewId: 'v9' })).toEqual({
      ok: false,
      error: { code: 'errors.view.unknown', params: { viewId: 'v9' } },
    });
  });

  it('reports any other failure without its message, which may hold paths or pupil data', async () => {
    const seen: unknown[] = [];
    const handlers = {
      'view.delete': async () => {
        throw new TypeError("cannot read '/home/juf/leerlingen.xlsx' for Jana Bogaert");
      },
    };
    const result = await dispatch(handlers, 'view.delete', { viewId: 'v1' }, (e) => seen.push(e));
    expect(result).toEqual({ ok: false, error: { code: 'errors.internal', params: { detail: 'TypeError' } } });
    expect(JSON.stringify(result)).not.toContain('leerlingen');
    expect(seen).toHaveLength(1);
  });

  it('refuses an answer larger than the limit with a message, and passes one just under it', async () => {
    const answer = (chars: number) => ({ 'view.delete': async () => ({ text: 'x'.repeat(chars) }) as never });
    const overhead = JSON.stringify({ text: '' }).length;
    const under = await dispatch(answer(MAX_RESPONSE_CHARS - overhead), 'view.delete', { viewId: 'v1' });
    expect(under.ok).toBe(true);
    const over = await dispatch(answer(MAX_RESPONSE_CHARS - overhead + 1), 'view.delete', { viewId: 'v1' });
    expect(over).toEqual({ ok: false, error: { code: 'errors.responseTooLarge', params: { channel: 'view.delete', sizeMb: 65, maxMb: 64 } } });
  });

  it('serialises once for the host, with the same limit and the same envelope', async () => {
    const answer = (chars: number) => ({ 'view.delete': async () => ({ text: 'x'.repeat(chars) }) as never });
    const small = await dispatchJson(answer(3), 'view.delete', { viewId: 'v1' });
    expect(JSON.parse(small)).toEqual(await dispatch(answer(3), 'view.delete', { viewId: 'v1' }));
    const big = JSON.parse(await dispatchJson(answer(MAX_RESPONSE_CHARS), 'view.delete', { viewId: 'v1' }));
    expect(big).toMatchObject({ ok: false, error: { code: 'errors.responseTooLarge', params: { channel: 'view.delete', maxMb: 64 } } });
  });
});
