import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, repoRoot, test } from './host';

/**
 * Pupil data never leaves the machine (DOMAIN.md): whatever the renderer's bundle holds (plotly
 * carries map-tile addresses it never uses here), nothing it does reaches beyond the loopback
 * host. Every request of a whole session is watched, and deliberate attempts to reach the hosts
 * named in the bundle, by every means a page has, are refused.
 */

/** Hosts named in the built renderer, other than the XML namespaces' (which are names, not addresses). */
function bundleHosts(): string[] {
  const dir = join(repoRoot, 'dist', 'renderer', 'assets');
  const hosts = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/https?:\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)) hosts.add(m[1]!.toLowerCase());
  }
  for (const namespace of ['www.w3.org', 'json-schema.org']) hosts.delete(namespace);
  return [...hosts].sort();
}

test('no request leaves the loopback host, in a whole session or when a page tries', async ({ page, host }) => {
  const hosts = bundleHosts();
  expect(hosts.length).toBeGreaterThan(0);
  const loopback = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
  // This machine is offline: a request that left would fail anyway. Any request that gets past the
  // page's policy is answered here instead, so that one that was not refused is seen to succeed.
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url()).hostname;
    return loopback.has(target) ? route.continue() : route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.alloc(0) });
  });
  // Requests that were answered (a request the policy refuses fails before it leaves: requestfailed).
  const seen: string[] = [];
  page.on('requestfinished', (request) => seen.push(new URL(request.url()).hostname));

  // A session: the demo, its charts, the learning gain, the story presented.
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('project-name')).toBeVisible();
  await expect(page.locator('.js-plotly-plot').first()).toBeVisible();
  await page.getByTestId('tb-stories').click();
  await page.getByTestId('story-item').first().click();
  await page.getByTestId('story-present').click();
  await page.getByTestId('present-start').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');

  // Every way a page can reach out, to every host the bundle names and to a plain address.
  const targets = [...hosts.slice(0, 12).map((h) => `https://${h}/`), 'http://203.0.113.7/leerlingen.json'];
  const outcomes = await page.evaluate(async (urls) => {
    const tries: Promise<string>[] = [];
    for (const url of urls) {
      tries.push(fetch(url, { mode: 'no-cors' }).then(() => `fetch reached ${url}`, () => 'blocked'));
      tries.push(
        new Promise((resolve) => {
          const img = new Image();
          img.onload = () => resolve(`img reached ${url}`);
          img.onerror = () => resolve('blocked');
          img.src = `${url}pixel.png`;
        }),
      );
      tries.push(
        new Promise((resolve) => {
          const xhr = new XMLHttpRequest();
          xhr.onload = () => resolve(`xhr reached ${url}`);
          xhr.onerror = () => resolve('blocked');
          try {
            xhr.open('GET', url);
            xhr.send();
          } catch {
            resolve('blocked');
          }
        }),
      );
    }
    tries.push(
      new Promise((resolve) => {
        try {
          const socket = new WebSocket('wss://203.0.113.7/');
          socket.onopen = () => resolve('websocket reached');
          socket.onerror = () => resolve('blocked');
        } catch {
          resolve('blocked');
        }
      }),
    );
    // A beacon is queued either way: the content security policy refuses it when it would be sent.
    tries.push(
      new Promise((resolve) => {
        const seenViolation = (event: SecurityPolicyViolationEvent) => {
          if (event.blockedURI.startsWith('https://203.0.113.7/beacon')) resolve('blocked');
        };
        document.addEventListener('securitypolicyviolation', seenViolation);
        navigator.sendBeacon('https://203.0.113.7/beacon', 'x');
        setTimeout(() => resolve('beacon not refused by the policy'), 3000);
      }),
    );
    return Promise.all(tries);
  }, targets);
  expect(outcomes.filter((o) => o !== 'blocked')).toEqual([]);

  const away = seen.filter((h) => h !== '' && !loopback.has(h));
  expect(away).toEqual([]);
  expect(seen.length).toBeGreaterThan(5);
});
