import { expect, test } from './host';

/** The built host refuses API calls without the token or from a foreign origin. */
test('the browser host refuses calls without the token or from another origin', async ({ host, playwright }) => {
  const api = await playwright.request.newContext({ baseURL: host.origin });
  const body = { data: {}, headers: { 'content-type': 'application/json' } };

  const noToken = await api.post('/api/call/project.get', body);
  expect(noToken.status()).toBe(401);
  expect((await noToken.json()).error.code).toBe('errors.unauthorized');

  const wrongToken = await api.post('/api/call/project.get', {
    ...body,
    headers: { ...body.headers, 'x-werkbank-token': 'x'.repeat(host.token.length) },
  });
  expect(wrongToken.status()).toBe(401);

  const foreignOrigin = await api.post('/api/call/project.get', {
    ...body,
    headers: { ...body.headers, 'x-werkbank-token': host.token, origin: 'http://evil.example' },
  });
  expect(foreignOrigin.status()).toBe(403);

  const ok = await api.post('/api/call/project.get', {
    ...body,
    headers: { ...body.headers, 'x-werkbank-token': host.token, origin: host.origin },
  });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).ok).toBe(true);
  await api.dispose();
});
