import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAFE_PRIVACY } from '../../shared/model/story/privacy';
import { createEngine, type Engine } from './api';
import { apiCaller } from './testing/api-caller';

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
});
afterEach(() => engine.close());

const { ok, failsWith, failsWithRaw } = apiCaller(() => engine);

/** The demo's plain chart view (June per class): the one a PNG or SVG export records. */
async function demoChartView(): Promise<string> {
  const demo = await ok('project.demo');
  const view = demo.views.find((v) => !v.gain && !v.reference);
  if (!view) throw new Error('the demo has no plain chart view');
  return view.id;
}

describe('view.exported: the snapshot of a chart exported as an image', () => {
  it('records the safe choice when the picture says nothing about privacy (what the call recorded before)', async () => {
    const viewId = await demoChartView();
    const before = (await ok('project.get')).exports.length;
    const state = await ok('view.exported', { viewId, format: 'png', fileName: '/home/juf/Klas 1C.png' });
    expect(state.exports).toHaveLength(before + 1);
    expect(state.exports.at(-1)).toMatchObject({
      format: 'png',
      storyId: null,
      viewIds: [viewId],
      privacy: SAFE_PRIVACY,
      // A name, never a path.
      fileName: 'Klas 1C.png',
      pupilLevelSlides: 0,
      suppressedGroups: 0,
    });
    expect(state.exports.at(-1)!.sources.length).toBeGreaterThan(0);
  });

  it('records the choice the picture was made with, whether it showed pupils one by one, and the groups it left out', async () => {
    const viewId = await demoChartView();
    const named = await ok('view.exported', {
      viewId,
      format: 'svg',
      fileName: 'per leerling.svg',
      privacy: { pseudonymise: false, suppressBelow: 5 },
      pupilLevel: true,
      suppressedGroups: 1,
    });
    expect(named.exports.at(-1)).toMatchObject({
      format: 'svg',
      privacy: { pseudonymise: false, suppressBelow: 5 },
      fileName: 'per leerling.svg',
      pupilLevelSlides: 1,
      suppressedGroups: 1,
    });
    const all = await ok('view.exported', { viewId, format: 'png', fileName: 'alles.png', privacy: { pseudonymise: true, suppressBelow: null }, suppressedGroups: 0 });
    expect(all.exports.at(-1)).toMatchObject({ privacy: { pseudonymise: true, suppressBelow: null }, pupilLevelSlides: 0, suppressedGroups: 0 });
    // Each export is its own snapshot; the earlier ones stay as they were.
    expect(all.exports.slice(-2).map((e) => e.fileName)).toEqual(['per leerling.svg', 'alles.png']);
  });

  it('refuses an unknown view and a privacy choice or count the contract does not allow', async () => {
    const viewId = await demoChartView();
    await failsWith('view.exported', { viewId: 'v999', format: 'png', fileName: 'x.png' }, 'errors.view.unknown');
    await failsWithRaw('view.exported', { viewId, format: 'png', fileName: 'x.png', privacy: { pseudonymise: true, suppressBelow: 1 } }, 'errors.invalidRequest');
    await failsWithRaw('view.exported', { viewId, format: 'png', fileName: 'x.png', suppressedGroups: -1 }, 'errors.invalidRequest');
    await failsWithRaw('view.exported', { viewId, format: 'png', fileName: 'x.png', pupilLevel: 'ja' }, 'errors.invalidRequest');
  });
});
