import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import type { ExportSnapshot } from '../../../shared/model/story/snapshot';
import { Session } from '../db/session';
import { createTempRoot, type TempRoot } from '../infra/temp-root';
import { buildDemo } from './demo';
import type { Project } from './project';
import { deleteStory, nextStory, recordExport, saveRok, saveStory } from './stories';
import { openProject, saveProject } from './store';
import { deleteView, duplicateView, moveView } from './views';

let session: Session;
let root: TempRoot;
beforeAll(async () => {
  session = await Session.create();
  root = await createTempRoot();
});
afterAll(async () => {
  session.close();
  await root.dispose();
});

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof WerkbankError ? error.code : String(error);
  }
}

async function withDemo(body: (ws: Project) => Promise<void> | void): Promise<void> {
  const ws = await buildDemo(session);
  try {
    await body(ws);
  } finally {
    await ws.dispose();
  }
}

describe('stories in the project', () => {
  it('saves a new story under the next id, replaces it under the same id, and refuses views that do not exist', () =>
    withDemo((ws) => {
      const first = ws.stories[0]!;
      const added = saveStory(ws, { title: 'Tweede verhaal', question: 'Waarom?', slides: [{ id: 's1', viewId: 'v2', section: 'data' }] });
      expect(added.id).toBe('st2');
      expect(added.slides[0]).toMatchObject({ notes: '', interpretation: '', alternative: '' });
      const edited = saveStory(ws, { ...added, question: 'Waarom wel?' });
      expect(edited.id).toBe('st2');
      expect(edited.createdAt).toBe(added.createdAt);
      expect(ws.stories.map((s) => s.question)).toEqual([first.question, 'Waarom wel?']);

      expect(codeOf(() => saveStory(ws, { title: 'X', slides: [{ id: 's1', viewId: 'v99', section: 'data' }] }))).toBe('errors.view.unknown');
      expect(codeOf(() => saveStory(ws, { title: 'X', hypotheses: [{ id: 'h1', text: 'h', viewIds: ['v42'] }] }))).toBe('errors.view.unknown');
      const twice = { id: 's1', viewId: 'v1', section: 'data' as const };
      expect(codeOf(() => saveStory(ws, { title: 'X', slides: [twice, twice] }))).toBe('errors.story.duplicateItem');
      expect(codeOf(() => saveStory(ws, { id: 'st9', title: 'X' }))).toBe('errors.story.unknown');
      expect(codeOf(() => saveStory(ws, { title: 'X\u202e' }))).not.toBeNull();
      expect(ws.stories).toHaveLength(2);

      deleteStory(ws, 'st2');
      expect(ws.stories.map((s) => s.id)).toEqual([first.id]);
    }));

  it('refuses to delete a view that a story shows, and names the story', () =>
    withDemo((ws) => {
      const shown = ws.stories[0]!.slides[0]!.viewId;
      expect(codeOf(() => deleteView(ws, shown))).toBe('errors.story.viewInUse');
      expect(ws.views.some((v) => v.id === shown)).toBe(true);
    }));

  it('starts the next measurement with the leervraag, the hypotheses open again and the actions not yet done', () =>
    withDemo((ws) => {
      const previous = ws.stories[0]!;
      const open = previous.actions.filter((a) => a.status !== 'done' && a.status !== 'dropped');
      saveStory(ws, { ...previous, actions: previous.actions.map((a, i) => (i === 0 ? { ...a, status: 'done' as const } : a)) });
      const next = nextStory(ws, previous.id, 'Leerwinst wiskunde, juni 2027');
      expect(next.question).toBe(previous.question);
      expect(next.slides).toEqual([]);
      expect(next.hypotheses.every((h) => h.status === 'open')).toBe(true);
      expect(next.actions.map((a) => a.id)).toEqual(open.slice(1).map((a) => a.id));
      expect(next.actions.every((a) => a.carriedFrom === previous.id)).toBe(true);
    }));

  it('duplicates a view right after it with a unique title, and moves views', () =>
    withDemo((ws) => {
      const before = ws.views.map((v) => v.id);
      const copy = duplicateView(ws, 'v1', 'kopie');
      const again = duplicateView(ws, 'v1', 'kopie');
      expect(copy.title).toBe(`${ws.views[0]!.title} (kopie)`);
      expect(again.title).toBe(`${ws.views[0]!.title} (kopie 2)`);
      expect(ws.views.map((v) => v.id)).toEqual([before[0], again.id, copy.id, ...before.slice(1)]);
      expect(copy.design).toEqual(ws.views[0]!.design);
      moveView(ws, 'v1', 99);
      expect(ws.views.at(-1)!.id).toBe('v1');
      moveView(ws, 'v1', 0);
      expect(ws.views[0]!.id).toBe('v1');
      expect(codeOf(() => moveView(ws, 'v77', 0))).toBe('errors.view.unknown');
    }));
});

describe('stories in the .werkbank file', () => {
  it('keep their story, snapshots and ROK titles through a save and an open', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'werkbank-stories-'));
    try {
      await withDemo(async (ws) => {
        const snapshot: ExportSnapshot = {
          at: '2026-12-07T10:00:00.000Z',
          format: 'pptx',
          storyId: 'st1',
          viewIds: ['v1'],
          sources: ws.sources.map((s) => ({ id: s.id, name: s.name, fileHash: s.fileHash })),
          privacy: { pseudonymise: true, suppressBelow: 5 },
          fileName: 'verhaal.pptx',
          pupilLevelSlides: 1,
          suppressedGroups: 0,
        };
        recordExport(ws, snapshot);
        saveRok(ws, [{ code: 'R3', rubric: 'results', title: 'Leerwinst (eigen titel)' }]);
        const path = join(dir, 'demo.werkbank');
        await saveProject(ws, path, { appVersion: 'test', tempRoot: root });
        const opened = await openProject(session, path, 'demo.werkbank', root.dir);
        try {
          const state = await opened.state();
          expect(state.stories).toEqual(ws.stories);
          expect(state.exports).toEqual([snapshot]);
          expect(state.rok).toEqual([{ code: 'R3', rubric: 'results', title: 'Leerwinst (eigen titel)' }]);
          expect(state.rokEdited).toBe(true);
          expect(state.views.map((v) => v.design)).toEqual(ws.views.map((v) => v.design));
        } finally {
          await opened.dispose();
        }

        // A file written before stories existed (format 1: no stories, exports or rok) opens with none.
        const zip = unzipSync(new Uint8Array(await readFile(path)));
        const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as Record<string, unknown>;
        const { stories: _s, exports: _e, rok: _r, ...v1 } = manifest;
        void _s;
        void _e;
        void _r;
        zip['manifest.json'] = strToU8(JSON.stringify({ ...v1, formatVersion: 1, views: (v1.views as object[]).slice(0, 2) }));
        const old = join(dir, 'old.werkbank');
        await writeFile(old, zipSync(zip));
        const reopened = await openProject(session, old, 'old.werkbank', root.dir);
        const state = await reopened.state();
        expect(state.stories).toEqual([]);
        expect(state.exports).toEqual([]);
        expect(state.rokEdited).toBe(false);
        expect(state.rok.find((e) => e.code === 'R3')?.title).toBe('Maximale leerwinst');
        await reopened.dispose();

        // A story naming a view the file does not hold is a damaged file: refused, nothing loaded.
        const broken = { ...manifest, views: (manifest.views as object[]).slice(0, 1) };
        zip['manifest.json'] = strToU8(JSON.stringify(broken));
        const bad = join(dir, 'bad.werkbank');
        await writeFile(bad, zipSync(zip));
        await expect(openProject(session, bad, 'bad.werkbank', root.dir)).rejects.toMatchObject({ code: expect.stringMatching(/^errors\.project\./) });
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
