import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import type { ChartPatch } from './pptx-chart';

/**
 * The repairs pptxgenjs 4.0.1's output needs before PowerPoint opens it without a "repair"
 * prompt and before its charts hold exactly the figures given. Each is a known, reported bug of
 * the library (the issue numbers are gitbrent/PptxGenJS's); the fix is on the XML because
 * pptxgenjs has no option that avoids them:
 *
 * - #1534: every 2-D bar and line chart names a third axis (`c:axId` 2094734556) that no `c:serAx`
 *   declares: PowerPoint repairs the file. The dangling reference is dropped.
 * - #514: a missing value is written as an empty cached point (`<c:v></c:v>`), which is not a
 *   number; PowerPoint reads it as the next value or zero instead of a gap. The point is left out,
 *   as PowerPoint itself writes a gap.
 * - #1331 / #1430: the embedded workbook writes a zero as an empty cell (and a missing value as an
 *   empty `<v>`), so "Edit data" turns zeros into gaps. The sheet's value cells are rewritten from
 *   the figures.
 * - #1531: the workbook's table range ends in a stray apostrophe (`ref="A1:C4'"`).
 * - Schema order (CT_LineSer, CT_BarSer, CT_ValAx): line series carry `c:invertIfNegative` (a bar
 *   element), series data labels come before the markers and data points they must follow, a
 *   line chart lacks its required `c:grouping`, and a scatter chart's x axis (a `c:valAx`) carries
 *   category-axis elements and lacks `c:crossBetween`.
 *
 * - #1444: `[Content_Types].xml` declares a slide master per slide (`slideMaster2.xml` …) where
 *   there is one; PowerPoint repairs the package. Declarations of parts that do not exist go.
 *
 * And one for readers of the speaker notes: pptxgenjs writes the notes as one run, new lines
 * included, which PowerPoint shows as one paragraph; they become paragraphs.
 */

const AXES = /<c:(?:catAx|valAx|dateAx|serAx)>\s*<c:axId val="(\d+)"\/>/g;

function dropOrphanAxes(xml: string): string {
  const declared = new Set([...xml.matchAll(AXES)].map((m) => m[1]!));
  // Group-level references: an `<c:axId>` not directly opening an axis declaration.
  return xml.replace(/(<c:(?:catAx|valAx|dateAx|serAx)>\s*)?<c:axId val="(\d+)"\/>/g, (all, opening: string | undefined, id: string) =>
    opening !== undefined || declared.has(id) ? all : '',
  );
}

function dropEmptyPoints(xml: string): string {
  return xml.replace(/<c:pt idx="\d+">\s*<c:v>\s*<\/c:v>\s*<\/c:pt>/g, '');
}

/** One series in schema order, with the highlighted category's data points inserted. */
function fixSeries(ser: string, line: boolean, dataPoints: string | undefined): string {
  let out = line ? ser.replace(/<c:invertIfNegative val="\d"\/>/, '') : ser;
  const labels = /<c:dLbls>[\s\S]*?<\/c:dLbls>/.exec(out)?.[0] ?? '';
  if (labels !== '') out = out.replace(labels, '');
  const before = /<c:(?:cat|xVal)>/.exec(out);
  if (before === null) return ser;
  return `${out.slice(0, before.index)}${dataPoints ?? ''}${labels}${out.slice(before.index)}`;
}

function fixChartGroups(xml: string, patch: ChartPatch): string {
  let index = 0;
  return xml.replace(/<c:(barChart|lineChart|scatterChart)>([\s\S]*?)<\/c:\1>/g, (_, type: string, body: string) => {
    const line = type === 'lineChart';
    let fixed = body.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => fixSeries(ser, line, patch.dataPoints?.[index++]));
    if (line && !fixed.includes('<c:grouping ')) fixed = `<c:grouping val="standard"/>${fixed}`;
    return `<c:${type}>${fixed}</c:${type}>`;
  });
}

/** A scatter's x axis is written by the category-axis code: its `c:valAx` gets the value axis's elements only. */
function fixScatterAxes(xml: string): string {
  if (!xml.includes('<c:scatterChart>')) return xml;
  return xml.replace(/<c:valAx>[\s\S]*?<\/c:valAx>/g, (axis) => {
    let out = axis.replace(/\s*<c:(?:auto|lblAlgn|noMultiLvlLbl|tickLblSkip)\s+val="[^"]*"\/>/g, '');
    if (!out.includes('<c:crossBetween')) out = out.replace(/(<c:crosses(?:At)? val="[^"]*"\/>)/, '$1<c:crossBetween val="midCat"/>');
    return out;
  });
}

export function fixChartXml(xml: string, patch: ChartPatch): string {
  return fixScatterAxes(fixChartGroups(dropEmptyPoints(dropOrphanAxes(xml)), patch));
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);
}

/** The sheet's value cells written from the figures: a zero as 0, a missing value as no value. */
export function fixSheetXml(xml: string, columns: ChartPatch['columns']): string {
  return xml.replace(/<c r="([A-Z]+)(\d+)"(\s+t="s")?>(?:<v>[^<]*<\/v>)?<\/c>/g, (cell, col: string, row: string, shared?: string) => {
    const values = columns.get(columnIndex(col));
    const r = Number(row);
    if (shared !== undefined || values === undefined || r < 2) return cell;
    const value = values[r - 2];
    return typeof value === 'number' && Number.isFinite(value) ? `<c r="${col}${row}"><v>${value}</v></c>` : `<c r="${col}${row}"/>`;
  });
}

function fixWorkbook(bytes: Uint8Array, columns: ChartPatch['columns']): Unzipped[string] {
  const files = unzipSync(bytes);
  const sheet = files['xl/worksheets/sheet1.xml'];
  if (sheet) files['xl/worksheets/sheet1.xml'] = strToU8(fixSheetXml(strFromU8(sheet), columns));
  const table = files['xl/tables/table1.xml'];
  if (table) files['xl/tables/table1.xml'] = strToU8(strFromU8(table).replace(/ref="([A-Z]+\d+:[A-Z]+\d+)'"/, 'ref="$1"'));
  // fflate types its output over any buffer; it is a plain Uint8Array, as its input entries are.
  return zipSync(withoutFolders(files), { level: 6 }) as Unzipped[string];
}

/** Speaker notes: a paragraph per line; the text's language the export's. */
export function fixNotesXml(xml: string, lang: string): string {
  return xml
    .replace(/<a:t>([^<]*\n[^<]*)<\/a:t>/g, (_, text: string) =>
      `<a:t>${text
        .split(/\r?\n/)
        .join(`</a:t></a:r></a:p><a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>`)}</a:t>`,
    )
    .replace(/lang="en-US"/g, `lang="${lang}"`);
}

/** Content types declared only for parts the package holds. */
export function fixContentTypes(xml: string, files: Unzipped): string {
  return xml.replace(/\s*<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, part: string) => (files[part] ? override : ''));
}

/** fflate lists folders as empty entries; a package has none. */
function withoutFolders(files: Unzipped): Unzipped {
  return Object.fromEntries(Object.entries(files).filter(([name]) => !name.endsWith('/')));
}

const chartNumber = (name: string) => Number(/chart(\d+)\.xml$/.exec(name)?.[1] ?? 0);

/** The chart's embedded workbook, from the chart's relationships. */
function workbookOf(files: Unzipped, chart: string): string | null {
  const rels = files[chart.replace(/charts\/(chart\d+\.xml)$/, 'charts/_rels/$1.rels')];
  const target = rels ? /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(strFromU8(rels))?.[1] : undefined;
  return target === undefined ? null : `ppt/embeddings/${target}`;
}

/**
 * The package with its repairs. `patches` are in the order the charts were added: pptxgenjs numbers
 * chart parts by a counter that only grows (across presentations too), so the order of the part
 * numbers is the order of adding.
 */
export function finishPackage(bytes: Uint8Array, patches: readonly ChartPatch[], lang: string): Uint8Array {
  const files = withoutFolders(unzipSync(bytes));
  const charts = Object.keys(files)
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => chartNumber(a) - chartNumber(b));
  if (charts.length !== patches.length) throw new Error(`pptx: ${charts.length} chart parts for ${patches.length} charts`);
  charts.forEach((name, i) => {
    const patch = patches[i]!;
    files[name] = strToU8(fixChartXml(strFromU8(files[name]!), patch));
    const workbook = workbookOf(files, name);
    if (workbook !== null && files[workbook]) files[workbook] = fixWorkbook(files[workbook]!, patch.columns);
  });
  for (const name of Object.keys(files)) {
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) files[name] = strToU8(fixNotesXml(strFromU8(files[name]!), lang));
  }
  const types = files['[Content_Types].xml'];
  if (types) files['[Content_Types].xml'] = strToU8(fixContentTypes(strFromU8(types), files));
  return zipSync(files, { level: 6 });
}
