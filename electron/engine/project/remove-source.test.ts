import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import { Session } from '../db/session';
import { computeDeck } from '../story/deck';
import { buildDemo } from './demo';
import { dependentsOf, removeWithDependents } from './remove-source';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

/** Found the other way: a view or recipe names the source id somewhere in its JSON. */
const mentions = (value: unknown, id: string) => JSON.stringify(value).includes(`"${id}"`);

describe('removing a source with everything derived from it', () => {
  it('names what goes, then removes the source, its views, their slides and links, and the recipe reading it', async () => {
    const ws = await buildDemo(session);
    const source = ws.sources.at(-1)!;
    const viewsBefore = ws.views.filter((v) => mentions(v.recipe, source.id) || mentions(v.survey ?? null, source.id));
    expect(viewsBefore.length).toBeGreaterThan(0);
    const gone = new Set(viewsBefore.map((v) => v.id));
    const slidesBefore = ws.stories.flatMap((s) => s.slides).filter((slide) => gone.has(slide.viewId)).length;
    expect(slidesBefore).toBeGreaterThan(0);

    const dependents = dependentsOf(ws, source.id);
    expect(dependents.views.map((v) => v.id).sort()).toEqual([...gone].sort());
    expect(dependents.recipe).toBe(mentions(ws.recipe, source.id));
    expect(dependents.slides.reduce((n, s) => n + s.count, 0)).toBe(slidesBefore);

    // Without the choice it is refused, and nothing changes.
    const views = ws.views.length;
    const error = await ws.removeSource(source.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WerkbankError);
    expect((error as WerkbankError).code).toBe('errors.source.inUse');
    expect(ws.views).toHaveLength(views);

    await removeWithDependents(ws, source.id);
    expect(ws.sources.map((s) => s.id)).not.toContain(source.id);
    expect(ws.views).toHaveLength(views - gone.size);
    expect(ws.views.some((v) => mentions(v.recipe, source.id))).toBe(false);
    expect(mentions(ws.recipe, source.id)).toBe(false);
    const ids = new Set(ws.views.map((v) => v.id));
    for (const story of ws.stories) {
      for (const slide of story.slides) expect(ids.has(slide.viewId)).toBe(true);
      for (const h of story.hypotheses) for (const id of h.viewIds) expect(ids.has(id)).toBe(true);
    }
    // What is left still computes: every story's deck.
    for (const story of ws.stories) await computeDeck(ws, story.id, { pseudonymise: true, suppressBelow: 5 }, 'nl-BE');
    expect(ws.dirty).toBe(true);
    await ws.dispose();
  });

  it('an unknown source is refused', async () => {
    const ws = await buildDemo(session);
    expect(() => dependentsOf(ws, 's99')).toThrow(WerkbankError);
    await expect(removeWithDependents(ws, 's99')).rejects.toBeInstanceOf(WerkbankError);
    await ws.dispose();
  });
});
