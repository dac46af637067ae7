import { WerkbankError } from '../../../shared/api/errors';
import { foldLabel, wordingsOf } from '../../../shared/model/analysis/agreement';
import { guessCodebook, parseItemHeader } from '../../../shared/model/analysis/survey-guess';
import {
  type Codebook,
  type CodebookItem,
  type FlagRule,
  type ItemFigures,
  type LinkFigures,
  type ObservationFigures,
  type ObservationResult,
  quadrantOf,
  type SurveyAnalysis,
  type SurveyMomentResult,
  type SurveyResult,
} from '../../../shared/model/analysis/survey';
import type { Message } from '../../../shared/model/message';
import type { Recipe } from '../../../shared/model/recipe';
import type { ColumnInfo } from '../../../shared/model/table';
import type { Session } from '../db/session';
import { ident, str } from '../db/sql';
import type { Materialized } from '../recipe/cache';

/**
 * The staff survey and the lesson observations (shared/model/analysis/survey.ts), computed in
 * DuckDB: per item n, mean, SD (n − 1), answers per label, `Weet niet` apart, the flag; the
 * axes as the mean of item means; observations per element and building block. Tables are read
 * one at a time (`load` materialises a recipe's result), and no respondent's row leaves here.
 */

const NUMERIC = new Set(['integer', 'decimal']);

function columnFor(columns: ColumnInfo[], item: CodebookItem): ColumnInfo | null {
  const lower = item.column.toLowerCase();
  return (
    columns.find((c) => c.name === item.column) ??
    columns.find((c) => c.name.toLowerCase() === lower) ??
    // Another moment's export may word the question differently: the code still finds it.
    columns.find((c) => {
      const parsed = parseItemHeader(c.name);
      return parsed !== null && `${parsed.prefix}${parsed.number}` === item.code.toUpperCase();
    }) ??
    null
  );
}

function flagOf(mean: number | null, sd: number | null, rule: FlagRule): Array<'mean' | 'sd'> {
  const reasons: Array<'mean' | 'sd'> = [];
  if (mean !== null && mean < rule.meanBelow) reasons.push('mean');
  if (sd !== null && sd >= rule.sdAtLeast) reasons.push('sd');
  return reasons;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number.isFinite(Number(v)) ? Number(v) : null);

/**
 * An item's score as SQL (1 … k, reverse-coded where the codebook says so) and its class:
 * 's' a score, 'd' don't know, 'e' empty, 'u' an answer the scale does not know.
 */
function itemSql(column: ColumnInfo, item: CodebookItem, codebook: Codebook): { score: string; kind: string } {
  const k = codebook.scale.labels.length;
  const c = ident(column.name);
  let raw: string;
  let kind: string;
  if (NUMERIC.has(column.type)) {
    raw = `CASE WHEN ${c} BETWEEN 1 AND ${k} THEN CAST(${c} AS DOUBLE) END`;
    kind = `CASE WHEN ${c} IS NULL THEN 'e' WHEN ${c} BETWEEN 1 AND ${k} THEN 's' ELSE 'u' END`;
  } else {
    const t = `lower(regexp_replace(trim(CAST(${c} AS VARCHAR)), '\\s+', ' ', 'g'))`;
    // Each point in every wording the scale has (the agreement scale's: agreement.ts), and as
    // `1 - Helemaal oneens` where the number is the point's.
    const wordings = wordingsOf(codebook.scale.labels);
    const labels = wordings.flatMap((words, i) => words.map((w) => `WHEN ${t} = ${str(foldLabel(w))} THEN ${i + 1}`)).join(' ');
    const number = `TRY_CAST(regexp_extract(${t}, '^(\\d{1,2}) ?[-.):] ?', 1) AS DOUBLE)`;
    const rest = `regexp_replace(${t}, '^\\d{1,2} ?[-.):] ?', '')`;
    const numbered = wordings.flatMap((words, i) => words.map((w) => `WHEN ${number} = ${i + 1} AND ${rest} = ${str(foldLabel(w))} THEN ${i + 1}`)).join(' ');
    const numbers = `WHEN TRY_CAST(${t} AS DOUBLE) BETWEEN 1 AND ${k} THEN TRY_CAST(${t} AS DOUBLE)`;
    raw = `CASE ${labels} ${numbers} ${numbered} END`;
    const dk = codebook.scale.dontKnow.map((l) => str(foldLabel(l))).join(', ');
    kind = `CASE WHEN ${c} IS NULL OR ${t} = '' THEN 'e' WHEN (${raw}) IS NOT NULL THEN 's'${dk ? ` WHEN ${t} IN (${dk}) THEN 'd'` : ''} ELSE 'u' END`;
  }
  const score = item.reverse ? `(${k + 1} - (${raw}))` : `(${raw})`;
  return { score, kind };
}

async function momentFigures(
  session: Session,
  table: Materialized,
  label: string,
  codebook: Codebook,
  analysis: SurveyAnalysis,
): Promise<SurveyMomentResult> {
  const k = codebook.scale.labels.length;
  const present: { item: CodebookItem; column: ColumnInfo }[] = [];
  const missingItems: string[] = [];
  for (const item of codebook.items) {
    const column = columnFor(table.columns, item);
    if (column) present.push({ item, column });
    else missingItems.push(item.code);
  }
  const scored = present.map(({ item, column }, i) => {
    const sql = itemSql(column, item, codebook);
    return `${sql.score} AS v${i}, ${sql.kind} AS k${i}`;
  });
  const group = analysis.groupBy ? table.columns.find((c) => c.name.toLowerCase() === analysis.groupBy!.toLowerCase()) : undefined;
  if (analysis.groupBy && !group) throw new WerkbankError('errors.survey.unknownColumn', { column: analysis.groupBy, moment: label });
  const groupSql = group ? `, CAST(${ident(group.name)} AS VARCHAR) AS g` : '';
  const from = `(SELECT ${[...scored, '1 AS one'].join(', ')}${groupSql} FROM ${ident(table.table)})`;
  const aggregates = present.flatMap((_, i) => [
    `count(v${i})`,
    `avg(v${i})`,
    `stddev_samp(v${i})`,
    ...Array.from({ length: k }, (_, level) => `count_if(v${i} = ${level + 1})`),
    `count_if(k${i} = 'd')`,
    `count_if(k${i} = 'e')`,
    `count_if(k${i} = 'u')`,
  ]);
  const row = (await session.query(`SELECT count(*)${aggregates.length ? ', ' + aggregates.join(', ') : ''} FROM ${from}`)).rows[0]!;
  const per = 6 + k;
  const items: ItemFigures[] = present.map(({ item, column }, i) => {
    const at = 1 + i * per;
    const n = Number(row[at]);
    const mean = n > 0 ? num(row[at + 1]) : null;
    const sd = n > 1 ? num(row[at + 2]) : null;
    const reasons = flagOf(mean, sd, analysis.flag);
    return {
      code: item.code,
      text: item.text,
      layer: item.layer,
      axis: item.axis,
      reverse: item.reverse,
      n,
      mean,
      sd,
      flagged: reasons.length > 0,
      reasons,
      counts: Array.from({ length: k }, (_, level) => Number(row[at + 3 + level])),
      dontKnow: Number(row[at + 3 + k]),
      empty: Number(row[at + 4 + k]),
      unknown: Number(row[at + 5 + k]),
      dontKnowApart: !NUMERIC.has(column.type),
    };
  });
  const axis = (which: 'skill' | 'will') => {
    const means = items.filter((f) => f.axis === which && f.mean !== null).map((f) => f.mean!);
    return { meanOfItemMeans: means.length ? means.reduce((a, b) => a + b, 0) / means.length : null, items: means.length };
  };

  const groups: SurveyMomentResult['groups'] = [];
  if (group) {
    const avgs = present.map((_, i) => `avg(v${i})`);
    const rows = (await session.query(`SELECT g, count(*)${avgs.length ? ', ' + avgs.join(', ') : ''} FROM ${from} GROUP BY g ORDER BY g NULLS LAST`)).rows;
    for (const r of rows) {
      const respondents = Number(r[1]);
      const suppressed = respondents < analysis.minGroup;
      const axisOf = (which: 'skill' | 'will') => {
        const means = present.map((p, i) => (p.item.axis === which ? num(r[2 + i]) : null)).filter((m): m is number => m !== null);
        return suppressed || means.length === 0 ? null : means.reduce((a, b) => a + b, 0) / means.length;
      };
      groups.push({ key: r[0] === null ? null : String(r[0]), respondents: suppressed ? null : respondents, suppressed, skill: axisOf('skill'), will: axisOf('will') });
    }
  }
  return { label, respondents: Number(row[0]), items, skill: axis('skill'), will: axis('will'), groups, missingItems };
}

async function observationFigures(session: Session, table: Materialized, analysis: SurveyAnalysis): Promise<ObservationResult> {
  const spec = analysis.observations!;
  const col = (name: string | null, what: string) => {
    if (name === null) return null;
    const found = table.columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new WerkbankError('errors.survey.unknownObservationColumn', { column: name, what });
    return ident(found.name);
  };
  const element = col(spec.element, 'element')!;
  const block = col(spec.block, 'block');
  const score = col(spec.score, 'score')!;
  const teacher = col(spec.teacher, 'teacher');
  const scored = `(SELECT CAST(${element} AS VARCHAR) AS el, ${block ? `CAST(${block} AS VARCHAR)` : 'NULL::VARCHAR'} AS bl,
      ${teacher ? `CAST(${teacher} AS VARCHAR)` : 'NULL::VARCHAR'} AS te, TRY_CAST(${score} AS DOUBLE) AS raw,
      ${table.orderColumns.map((o, i) => `${ident(o)} AS o${i}`).join(', ') || '1 AS o0'}
    FROM ${ident(table.table)} WHERE ${element} IS NOT NULL)`;
  const valid = `CASE WHEN raw BETWEEN 1 AND 5 AND raw = round(raw) THEN raw END`;
  const figures = async (by: 'el' | 'bl'): Promise<ObservationFigures[]> => {
    const rows = (
      await session.query(
        `SELECT ${by}, min(bl), count(v), avg(v), stddev_samp(v), ${[1, 2, 3, 4, 5].map((l) => `count_if(v = ${l})`).join(', ')}, min(o0)
         FROM (SELECT *, ${valid} AS v FROM ${scored}) WHERE ${by} IS NOT NULL GROUP BY ${by} ORDER BY min(o0)`,
      )
    ).rows;
    return rows.map((r) => {
      const n = Number(r[2]);
      const mean = n > 0 ? num(r[3]) : null;
      const sd = n > 1 ? num(r[4]) : null;
      const counts = [5, 6, 7, 8, 9].map((i) => Number(r[i]));
      const reasons = flagOf(mean, sd, analysis.flag);
      return {
        name: String(r[0]),
        block: r[1] === null ? null : String(r[1]),
        n,
        mean,
        sd,
        flagged: reasons.length > 0,
        reasons,
        shares: counts.map((c) => (n > 0 ? c / n : 0)),
        highShare: n > 0 ? (counts[3]! + counts[4]!) / n : null,
      };
    });
  };
  const elements = await figures('el');
  const blocks = block ? (await figures('bl')).map((b) => ({ ...b, block: b.name })) : [];
  const outOfRange = Number((await session.query(`SELECT count(*) FROM ${scored} WHERE NOT coalesce(raw BETWEEN 1 AND 5 AND raw = round(raw), false)`)).rows[0]![0]);
  let teachers: ObservationResult['teachers'] = null;
  if (spec.teacherLevel && teacher) {
    const rows = (await session.query(`SELECT te, el, count(v), avg(v) FROM (SELECT *, ${valid} AS v FROM ${scored}) WHERE te IS NOT NULL GROUP BY te, el ORDER BY te, min(o0)`)).rows;
    teachers = rows.map((r) => ({ teacher: String(r[0]), element: String(r[1]), n: Number(r[2]), mean: num(r[3]) }));
  }
  return { elements, blocks, outOfRange, teachers };
}

function linkFigures(codebook: Codebook, moments: SurveyMomentResult[], observations: ObservationResult | null): LinkFigures[] {
  const links = [...new Set(codebook.items.map((i) => i.link).filter((l): l is string => l !== null))];
  const out: LinkFigures[] = [];
  for (const moment of moments) {
    for (const link of links) {
      const linked = codebook.items.filter((i) => i.link === link);
      const self = linked.find((i) => i.code.toUpperCase().startsWith('IK')) ?? linked[0] ?? null;
      const team = linked.find((i) => i !== self && i.code.toUpperCase().startsWith('WIJ')) ?? linked.find((i) => i !== self) ?? null;
      const meanOf = (item: CodebookItem | null) => (item ? { code: item.code, mean: moment.items.find((f) => f.code === item.code)?.mean ?? null } : null);
      const element = Object.entries(codebook.elementLinks).find(([, l]) => l === link)?.[0] ?? null;
      const observed = element !== null && observations ? { element, mean: observations.elements.find((e) => e.name === element)?.mean ?? null } : null;
      out.push({ link, moment: moment.label, self: meanOf(self), team: meanOf(team), observed });
    }
  }
  return out;
}

/** The whole survey analysis; `load` materialises one recipe's result at a time. */
export async function surveyAnalysis(
  session: Session,
  analysis: SurveyAnalysis,
  load: (recipe: Recipe) => Promise<Materialized>,
): Promise<SurveyResult> {
  const warnings: Message[] = [];
  let observations: ObservationResult | null = null;
  if (analysis.observations) observations = await observationFigures(session, await load(analysis.observations.recipe), analysis);

  const first = await load(analysis.moments[0]!.recipe);
  const codebook = analysis.codebook ?? guessCodebook(first.columns, observations?.elements.map((e) => e.name) ?? []);
  if (!codebook) throw new WerkbankError('errors.survey.noItems', { moment: analysis.moments[0]!.label });
  const moments: SurveyMomentResult[] = [];
  for (const [i, moment] of analysis.moments.entries()) {
    const table = i === 0 ? first : await load(moment.recipe);
    const figures = await momentFigures(session, table, moment.label, codebook, analysis);
    if (figures.missingItems.length) warnings.push({ code: 'engine.survey.missingItems', params: { moment: moment.label, items: figures.missingItems.join(', ') } });
    const unknown = figures.items.reduce((sum, f) => sum + f.unknown, 0);
    if (unknown > 0) warnings.push({ code: 'engine.survey.unknownAnswers', params: { moment: moment.label, count: unknown } });
    if (figures.items.some((f) => !f.dontKnowApart)) warnings.push({ code: 'engine.survey.dontKnowAsEmpty', params: { moment: moment.label } });
    const hidden = figures.groups.filter((g) => g.suppressed).length;
    if (hidden > 0) warnings.push({ code: 'engine.survey.groupsSuppressed', params: { moment: moment.label, count: hidden, k: analysis.minGroup } });
    moments.push(figures);
  }
  const quadrant = moments.map((m) => {
    const skill = m.skill.meanOfItemMeans;
    const will = m.will.meanOfItemMeans;
    return { moment: m.label, skill, will, quadrant: skill !== null && will !== null ? quadrantOf(skill, will, analysis.bridge) : null };
  });
  return {
    analysis,
    codebook,
    proposed: analysis.codebook === null,
    moments,
    links: linkFigures(codebook, moments, observations),
    observations,
    quadrant,
    warnings,
  };
}
