// The licences of the packages the workbench ships: every production dependency installed in
// node_modules (package-lock.json, entries not marked dev), its name, version and licence. Served
// to the renderer as the module `virtual:licenses` (vite.config.ts), shown under *Over*.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {{ name: string; version: string; license: string }[]} sorted by name */
export function productionLicenses(root) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const seen = new Map();
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    // devOptional: installed for development only (an optional peer of a dev package).
    if (!path.startsWith('node_modules/') || entry.dev || entry.devOptional || entry.link) continue;
    // Optional packages for other platforms are listed but not installed: not shipped.
    if (!existsSync(join(root, path, 'package.json'))) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    let license = typeof entry.license === 'string' ? entry.license : null;
    if (!license) {
      const own = JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8'));
      license = typeof own.license === 'string' ? own.license : Array.isArray(own.licenses) ? own.licenses.map((l) => l.type ?? l).join(' OR ') : null;
    }
    const key = `${name}@${entry.version}`;
    if (!seen.has(key)) seen.set(key, { name, version: String(entry.version ?? ''), license: license ?? '?' });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** A Vite plugin: `import licenses from 'virtual:licenses'`. */
export function licensesPlugin(root) {
  const id = 'virtual:licenses';
  const resolved = '\0' + id;
  return {
    name: 'werkbank-licenses',
    resolveId: (source) => (source === id ? resolved : null),
    load: (loaded) => (loaded === resolved ? `export default ${JSON.stringify(productionLicenses(root))};` : null),
  };
}
