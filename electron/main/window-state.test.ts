import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeWindow, readWindowState, saveWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const projector = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('the window’s remembered size and place', () => {
  it('is used when it lies on a screen, its size held between the minimum and the screen', () => {
    expect(placeWindow({ x: 40, y: 30, width: 1200, height: 700, maximized: false }, [laptop])).toEqual({ x: 40, y: 30, width: 1200, height: 700, maximized: false });
    expect(placeWindow({ x: 10, y: 10, width: 400, height: 200, maximized: true }, [laptop])).toEqual({ x: 10, y: 10, width: 960, height: 600, maximized: true });
    expect(placeWindow({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [laptop])).toMatchObject({ width: 1366, height: 728 });
  });

  it('is dropped when its screen is gone (the projector unplugged) or it is not ours', () => {
    const onProjector = { x: 1500, y: 100, width: 1200, height: 800, maximized: false };
    expect(placeWindow(onProjector, [laptop, projector])).toMatchObject({ x: 1500 });
    expect(placeWindow(onProjector, [laptop])).toBeNull();
    // Only a sliver (50 px) left on the laptop: not enough to grab it.
    expect(placeWindow({ x: 1316, y: 0, width: 1000, height: 700, maximized: false }, [laptop])).toBeNull();
    for (const junk of [null, 'x', {}, { x: 'a', y: 0, width: 1, height: 1, maximized: false }, { x: 0, y: 0, width: NaN, height: 1, maximized: false }, { x: 0, y: 0, width: 1e9, height: 1, maximized: false }]) {
      expect(placeWindow(junk, [laptop])).toBeNull();
    }
  });

  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it('is written whole and read back; a damaged file reads as nothing', async () => {
    dir = mkdtempSync(join(tmpdir(), 'werkbank-window-'));
    const file = join(dir, 'sub', 'window.json');
    await saveWindowState(file, { getNormalBounds: () => ({ x: 5, y: 6, width: 1100, height: 650 }), isMaximized: () => true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 5, y: 6, width: 1100, height: 650, maximized: true });
    expect(await readWindowState(file)).toEqual({ x: 5, y: 6, width: 1100, height: 650, maximized: true });
    writeFileSync(file, '{"x": 1,');
    expect(await readWindowState(file)).toBeNull();
    expect(await readWindowState(join(dir, 'missing.json'))).toBeNull();
  });
});
