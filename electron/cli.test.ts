import { describe, expect, it } from 'vitest';
import { InspectResult } from '../shared/model/source';
import { runCli, type CliIo } from './cli';
import { expected, samplePath } from './engine/import/testing/samples';

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}

describe('cli inspect', () => {
  it('prints the InspectResult of the September test as JSON', async () => {
    const io = capture();
    expect(await runCli(['inspect', samplePath('toets-wiskunde-sept.csv')], io)).toBe(0);
    expect(io.err).toBe('');
    const result = InspectResult.parse(JSON.parse(io.out));
    expect(result.rowCount).toBe(expected().sept.rows);
    expect(result.encoding).toBe('windows-1252');
    expect(result.columns.find((c) => c.name === 'Score (/40)')?.missing).toBe(expected().sept.absent);
  });

  it('passes --sheet and --header-row to the importer', async () => {
    const io = capture();
    const code = await runCli(
      ['inspect', samplePath('vlaamse-toetsen-overzicht.xlsx'), '--sheet', 'Nederlands lezen', '--header-row', '2'],
      io,
    );
    expect(code).toBe(0);
    const result = InspectResult.parse(JSON.parse(io.out));
    expect([result.sheet, result.headerRow, result.rowCount]).toEqual(['Nederlands lezen', 2, expected().vt.rows['Nederlands lezen']]);
  });

  it('reports a missing file as a JSON error with a Dutch message on stderr, exit 1', async () => {
    const io = capture();
    expect(await runCli(['inspect', samplePath('bestaat-niet.csv')], io)).toBe(1);
    expect(io.out).toBe('');
    const { error } = JSON.parse(io.err) as { error: { code: string; params: Record<string, unknown>; message: string } };
    expect(error.code).toBe('errors.import.fileNotFound');
    expect(error.params).toEqual({ file: 'bestaat-niet.csv' });
    expect(error.message).toBe('Het bestand bestaat-niet.csv werd niet gevonden.');
  });

  it.each([[[]], [['inspect']], [['inspect', 'a.csv', '--header-row', 'nul']], [['inspect', 'a.csv', '--nope']], [['verwijder']]])(
    'exits 2 with the usage text for %j',
    async (argv) => {
      const io = capture();
      expect(await runCli(argv, io)).toBe(2);
      expect(io.err).toContain('Usage:');
      expect(io.out).toBe('');
    },
  );
});
