import type { Locale } from '../../../../shared/i18n/index';
import { ANNOTATION_LABEL_MAX, type Annotation, CALLOUT_TEXT_MAX, DEFAULT_DESIGN, MAX_ANNOTATIONS, type ViewDesign } from '../../../../shared/model/annotation';
import { designOf, type ChartSpec, type View } from '../../../../shared/model/view';
import { formatNumber, parseLocaleNumber } from '../../format/format';
import type { ChartLook } from './useShown';

/** What the chart editor edits: the words, the design and the plain chart's look. */
export interface EditorDraft {
  title: string;
  takeaway: string;
  design: ViewDesign;
  look: ChartLook;
}

/** Most ROK codes a view carries (annotation.ts). */
export const MAX_ROK = 10;

/** The look of a chart spec with its defaults filled in: bars, the data's order, one decimal. */
export function lookOf(chart: ChartSpec | null): ChartLook {
  return { type: chart?.type ?? 'bar', sort: chart?.sort ?? 'natural', decimals: chart?.decimals ?? 1 };
}

/** The editor's start: the saved view's words and design, or an empty draft for what the screen shows. */
export function editorDraft(view: View | null, chart: ChartSpec | null): EditorDraft {
  if (!view) return { title: '', takeaway: '', design: DEFAULT_DESIGN, look: lookOf(chart) };
  return { title: view.title, takeaway: view.takeaway, design: designOf(view), look: lookOf(view.chart) };
}

/** The annotation form as typed: numbers still text. */
export type AnnotationForm =
  | { kind: 'line'; value: string; label: string }
  | { kind: 'band'; from: string; to: string; label: string }
  | { kind: 'callout'; target: string; text: string };

export type AnnotationProblem = 'badNumber' | 'badBand' | 'needTarget' | 'full';

/** The annotation a filled-in form gives, or what is wrong with it. */
export function annotationFrom(form: AnnotationForm, locale: Locale, count: number): Annotation | AnnotationProblem {
  if (count >= MAX_ANNOTATIONS) return 'full';
  if (form.kind === 'callout') {
    const target = form.target.trim();
    const text = form.text.trim().slice(0, CALLOUT_TEXT_MAX);
    return target === '' || text === '' ? 'needTarget' : { kind: 'callout', target: target.slice(0, ANNOTATION_LABEL_MAX), text };
  }
  const label = form.label.trim().slice(0, ANNOTATION_LABEL_MAX);
  if (form.kind === 'line') {
    const value = parseLocaleNumber(form.value, locale);
    return value === null ? 'badNumber' : { kind: 'line', value, label };
  }
  const from = parseLocaleNumber(form.from, locale);
  const to = parseLocaleNumber(form.to, locale);
  if (from === null || to === null) return 'badNumber';
  return from < to ? { kind: 'band', from, to, label } : 'badBand';
}

/** Words to describe an annotation in the editor's list. */
export interface AnnotationWords {
  line(value: string): string;
  band(from: string, to: string): string;
  callout(target: string): string;
}

/** An annotation in the editor's list: what it is, then its label or text. */
export function describeAnnotation(a: Annotation, locale: Locale, words: AnnotationWords): string {
  // Rounded for the list: a line set from the figures (5,9568) reads as 5,96.
  const num = (x: number) => formatNumber(x, locale, 2);
  if (a.kind === 'line') return a.label ? `${words.line(num(a.value))}: ${a.label}` : words.line(num(a.value));
  if (a.kind === 'band') return a.label ? `${words.band(num(a.from), num(a.to))}: ${a.label}` : words.band(num(a.from), num(a.to));
  return `${words.callout(a.target)}: ${a.text}`;
}

/** Callout targets the chart no longer has (it recomputed, or the view was edited for other figures). */
export function missingTargets(design: Pick<ViewDesign, 'annotations'>, categories: readonly string[]): string[] {
  return design.annotations.flatMap((a) => (a.kind === 'callout' && !categories.includes(a.target) ? [a.target] : []));
}

/** A ROK code chosen or unchosen; never more than MAX_ROK, in the catalog's order. */
export function toggleRok(chosen: readonly string[], code: string, order: readonly string[]): string[] {
  if (chosen.includes(code)) return chosen.filter((c) => c !== code);
  if (chosen.length >= MAX_ROK) return [...chosen];
  const next = [...chosen, code];
  return next.sort((a, b) => rank(order, a) - rank(order, b));
}

function rank(order: readonly string[], code: string): number {
  const i = order.indexOf(code);
  return i < 0 ? order.length : i;
}
