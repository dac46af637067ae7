import type { CliIo } from './cli';

/** The CLI's output captured in memory, for the CLI's tests. */
export function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}
