import { describe, expect, it } from 'vitest';
import { readBootParams, TOKEN_KEY, type TokenStore } from './bootParams';

function memoryStore(initial: Record<string, string> = {}): TokenStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('boot parameters', () => {
  it('takes the token from the address, keeps it and cleans the address', () => {
    const store = memoryStore();
    const p = readBootParams('http://127.0.0.1:5555/?token=abc123&demo=1', store);
    expect(p).toEqual({ token: 'abc123', demo: true, cleanUrl: '/', changed: true });
    expect(store.data[TOKEN_KEY]).toBe('abc123');
  });

  it('falls back to the stored token after a reload', () => {
    const store = memoryStore({ [TOKEN_KEY]: 'kept' });
    const p = readBootParams('http://127.0.0.1:5555/', store);
    expect(p.token).toBe('kept');
    expect(p.demo).toBe(false);
    expect(p.changed).toBe(false);
  });

  it('keeps other parameters and the hash', () => {
    const p = readBootParams('http://127.0.0.1:1/index.html?x=1&token=t#h', memoryStore());
    expect(p.cleanUrl).toBe('/index.html?x=1#h');
  });

  it('prefers a new token in the address over a stored one', () => {
    const store = memoryStore({ [TOKEN_KEY]: 'old' });
    expect(readBootParams('http://h/?token=new', store).token).toBe('new');
    expect(store.data[TOKEN_KEY]).toBe('new');
  });

  it('has no token when neither the address nor the store holds one', () => {
    expect(readBootParams('http://h/', memoryStore()).token).toBeNull();
  });
});
