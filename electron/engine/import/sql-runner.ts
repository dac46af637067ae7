import type { Session } from '../db/session';
import type { SqlRunner } from './stage/types';

/** The engine session as the import pipeline sees it. */
export function sqlRunner(session: Session): SqlRunner {
  return {
    run: (sql, options) => (options ? session.runWithProgress(sql, options) : session.run(sql)),
    rows: (sql) => session.queryRaw(sql) as Promise<unknown[][]>,
  };
}
