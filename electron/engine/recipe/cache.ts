import type { RecipeResult } from '../../../shared/model/project';
import type { Recipe } from '../../../shared/model/recipe';
import type { ColumnInfo } from '../../../shared/model/table';
import type { Session } from '../db/session';
import { ident } from '../db/sql';
import { type CompiledRecipe, finalStep, withCtes } from './compile';

/** A recipe's result rows as a DuckDB table. */
export interface Materialized {
  table: string;
  columns: ColumnInfo[];
  /** Hidden columns holding the original row order, most significant first. */
  orderColumns: string[];
  rowCount: number;
}

/** How many recipe results stay materialised: the current one, plus a few the renderer previews. */
const KEEP_TABLES = 3;
const KEEP_RESULTS = 16;

/**
 * Recent recipe results, kept so that scrolling, sorting and charts do not re-run the joins:
 * the result rows as a table, and the step reports. Keyed by the recipe's JSON; cleared when
 * a source changes.
 */
export class ResultCache {
  private readonly tables = new Map<string, Promise<Materialized>>();
  private readonly results = new Map<string, Promise<RecipeResult>>();
  private counter = 0;

  constructor(
    private readonly session: Session,
    private readonly prefix: string,
  ) {}

  async table(recipe: Recipe, compiled: CompiledRecipe): Promise<Materialized> {
    const key = JSON.stringify(recipe);
    const cached = touch(this.tables, key);
    if (cached) return cached;
    this.counter += 1;
    const table = `${this.prefix}result${this.counter}`;
    const last = finalStep(compiled);
    const entry = (async (): Promise<Materialized> => {
      const select = withCtes(compiled, `SELECT * FROM ${last.cte}`);
      await this.session.run({ sql: `CREATE TABLE ${ident(table)} AS ${select.sql}`, params: select.params });
      const count = await this.session.query(`SELECT count(*) FROM ${ident(table)}`);
      return { table, columns: last.columns, orderColumns: compiled.orderColumns, rowCount: Number(count.rows[0]![0]) };
    })();
    this.tables.set(key, entry);
    entry.catch(() => this.tables.delete(key));
    await this.evict();
    return entry;
  }

  result(recipe: Recipe, compute: () => Promise<RecipeResult>): Promise<RecipeResult> {
    const key = JSON.stringify(recipe);
    const cached = touch(this.results, key);
    if (cached) return cached;
    const entry = compute();
    this.results.set(key, entry);
    entry.catch(() => this.results.delete(key));
    while (this.results.size > KEEP_RESULTS) this.results.delete(this.results.keys().next().value!);
    return entry;
  }

  async clear(): Promise<void> {
    const tables = [...this.tables.values()];
    this.tables.clear();
    this.results.clear();
    for (const entry of tables) await this.drop(entry);
  }

  private async evict(): Promise<void> {
    while (this.tables.size > KEEP_TABLES) {
      const [oldest, entry] = this.tables.entries().next().value!;
      this.tables.delete(oldest);
      await this.drop(entry);
    }
  }

  private async drop(entry: Promise<Materialized>): Promise<void> {
    const m = await entry.catch(() => null);
    if (m) await this.session.run(`DROP TABLE IF EXISTS ${ident(m.table)}`);
  }
}

/** Gets a map entry and marks it most recently used (Maps iterate in insertion order). */
function touch<V>(map: Map<string, V>, key: string): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}
