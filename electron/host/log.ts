/**
 * Reports an unexpected failure on stderr. Only the error's kind and where it happened are
 * printed: messages can quote pupil data, so they stay out of the log.
 */
export function logInternalError(where: string, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)) : [];
  process.stderr.write(`[werkbank host] internal error in ${where}: ${kind}\n${frames.slice(0, 5).join('\n')}\n`);
}
