/** Types of licenses.mjs (a plain module, so that vite.config.ts and vitest.config.ts load it as is). */
export interface Licence {
  name: string;
  version: string;
  license: string;
}
export function productionLicenses(root: string): Licence[];
export function licensesPlugin(root: string): { name: string; resolveId(source: string): string | null; load(id: string): string | null };
