import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { claimSingleInstance, createOpenQueue, findProjectFile } from './instance';

describe('project file on the command line', () => {
  const cwd = resolve('/home/juf');

  it('finds a .werkbank path and makes it absolute', () => {
    expect(findProjectFile(['/opt/werkbank/werkbank', 'Projecten/school.werkbank'], cwd)).toBe(
      resolve(cwd, 'Projecten/school.werkbank'),
    );
    expect(findProjectFile(['electron', 'dist/electron/main.cjs', '/data/Klas 3B.WERKBANK'], cwd)).toBe(
      resolve('/data/Klas 3B.WERKBANK'),
    );
  });

  it('accepts a file URL as Linux desktop files pass it', () => {
    const url = pathToFileURL(resolve('/data/Klas 3B.werkbank')).href;
    expect(findProjectFile(['werkbank', url], cwd)).toBe(resolve('/data/Klas 3B.werkbank'));
  });

  it('skips flags, other files and the executable', () => {
    expect(findProjectFile(['werkbank.werkbank'], cwd)).toBeNull();
    expect(findProjectFile(['app', '--demo', '--allow-file-access-from-files', 'data.xlsx'], cwd)).toBeNull();
    expect(findProjectFile(['app', '--open=x.werkbank'], cwd)).toBeNull();
    expect(findProjectFile(['app', 'school.werkbank.bak'], cwd)).toBeNull();
  });

  it('takes the last one when several are given', () => {
    expect(findProjectFile(['app', '/a.werkbank', '/b.werkbank'], cwd)).toBe(resolve('/b.werkbank'));
  });
});

describe('open queue', () => {
  it('holds files until the renderer is ready, then delivers in order', () => {
    const deliver = vi.fn();
    const queue = createOpenQueue(deliver);
    queue.open('/a.werkbank');
    queue.open('/b.werkbank');
    expect(deliver).not.toHaveBeenCalled();
    queue.ready();
    expect(deliver.mock.calls).toEqual([['/a.werkbank'], ['/b.werkbank']]);
    queue.open('/c.werkbank');
    queue.ready(); // a reload does not deliver again
    expect(deliver.mock.calls).toEqual([['/a.werkbank'], ['/b.werkbank'], ['/c.werkbank']]);
  });
});

describe('single instance', () => {
  function fakeApp(locked: boolean) {
    const app = Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => locked });
    return app as typeof app & Pick<App, 'requestSingleInstanceLock' | 'on'>;
  }

  it('forwards a second instance argv to the first', () => {
    const app = fakeApp(true);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(true);
    app.emit('second-instance', {}, ['app', 'x.werkbank'], '/home/juf');
    expect(onSecond).toHaveBeenCalledWith(['app', 'x.werkbank'], '/home/juf');
  });

  it('reports that another instance holds the lock', () => {
    const app = fakeApp(false);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});
