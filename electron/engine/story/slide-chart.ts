import { formatMessage, type Locale } from '../../../shared/i18n/index';
import type { GainGroup, GainResult } from '../../../shared/model/analysis/gain';
import type { ReferenceResult } from '../../../shared/model/analysis/reference';
import { OBSERVATION_LEVELS, type SurveyResult } from '../../../shared/model/analysis/survey';
import type { PrivacyBadge, PrivacyChoice } from '../../../shared/model/story/privacy';
import { emptySlideChart, type SlideChart, type SlideSeries } from '../../../shared/model/story/deck';
import { designOf, type GroupSummary, type View } from '../../../shared/model/view';
import { boxStats } from '../../../shared/stats/quartiles';
import { suppressCells, type SuppressionLine } from '../../../shared/model/privacy/suppress';

/**
 * A view's computed figures as a slide draws them (shared/model/story/deck.ts): the chart's
 * categories and series, independent of any chart library, with the privacy choice applied —
 * groups under k left out (and counted), and where the slide shows a total (the "all pupils" bar,
 * the n under the chart) one more group each time a total would give a left-out group away
 * (shared/model/privacy/suppress.ts); pupil names replaced by the project's stable codes
 * (`LL-7K3QXM`, story/pseudonyms.ts). Pure: the figures come in computed (analysis/), the words in
 * the locale, the codes from the caller.
 */

/** The project's codes for pupils' names, in the order given. */
export type Pseudonymise = (names: readonly string[]) => string[];

export interface SlideFigures {
  chart: SlideChart;
  /** Generated from the figures; the view's own alt text replaces it (deck.ts). */
  alt: string;
  n: number | null;
  privacy: PrivacyBadge;
}

type Words = (code: string, params?: Record<string, string | number>) => string;

function wordsFor(locale: Locale): Words {
  return (code, params = {}) => formatMessage({ code: `story.slide.${code}`, params }, locale);
}

function formatValue(value: number | null, decimals: number, locale: Locale, words: Words): string {
  if (value === null) return words('noValue');
  return value.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function listValues(labels: string[], values: (number | null)[], decimals: number, locale: Locale, words: Words): string {
  return labels.map((label, i) => `${label} ${formatValue(values[i] ?? null, decimals, locale, words)}`).join('; ');
}

function base(view: View, kind: SlideChart['kind'], unit: string, decimals: number): SlideChart {
  const design = designOf(view);
  return { ...emptySlideChart(kind), unit, decimals, annotations: design.annotations, highlight: design.highlight, palette: design.palette };
}

/** The effective k: the view's own threshold, raised (never lowered) by the privacy choice. */
function kOf(own: number | null, privacy: PrivacyChoice): number | null {
  if (privacy.suppressBelow === null) return own;
  return own === null ? privacy.suppressBelow : Math.max(own, privacy.suppressBelow);
}

function suppressedNote(count: number, k: number | null, words: Words, complementary = 0): string[] {
  const primary = count - complementary;
  return [
    ...(primary > 0 && k !== null ? [words(primary === 1 ? 'suppressed_one' : 'suppressed_other', { count: primary, k })] : []),
    ...(complementary > 0 ? [words(complementary === 1 ? 'complementary_one' : 'complementary_other', { count: complementary })] : []),
  ];
}

/** The plain chart: a mean or a count per group. A chart whose every group is one row shows pupils one by one. */
export function summaryFigures(view: View, summary: GroupSummary, privacy: PrivacyChoice, locale: Locale, pseudonymise: Pseudonymise): SlideFigures {
  const words = wordsFor(locale);
  const spec = view.chart;
  const decimals = spec.aggregate === 'count' ? 0 : (spec.decimals ?? 1);
  const chart = base(view, spec.type === 'line' ? 'line' : 'bar', '', decimals);
  const pupilLevel = summary.rows.length > 1 && summary.rows.every((r) => r.n <= 1);
  const k = kOf(null, privacy);
  // The slide shows no total of its own (its n is the sum of the groups shown): groups under k go.
  const { hidden } = suppressCells(
    summary.rows.map((r) => (r.nValid === 0 && k !== null ? null : r.nValid)),
    [],
    k,
  );
  const shown = summary.rows.filter((_, i) => !hidden[i]);
  const suppressed = summary.rows.length - shown.length;
  const codes = pupilLevel && privacy.pseudonymise ? pseudonymise(shown.map((r) => r.key ?? '')) : null;
  let rows = shown.map((r, i) => ({
    label: codes && r.key !== null ? codes[i]! : (r.key ?? '—'),
    value: r.value,
    n: r.nValid,
  }));
  const sort = spec.sort ?? 'natural';
  if (sort === 'label') rows = [...rows].sort((a, b) => a.label.localeCompare(b.label, locale, { numeric: true }));
  if (sort === 'valueDesc' || sort === 'valueAsc') {
    const sign = sort === 'valueDesc' ? -1 : 1;
    rows = [...rows].sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : sign * (a.value - b.value)));
  }
  const measureName = spec.measure ?? words('rows');
  chart.categories = rows.map((r) => r.label);
  chart.series = [{ name: spec.aggregate === 'count' ? words('count') : `${words('mean')} ${measureName}`, values: rows.map((r) => r.value), n: rows.map((r) => r.n) }];
  chart.categoryTitle = spec.groupBy;
  chart.valueTitle = spec.aggregate === 'count' ? words('count') : `${words('mean')} ${measureName}`;
  chart.notes = [...suppressedNote(suppressed, k, words), ...(pupilLevel && privacy.pseudonymise ? [words('pseudonymised')] : [])];
  const alt = words('altBar', {
    chart: chart.valueTitle,
    measure: measureName,
    group: spec.groupBy,
    values: listValues(chart.categories, chart.series[0]!.values, decimals, locale, words),
  });
  const n = shown.reduce((sum, r) => sum + r.n, 0);
  return {
    chart,
    alt,
    n,
    privacy: { level: pupilLevel ? 'pupil' : 'aggregated', suppressed, k, pseudonymised: pupilLevel && privacy.pseudonymise },
  };
}

/**
 * The groups of a gain result a slide shows: not suppressed by the analysis nor under k, and —
 * since every gain slide publishes the overall n (and most the overall figures) — never exactly
 * one group left out: the overall minus the groups shown would give it away, so the next smallest
 * group goes too (complementary). For the trend, the pupils measured at every moment count.
 */
function shownGroups(result: GainResult, k: number | null, trend = false): { shown: GainGroup[]; hidden: number; complementary: number } {
  if (!result.analysis.groupBy) return { shown: result.groups, hidden: 0, complementary: 0 };
  const trendN = (key: string | null) => result.trend.find((p) => p.group === key)?.n ?? null;
  const counts = result.groups.map((g) => (g.suppressed || g.figures === null ? null : trend ? (trendN(g.key) ?? g.figures.n) : g.figures.n));
  const line: SuppressionLine = { cells: counts.map((_, i) => i) };
  const s = suppressCells(counts, [line], k);
  const shown = result.groups.filter((_, i) => !s.hidden[i]);
  return { shown, hidden: result.groups.length - shown.length, complementary: s.complementary };
}

/**
 * A transition matrix's cells under k withheld (null), with complements so that neither the
 * pupils in all, nor those who moved up, stayed or moved down (the text alternative gives those)
 * give a withheld cell away. Counts the cells withheld.
 */
function suppressMatrix(matrix: number[][], k: number | null): { matrix: (number | null)[][]; hidden: number; complementary: number } {
  const size = matrix.length;
  const counts = matrix.flat();
  const index = (i: number, j: number) => i * size + j;
  const all: number[] = [];
  const up: number[] = [];
  const same: number[] = [];
  const down: number[] = [];
  matrix.forEach((row, i) => row.forEach((_, j) => {
    all.push(index(i, j));
    (j > i ? up : j === i ? same : down).push(index(i, j));
  }));
  const s = suppressCells(counts, [{ cells: all }, { cells: up }, { cells: same }, { cells: down }], k);
  // A line that cannot be protected (one level only): withhold the whole matrix.
  const hidden = s.exposed.length > 0 ? counts.map(() => true) : s.hidden;
  return {
    matrix: matrix.map((row, i) => row.map((c, j) => (hidden[index(i, j)] ? null : c))),
    hidden: hidden.filter(Boolean).length,
    complementary: s.exposed.length > 0 ? hidden.filter(Boolean).length - s.primary : s.complementary,
  };
}

/** A learning-gain view, drawn as its chart kind says (ViewGain.chart). */
export function gainFigures(view: View, result: GainResult, privacy: PrivacyChoice, locale: Locale): SlideFigures {
  const words = wordsFor(locale);
  const kind = view.gain?.chart ?? 'ciDots';
  const k = kOf(result.analysis.minGroup, privacy);
  const { shown, hidden, complementary } = shownGroups(result, k, kind === 'trend');
  const unit = result.unit === 'percentPoints' ? '%' : '';
  const unitName = words(result.unit === 'percentPoints' ? 'gainUnitPercent' : 'gainUnitScale');
  const groupName = (g: GainGroup) => g.key ?? '—';
  const groupTitle = result.analysis.groupBy ?? '';
  const overall = result.overall.figures;
  const n = overall?.n ?? null;
  const aggregated: PrivacyBadge = { level: 'aggregated', suppressed: hidden, k, pseudonymised: false };
  const notes = suppressedNote(hidden, k, words, complementary);

  if (kind === 'scatter') {
    const chart = base(view, 'scatter', unit, 1);
    const hiddenKeys = new Set(result.groups.filter((g) => !shown.includes(g)).map((g) => g.key));
    chart.points = result.points
      .filter(([group]) => !result.analysis.groupBy || !hiddenKeys.has(group))
      .map(([group, x, y]) => ({ x, y, series: result.analysis.groupBy ? group : null }));
    chart.xTitle = result.from;
    chart.valueTitle = result.to;
    chart.diagonal = true;
    chart.notes = [...notes, ...(result.pointsSampled && n !== null ? [words('sampled', { shown: chart.points.length, n })] : [])];
    return {
      chart,
      alt: words('altScatter', { from: result.from, to: result.to, n: chart.points.length }),
      n,
      privacy: { ...aggregated, level: 'pupil' },
    };
  }

  if (kind === 'transitionsHeatmap' || kind === 'sankey') {
    const t = result.transitions;
    const chart = base(view, kind === 'sankey' ? 'stackedBar' : 'heatmap', '', 0);
    let cells = { matrix: [] as (number | null)[][], hidden: 0, complementary: 0 };
    if (t) {
      cells = suppressMatrix(t.matrix, k);
      chart.categories = kind === 'sankey' ? t.order.map((l) => words('transitionsFrom', { from: l })) : t.order;
      chart.series = t.order.map((to, j) =>
        kind === 'sankey'
          ? { name: words('transitionsTo', { to }), values: cells.matrix.map((row) => (row[j] === undefined ? 0 : row[j]!)) }
          : { name: t.order[j]!, values: cells.matrix[j]!.map((c) => c) },
      );
      chart.categoryTitle = t.to;
      chart.valueTitle = t.from;
      chart.notes = cells.hidden > 0 ? [words(cells.hidden === 1 ? 'cellsSuppressed_one' : 'cellsSuppressed_other', { count: cells.hidden, k: k ?? 0 })] : [];
    }
    return {
      chart,
      alt: t ? words('altTransitions', { from: t.from, to: t.to, n: t.n, up: t.movedUp, same: t.same, down: t.movedDown }) : '',
      n: t?.n ?? n,
      privacy: { ...aggregated, suppressed: cells.hidden },
    };
  }

  if (kind === 'trend') {
    const chart = base(view, 'line', unit, 1);
    const moments = [...new Set(result.trend.map((p) => p.moment))];
    const groups = [...new Set(result.trend.map((p) => p.group))].filter(
      (g) => g === null || shown.some((s) => s.key === g),
    );
    chart.categories = moments;
    chart.series = groups.map((g) => ({
      name: g ?? words('overall'),
      values: moments.map((m) => result.trend.find((p) => p.group === g && p.moment === m)?.mean ?? null),
      n: moments.map((m) => result.trend.find((p) => p.group === g && p.moment === m)?.n ?? null),
    }));
    chart.categoryTitle = words('trendMoment');
    chart.valueTitle = `${words('mean')} (${unitName})`;
    chart.notes = notes;
    const first = chart.series[0];
    return { chart, alt: words('altTrend', { values: first ? listValues(moments, first.values, 1, locale, words) : '' }), n, privacy: aggregated };
  }

  const labels = [...shown.map(groupName), words('overall')];
  const figures = [...shown.map((g) => g.figures!), ...(overall ? [overall] : [])];

  if (kind === 'slope') {
    const chart = base(view, 'slope', unit, 1);
    chart.categories = [result.from, result.to];
    chart.series = labels.slice(0, figures.length).map((name, i) => ({
      name,
      values: [figures[i]!.meanPre, figures[i]!.meanPost],
      n: [figures[i]!.n, figures[i]!.n],
    }));
    chart.categoryTitle = '';
    chart.valueTitle = `${words('mean')} (${unitName})`;
    chart.notes = notes;
    const values = chart.series.map((s) => `${s.name} ${formatValue(s.values[0] ?? null, 1, locale, words)} → ${formatValue(s.values[1] ?? null, 1, locale, words)}`);
    return { chart, alt: words('altTrend', { values: values.join('; ') }), n, privacy: aggregated };
  }

  if (kind === 'gainStrip') {
    const chart = base(view, 'box', unit, 1);
    const byGroup = new Map<string | null, number[]>();
    for (const [group, pre, post] of result.points) {
      const key = result.analysis.groupBy ? group : null;
      if (result.analysis.groupBy && !shown.some((g) => g.key === key)) continue;
      (byGroup.get(key) ?? byGroup.set(key, []).get(key)!).push(post - pre);
    }
    const keys = [...byGroup.keys()];
    const stats = keys.map((key) => boxStats(byGroup.get(key)!));
    const series: SlideSeries = {
      name: words('meanGain'),
      values: stats.map((s) => s?.median ?? null),
      low: stats.map((s) => s?.q1 ?? null),
      high: stats.map((s) => s?.q3 ?? null),
      min: stats.map((s) => s?.lowerWhisker ?? null),
      max: stats.map((s) => s?.upperWhisker ?? null),
      n: stats.map((s) => s?.n ?? null),
    };
    chart.categories = keys.map((key) => key ?? words('overall'));
    chart.series = [series];
    chart.categoryTitle = groupTitle;
    chart.valueTitle = `${words('meanGain')} (${unitName})`;
    chart.zeroLine = true;
    chart.notes = notes;
    return { chart, alt: words('altGain', { from: result.from, to: result.to, group: groupTitle, values: listValues(chart.categories, series.values, 1, locale, words) }), n, privacy: aggregated };
  }

  // ciDots: the mean gain with its 95% t interval per group and overall.
  const chart = base(view, 'dotCi', unit, 1);
  chart.categories = labels.slice(labels.length - figures.length);
  chart.series = [
    {
      name: words('meanGain'),
      values: figures.map((f) => f.meanGain),
      low: figures.map((f) => f.ci95?.[0] ?? null),
      high: figures.map((f) => f.ci95?.[1] ?? null),
      n: figures.map((f) => f.n),
    },
  ];
  chart.categoryTitle = groupTitle;
  chart.valueTitle = `${words('meanGain')} (${unitName})`;
  chart.zeroLine = true;
  chart.notes = [
    words('interval'),
    ...(overall?.dz != null ? [words('dz', { dz: overall.dz.toLocaleString(locale, { maximumFractionDigits: 2 }), n: overall.n })] : []),
    ...notes,
  ];
  return {
    chart,
    alt: words('altGain', { from: result.from, to: result.to, group: groupTitle || words('overall'), values: listValues(chart.categories, chart.series[0]!.values, 1, locale, words) }),
    n,
    privacy: aggregated,
  };
}

/** A comparison with a reference: grouped bars, a series per group (our school first), a category per component. */
export function referenceFigures(view: View, result: ReferenceResult, privacy: PrivacyChoice, locale: Locale): SlideFigures {
  const words = wordsFor(locale);
  const chart = base(view, 'groupedBar', result.analysis.unit === 'percentPoints' ? '%' : '', 1);
  const k = kOf(result.analysis.minGroup, privacy);
  let suppressed = 0;
  chart.categories = result.components.map((c) => c.component ?? '—');
  chart.series = result.groups.map((group) => ({
    name: group,
    values: result.components.map((c) => {
      const row = c.rows.find((r) => r.group === group);
      if (!row) return null;
      const hide = row.suppressed || (group === result.ours && k !== null && row.n !== null && row.n < k);
      if (hide && group === result.ours) suppressed++;
      return hide ? null : row.mean;
    }),
    n: result.components.map((c) => c.rows.find((r) => r.group === group)?.n ?? null),
  }));
  chart.categoryTitle = words('component');
  chart.valueTitle = words('mean');
  chart.notes = suppressedNote(suppressed, k, words);
  const ours = chart.series[0];
  const n = result.components.reduce<number | null>((max, c) => {
    const own = c.rows.find((r) => r.group === result.ours)?.n ?? null;
    return own === null ? max : Math.max(max ?? 0, own);
  }, null);
  return {
    chart,
    alt: words('altReference', { values: ours ? listValues(chart.categories, ours.values, 1, locale, words) : '' }),
    n,
    privacy: { level: 'aggregated', suppressed, k, pseudonymised: false },
  };
}

/** A survey view (analysis/survey.ts): the chart its kind says, at the moment it shows (the last when none). */
export function surveyFigures(view: View, result: SurveyResult, privacy: PrivacyChoice, locale: Locale): SlideFigures {
  const words = wordsFor(locale);
  const kind = view.survey?.chart ?? 'items';
  const moment = result.moments.find((m) => m.label === view.survey?.moment) ?? result.moments[result.moments.length - 1]!;
  const hidden = moment.groups.filter((g) => g.suppressed).length;
  const k = kOf(result.analysis.minGroup, privacy);
  const privacyBadge: PrivacyBadge = { level: 'aggregated', suppressed: hidden, k, pseudonymised: false };
  const notes = suppressedNote(hidden, k, words);
  const flag = result.analysis.flag;
  const fmt = (v: number | null) => formatValue(v, 2, locale, words);
  // Items by concern: flagged first, then the lowest mean.
  const byConcern = [...moment.items].sort((a, b) => Number(b.flagged) - Number(a.flagged) || (a.mean ?? Infinity) - (b.mean ?? Infinity));

  if (kind === 'quadrant') {
    const chart = base(view, 'scatter', '', 2);
    chart.points = [
      ...result.quadrant.filter((q) => q.skill !== null && q.will !== null).map((q) => ({ x: q.skill!, y: q.will!, series: q.moment })),
      ...result.analysis.selfPlacement.map((p) => ({ x: p.skill, y: p.will, series: words('surveySelf', { moment: p.moment }) })),
    ];
    chart.xTitle = words('surveySkill');
    chart.valueTitle = words('surveyWill');
    chart.valueRange = [1, 5];
    chart.xRange = [1, 5];
    chart.xLines = [{ kind: 'line', value: result.analysis.bridge, label: words('surveyBridge') }];
    chart.annotations = [{ kind: 'line', value: result.analysis.bridge, label: '' }, ...chart.annotations];
    chart.notes = [words('surveyPosition'), ...result.quadrant.map((q) => `${q.moment}: ${q.quadrant ? words(`quadrant_${q.quadrant}`) : words('noValue')}`), ...notes];
    const alt = words('altQuadrant', {
      values: result.quadrant.map((q) => `${q.moment} ${fmt(q.skill)} / ${fmt(q.will)}${q.quadrant ? ` (${words(`quadrant_${q.quadrant}`)})` : ''}`).join('; '),
    });
    return { chart, alt, n: moment.respondents, privacy: privacyBadge };
  }

  if (kind === 'likert') {
    const chart = base(view, 'stackedBar', '', 0);
    chart.categories = byConcern.map((i) => `${i.code} (n = ${i.n})`);
    chart.series = result.codebook.scale.labels.map((label, level) => ({ name: label, values: byConcern.map((i) => i.counts[level] ?? 0) }));
    chart.categoryTitle = words('surveyItem');
    chart.valueTitle = words('surveyAnswers');
    const dontKnow = byConcern.filter((i) => i.dontKnow > 0).map((i) => `${i.code} ${i.dontKnow}`);
    chart.notes = [...(dontKnow.length ? [words('surveyDontKnow', { items: dontKnow.join(', ') })] : []), ...notes];
    return { chart, alt: words('altSurvey', { moment: moment.label, values: byConcern.map((i) => `${i.code} ${fmt(i.mean)}`).join('; ') }), n: moment.respondents, privacy: privacyBadge };
  }

  if (kind === 'dumbbell') {
    const chart = base(view, 'groupedBar', '', 2);
    const links = result.links.filter((l) => l.moment === moment.label);
    chart.categories = links.map((l) => l.link);
    chart.series = [
      { name: words('surveySelfImage'), values: links.map((l) => l.self?.mean ?? null) },
      { name: words('surveyTeamImage'), values: links.map((l) => l.team?.mean ?? null) },
      ...(links.some((l) => l.observed) ? [{ name: words('surveyObserved'), values: links.map((l) => l.observed?.mean ?? null) }] : []),
    ];
    chart.valueRange = [0, 5];
    chart.valueTitle = words('mean');
    chart.categoryTitle = words('surveyItem');
    chart.notes = notes;
    return { chart, alt: words('altSurvey', { moment: moment.label, values: links.map((l) => `${l.link} ${fmt(l.self?.mean ?? null)} / ${fmt(l.team?.mean ?? null)}`).join('; ') }), n: moment.respondents, privacy: privacyBadge };
  }

  if (kind === 'observations') {
    const chart = base(view, 'stackedBar', '%', 0);
    const elements = result.observations?.elements ?? [];
    chart.categories = elements.map((e) => `${e.name} (n = ${e.n})`);
    chart.series = OBSERVATION_LEVELS.map((level, i) => ({ name: level, values: elements.map((e) => (e.shares[i] ?? 0) * 100) }));
    chart.valueRange = [0, 100];
    chart.valueTitle = words('surveyLessons');
    chart.categoryTitle = words('surveyElement');
    chart.notes = [words('surveyHighShare', { values: elements.map((e) => `${e.name} ${formatValue((e.highShare ?? 0) * 100, 0, locale, words)}%`).join('; ') })];
    const n = elements.reduce((max, e) => Math.max(max, e.n), 0);
    return { chart, alt: words('altSurvey', { moment: words('surveyObserved'), values: elements.map((e) => `${e.name} ${fmt(e.mean)}`).join('; ') }), n, privacy: privacyBadge };
  }

  // items: every item's mean by concern, the threshold as a line; the flagged ones named under it.
  const chart = base(view, 'bar', '', 2);
  chart.categories = byConcern.map((i) => `${i.code} (n = ${i.n})`);
  chart.series = [{ name: words('mean'), values: byConcern.map((i) => i.mean), n: byConcern.map((i) => i.n) }];
  chart.valueRange = [0, 5];
  chart.valueTitle = words('mean');
  chart.categoryTitle = words('surveyItem');
  chart.annotations = [{ kind: 'line', value: flag.meanBelow, label: words('surveyThreshold', { value: formatValue(flag.meanBelow, 1, locale, words) }) }, ...chart.annotations];
  const flagged = byConcern.filter((i) => i.flagged);
  chart.notes = [
    ...(flagged.length ? [words('surveyFlagged', { items: flagged.map((i) => `${i.code} (${i.reasons.map((r) => words(`surveyReason_${r}`)).join(', ')})`).join('; ') })] : []),
    ...notes,
  ];
  return { chart, alt: words('altSurvey', { moment: moment.label, values: byConcern.map((i) => `${i.code} ${fmt(i.mean)}`).join('; ') }), n: moment.respondents, privacy: privacyBadge };
}
