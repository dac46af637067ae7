import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The sample files live beside the repository (`<repo>/../shared/samples`), read-only.
 * Resolved from this file, so the tests do not depend on where the repo is cloned.
 */
const SAMPLES = new URL('../../../../../shared/samples/', import.meta.url);

export function samplePath(name: string): string {
  return fileURLToPath(new URL(name, SAMPLES));
}

/**
 * The school feedback dashboard read by hand, apart from the import (BOM, `;`, decimal comma):
 * `[component, group, mean, n]` per row, for the reference comparison's tests.
 */
export function dashboardByHand(): [string, string, number, number][] {
  const text = readFileSync(samplePath('schoolfeedback-dashboard.csv'), 'utf8').replace(/^\uFEFF/, '');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [c, g, mean, n] = line.split(';');
      return [c!, g!, Number(mean!.replace(',', '.')), Number(n)];
    });
}

/** expected.json: figures computed independently from the same data. */
export function expected(): Expected {
  return JSON.parse(readFileSync(samplePath('expected.json'), 'utf8')) as Expected;
}

export interface Expected {
  lvs: {
    sheet: string;
    header_row: number;
    data_rows_including_duplicate: number;
    columns: string[];
    sample_records: Array<{ id: string; naam: string; voornaam: string; klas: string; geboortedatum: string }>;
  };
  sept: { encoding: string; delimiter: string; rows: number; absent: number; max: number };
  juni: { rows: number };
  vt: { sheets: string[]; rows: Record<string, number> };
  survey: { respondents: number };
  survey_items: Record<string, { n: number }>;
}
