import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { expect } from './host';

/** The WCAG 2.1 A and AA rules (issue 13: "every screen passes axe-core"). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The impacts that fail a screen; moderate and minor ones are printed, not failed. */
const FAILING = new Set(['serious', 'critical']);

/**
 * Parts of third-party widgets that axe flags and that cannot be fixed from our side, each with its
 * rule and the reason. Everything else of AG Grid and plotly is checked like our own markup.
 */
const EXCLUDED: { selector: string; why: string }[] = [];

/** One violation as a readable block: rule, impact, help and the nodes it was found on. */
export function describeViolation(v: Pick<Result, 'id' | 'impact' | 'help' | 'helpUrl' | 'nodes'>): string {
  const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`);
  return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})\n${nodes.join('\n')}`;
}

/** Runs axe on the page as it is now; returns the serious and critical violations, printed with the screen's name. */
export async function seriousViolations(page: Page, screen: string): Promise<Result[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const e of EXCLUDED) builder = builder.exclude(e.selector);
  const results = await builder.analyze();
  const failing = results.violations.filter((v) => FAILING.has(v.impact ?? ''));
  const other = results.violations.filter((v) => !FAILING.has(v.impact ?? ''));
  if (failing.length > 0) console.log(`axe: ${screen}: ${failing.length} serious or critical\n${failing.map(describeViolation).join('\n')}`);
  if (other.length > 0) console.log(`axe: ${screen}: also (not failing) ${other.map((v) => `${v.id} [${v.impact}]`).join(', ')}`);
  return failing;
}

/**
 * Asserts the screen has no serious or critical axe violation (a soft assertion: the test goes
 * on to the next screen and fails at its end, every screen's violations printed).
 */
export async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const failing = await seriousViolations(page, screen);
  expect.soft(failing.map(describeViolation), `axe violations on ${screen}`).toEqual([]);
}
