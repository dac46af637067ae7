import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../api';
import { apiCaller } from '../testing/api-caller';

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
});
afterEach(() => engine.close());

const { ok, failsWithRaw } = apiCaller(() => engine);

describe('the project’s privacy settings', () => {
  it('k defaults to 5, is set, saved and read back; codes survive saving and opening', async () => {
    await ok('project.demo');
    expect(await ok('privacy.settings', {})).toEqual({ k: 5 });
    const set = await ok('privacy.setK', { k: 8 });
    expect(set.k).toBe(8);
    expect(set.state.dirty).toBe(true);
    await failsWithRaw('privacy.setK', { k: 1 }, 'errors.invalidRequest');

    const names = ['Jana Peeters', 'Tom Claes', 'jana  peeters'];
    const { codes } = await ok('privacy.pseudonyms', { role: 'pupil', names });
    expect(codes[0]).toMatch(/^LL-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(codes[2]).toBe(codes[0]);
    expect(codes[1]).not.toBe(codes[0]);
    const teachers = await ok('privacy.pseudonyms', { role: 'teacher', names: ['Jana Peeters'] });
    expect(teachers.codes[0]).toMatch(/^LK-/);

    const { file } = await ok('project.save', { fileId: null });
    await ok('project.new');
    // Another project has another key: other codes for the same names.
    expect((await ok('privacy.pseudonyms', { role: 'pupil', names })).codes[0]).not.toBe(codes[0]);
    expect(await ok('privacy.settings', {})).toEqual({ k: 5 });
    await ok('project.open', { fileId: file.fileId });
    expect(await ok('privacy.settings', {})).toEqual({ k: 8 });
    expect((await ok('privacy.pseudonyms', { role: 'pupil', names: ['Tom Claes'] })).codes).toEqual([codes[1]]);
  });

  it('records a presentation that revealed names in the export log', async () => {
    const demo = await ok('project.demo');
    const story = demo.stories[0]!;
    const state = await ok('privacy.revealed', { storyId: story.id, privacy: { pseudonymise: false, suppressBelow: 5 } });
    const entry = state.exports.at(-1)!;
    expect(entry).toMatchObject({ format: 'present', storyId: story.id, privacy: { pseudonymise: false, suppressBelow: 5 } });
    expect(entry.viewIds.sort()).toEqual([...new Set(story.slides.map((s) => s.viewId))].sort());
  });
});
