import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT, RecentProjects } from './recent';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'werkbank-recent-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const project = (name: string) => {
  const path = join(dir, `${name}.werkbank`);
  writeFileSync(path, 'x');
  return path;
};

describe('recent projects', () => {
  it('newest first, each once, at most eight, kept across runs; a file that is gone is left out', async () => {
    const file = join(dir, 'data', 'recent.json');
    const recent = await RecentProjects.load(file);
    expect(recent.entries()).toEqual([]);
    const paths = Array.from({ length: 10 }, (_, i) => project(`p${i}`));
    for (const p of paths) await recent.add(p);
    await recent.add(paths[5]!);
    const again = await RecentProjects.load(file);
    const names = again.entries().map((e) => e.name);
    expect(names).toHaveLength(MAX_RECENT);
    expect(names.slice(0, 3)).toEqual(['p5.werkbank', 'p9.werkbank', 'p8.werkbank']);
    expect(new Set(names).size).toBe(names.length);
    rmSync(paths[9]!);
    expect(again.entries().map((e) => e.name)).not.toContain('p9.werkbank');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(MAX_RECENT);
  });

  it('a damaged or foreign file reads as an empty list', async () => {
    const file = join(dir, 'recent.json');
    writeFileSync(file, '{"not": "a list"');
    expect((await RecentProjects.load(file)).entries()).toEqual([]);
    writeFileSync(file, JSON.stringify([1, { path: 'x' }, project('ok')]));
    expect((await RecentProjects.load(file)).entries().map((e) => e.name)).toEqual(['ok.werkbank']);
  });
});
