import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import licensed from 'virtual:licenses';
import { productionLicenses } from './licenses.mjs';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

describe('the licences shown under Over', () => {
  it('name every direct dependency with its installed version and licence, and no dev dependency', () => {
    const list = productionLicenses(root);
    for (const name of Object.keys(pkg.dependencies)) {
      const entry = list.find((l) => l.name === name);
      expect(entry, name).toBeDefined();
      const installed = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; license?: string };
      expect(entry!.version).toBe(installed.version);
      if (typeof installed.license === 'string') expect(entry!.license).toBe(installed.license);
    }
    // A dev dependency as installed at the top (vitest, electron, playwright …) is not shipped; the
    // same name may still come in at another version through a production package.
    const devInstalled = Object.keys(pkg.devDependencies)
      .filter((n) => !(n in pkg.dependencies))
      .map((n) => `${n}@${(JSON.parse(readFileSync(join(root, 'node_modules', n, 'package.json'), 'utf8')) as { version: string }).version}`);
    const shipped = new Set(list.map((l) => `${l.name}@${l.version}`));
    expect(devInstalled.filter((d) => shipped.has(d))).toEqual([]);
    expect(devInstalled.length).toBeGreaterThan(10);
    expect(list.every((l) => l.license !== '' && l.version !== '')).toBe(true);
  });

  it('reach the renderer as virtual:licenses, the same list', () => {
    expect(licensed).toEqual(productionLicenses(root));
  });
});
