import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../../shared/i18n/index';
import type { Deck } from '../../../../shared/model/story/deck';
import { DEFAULT_ROK, rokTitle } from '../../../../shared/model/story/rok';
import { writeStoryPptx } from './pptx';
import { bareDeck, longDeck, richDeck } from './testing/decks';
import { partsOf, slideNames } from './testing/pptx-parts';
import { quadrantDeck } from './testing/quadrant';

/**
 * The PowerPoint export as LibreOffice draws it: every deck converts to a PDF with a page per
 * slide, the native charts are drawn with their figures, and the pages render to pictures
 * (`pdftoppm -r 50`; set KEEP_PPTX_RENDER=1 to keep them and look). Skipped, saying so, where
 * LibreOffice or poppler is not installed.
 */

const SOFFICE = '/usr/bin/soffice';
const PDFINFO = '/usr/bin/pdfinfo';
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFTOPPM = '/usr/bin/pdftoppm';
const missing = [SOFFICE, PDFINFO, PDFTOTEXT, PDFTOPPM].filter((tool) => !existsSync(tool));

/** Generous: LibreOffice's first start in a fresh profile takes seconds, a loaded CI machine longer. */
const CONVERT_MS = 120_000;

const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
);
const options = (locale: Locale) => ({ locale, rokTitle: (code: string) => rokTitle(DEFAULT_ROK, code), chartImage: async () => PNG });

const decks: Record<string, [Deck, Locale]> = {
  rich: [richDeck, 'nl-BE'],
  english: [richDeck, 'en'],
  bare: [bareDeck, 'nl-BE'],
  long: [longDeck, 'nl-BE'],
  quadrant: [quadrantDeck, 'nl-BE'],
};

let dir: string;
const slideCounts = new Map<string, number>();

function pdfText(name: string, page: number): string {
  return execFileSync(PDFTOTEXT, ['-f', String(page), '-l', String(page), '-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
}

// Skipped, saying why, where LibreOffice or poppler is absent; never in CI, which installs them (.ci/run).
const why = missing.length > 0 ? ` (skipped: ${missing.join(', ')} not installed on this machine)` : '';
describe.skipIf(missing.length > 0 && !process.env.CI)(`PowerPoint export drawn by LibreOffice${why}`, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pptx-render-'));
    const files: string[] = [];
    for (const [name, [deck, locale]] of Object.entries(decks)) {
      const bytes = await writeStoryPptx(deck, options(locale));
      slideCounts.set(name, slideNames(partsOf(bytes)).length);
      const file = join(dir, `${name}.pptx`);
      writeFileSync(file, bytes);
      files.push(file);
    }
    // A profile of its own: a second LibreOffice (another test run, a user's) does not lock it.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      timeout: CONVERT_MS,
      stdio: 'ignore',
    });
  }, CONVERT_MS + 30_000);

  afterAll(() => {
    if (process.env.KEEP_PPTX_RENDER === '1') console.info(`pptx render kept in ${dir}`);
    else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(Object.keys(decks))('converts the %s deck to a PDF with a page per slide', (name) => {
    const info = execFileSync(PDFINFO, [join(dir, `${name}.pdf`)], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(slideCounts.get(name));
  });

  it('draws the native charts with their categories and figures', () => {
    // Page 4: the grouped bars (categories, the legend, value labels as LibreOffice formats them).
    const grouped = pdfText('rich', 4);
    for (const word of ['Lezen', 'Schrijven', 'Wiskunde', 'Begin', 'Einde']) expect(grouped).toContain(word);
    expect(grouped).toMatch(/3[.,]6/);
    // Page 3: the bar chart with its reference line, band and callout.
    const bar = pdfText('rich', 3);
    for (const word of ['1A', '1B', '2023', 'Drempel 60 %', 'Zorgzone', 'Na de leesinterventie', 'Klas']) expect(bar).toContain(word);
    expect(bar).toMatch(/62[.,]5%/);
    // Page 8: the scatter's axes and its reference line.
    const scatter = pdfText('rich', 8);
    for (const word of ['Begin', 'Einde', 'Eindterm']) expect(scatter).toContain(word);
  });

  it('draws the quadrant on an x axis from 1 to 5, the bridge labelled beside its middle, the horizontal one not', () => {
    // Page 3: the first quadrant. Words with their boxes: the x axis's tick labels share one row.
    const words = [...execFileSync(PDFTOTEXT, ['-f', '3', '-l', '3', '-bbox', join(dir, 'quadrant.pdf'), '-'], { encoding: 'utf8' }).matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
    )].map((m) => ({ x: (Number(m[1]) + Number(m[3])) / 2, left: Number(m[1]), y: Number(m[2]), text: m[4]! }));
    const rows = new Map<number, typeof words>();
    for (const w of words.filter((w) => /^[1-5]$/.test(w.text))) rows.set(Math.round(w.y), [...(rows.get(Math.round(w.y)) ?? []), w]);
    const axis = [...rows.values()].find((row) => row.length === 5)!;
    expect(axis.sort((a, b) => a.x - b.x).map((w) => w.text)).toEqual(['1', '2', '3', '4', '5']);
    const [one, , three, , five] = axis;
    // Evenly spaced: the axis is linear from 1 to 5, its middle tick halfway.
    expect((three!.x - one!.x) / (five!.x - one!.x)).toBeCloseTo(0.5, 2);
    const label = words.find((w) => w.text === 'brugas')!;
    expect(label.left).toBeGreaterThan(three!.x);
    expect(label.left).toBeLessThan(axis[3]!.x);
    const text = pdfText('quadrant', 3);
    for (const word of ['brugas 3,0', 'nulmeting', 'eindmeting', 'Vaardigheid (Ik en Wij als team)']) expect(text).toContain(word);
    expect(text).not.toContain('3,00');
  });

  it('renders every page to a picture', () => {
    const pictures = join(dir, 'png');
    mkdirSync(pictures, { recursive: true });
    for (const name of Object.keys(decks)) {
      execFileSync(PDFTOPPM, ['-png', '-r', '50', join(dir, `${name}.pdf`), join(pictures, name)], { timeout: CONVERT_MS });
    }
    const files = readdirSync(pictures).filter((f) => f.endsWith('.png'));
    expect(files).toHaveLength([...slideCounts.values()].reduce((a, b) => a + b, 0));
    for (const file of files) expect(statSync(join(pictures, file)).size).toBeGreaterThan(1000);
  });
});
