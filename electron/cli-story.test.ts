import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectManifest } from '../shared/model/project';
import { runCli } from './cli';
import { capture } from './cli-testing';


let dir: string;
let project: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'werkbank-cli-story-'));
  project = join(dir, 'demo.werkbank');
  const io = capture();
  expect(await runCli(['demo', '--out', project], io)).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const manifestOf = (path: string) => ProjectManifest.parse(JSON.parse(strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['manifest.json']!)));

describe('cli demo', () => {
  it('writes the demo project with its story', () => {
    const manifest = manifestOf(project);
    expect(manifest.views).toHaveLength(4);
    expect(manifest.stories.map((s) => s.title)).toEqual(['Leerwinst wiskunde, eerste graad']);
    expect(manifest.exports).toEqual([]);
  });

  it('says how to use it when --out is missing or not a project file', async () => {
    for (const args of [['demo'], ['demo', '--out', join(dir, 'x.zip')]]) {
      const io = capture();
      expect(await runCli(args, io)).toBe(2);
      expect(io.err).toMatch(/demo/);
    }
  });
});

describe('cli export-story', () => {
  it('exports the story as PowerPoint and as a PDF and records each export in the project', async () => {
    for (const format of ['pptx', 'pdf'] as const) {
      const out = join(dir, `verhaal.${format}`);
      const io = capture();
      expect(await runCli(['export-story', project, '--out', out], io), io.err).toBe(0);
      const printed = JSON.parse(io.out) as { slides: number; format: string; snapshot: { viewIds: string[] } };
      expect(printed).toMatchObject({ story: 'Leerwinst wiskunde, eerste graad', format, slides: 4 });
      const bytes = readFileSync(out);
      if (format === 'pptx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      else expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const manifest = manifestOf(project);
    expect(manifest.exports.map((e) => e.format)).toEqual(['pptx', 'pdf']);
    const snapshot = manifest.exports[0]!;
    const story = manifest.stories[0]!;
    expect(snapshot.viewIds).toEqual(story.slides.map((s) => s.viewId));
    expect(snapshot.privacy).toEqual({ pseudonymise: true, suppressBelow: 5 });
    expect(snapshot.sources.map((s) => s.fileHash).sort()).toEqual(manifest.sources.map((s) => s.fileHash).sort());
    expect(snapshot.pupilLevelSlides).toBe(1);
    expect(snapshot.fileName).toBe('verhaal.pptx');
  });

  it('refuses an unknown story by naming the ones there are, and an unknown format', async () => {
    const io = capture();
    expect(await runCli(['export-story', project, '--story', 'Bestaat niet', '--out', join(dir, 'x.pptx')], io)).toBe(2);
    expect(io.err).toContain('"Leerwinst wiskunde, eerste graad"');
    const docx = capture();
    expect(await runCli(['export-story', project, '--out', join(dir, 'x.docx')], docx)).toBe(2);
  });

  it('refuses a file that is not a project with the engine’s message, writing nothing', async () => {
    const notProject = join(dir, 'niet.werkbank');
    writeFileSync(notProject, 'geen project');
    const io = capture();
    expect(await runCli(['export-story', notProject, '--out', join(dir, 'y.pptx')], io)).toBe(1);
    expect(JSON.parse(io.err).error.code).toMatch(/^errors\.project\./);
  });
});
