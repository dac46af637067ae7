import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../../shared/model/story/deck';
import { DEFAULT_ROK, rokTitle } from '../../../../shared/model/story/rok';
import { writeStoryPdf } from './pdf';
import { handoutDeck } from './testing/charts';

const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFINFO = '/usr/bin/pdfinfo';
const hasPoppler = existsSync(PDFTOTEXT) && existsSync(PDFINFO);

const options = { locale: 'nl-BE' as const, rokTitle: (code: string) => rokTitle(DEFAULT_ROK, code) };

let dir: string;
let pdf: Uint8Array;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'story-pdf-'));
  pdf = await writeStoryPdf(handoutDeck, options);
  file = join(dir, 'handout.pdf');
  writeFileSync(file, pdf);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The page objects of a PDF (pdfkit writes its object dictionaries uncompressed). */
function pageCount(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

function textOf(path: string): string {
  return execFileSync(PDFTOTEXT, ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('writeStoryPdf', () => {
  it('is a PDF with a title page, a page per slide and the actions page', () => {
    expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(1 + handoutDeck.slides.length + 1);
  });

  it('sets the title and the language of the document', () => {
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).toMatch(/\/Lang \(nl-BE\)/);
    expect(raw).toContain('/DisplayDocTitle true');
  });

  it.skipIf(!hasPoppler)('pdfinfo reads the title, A4 pages and the page count (poppler)', () => {
    const info = execFileSync(PDFINFO, [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Begrijpend lezen in de derde graad/);
    expect(info).toMatch(/Pages:\s+5/);
    expect(info).toMatch(/595\.28 x 841\.89/);
  });

  it.skipIf(!hasPoppler)('prints the story, the slides and the actions with their accents and signs (pdftotext)', () => {
    const text = textOf(file);
    for (const expected of [
      'Begrijpend lezen in de derde graad',
      'Project: Basisschool De Linde',
      'Datum: 7 december 2026',
      'Hoe kunnen we de leerwinst in begrijpend lezen verhogen',
      'bevestigd',
      'Getoetst met: Anderstaligen groeien het sterkst',
      'klassen ≥ 20 leerlingen',
      'Leerlingnamen zijn vervangen door pseudoniemen.',
      'Groepen met minder dan 5 leerlingen worden niet getoond.',
      'Klas 4B scoort lager dan de rest',
      '4B ligt 5 punten onder het Vlaams gemiddelde.',
      'ingelezen op 2 oktober 2026',
      'n = 86',
      '1 groep(en) met minder dan 5 leerlingen weggelaten',
      'Maximale leerwinst',
      'De daling valt samen met de wissel van leerkracht.',
      'De toets in 4B werd op een maandagochtend afgenomen.',
      'Vraag het team eerst wat ze zien',
      'Anderstaligen groeien het sterkst',
      'Deze grafiek kan niet getoond worden.',
      'Dit verhaal bestaat niet (meer).',
      'Woordenschatlessen twee',
      '1 maart 2027',
      'gepland',
      'Zorgcoördinator',
      'MDO – ook met het CLB',
      'Pagina 5 van 5',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.skipIf(!hasPoppler)('writes the handout in English on request', async () => {
    const english = join(dir, 'handout-en.pdf');
    writeFileSync(english, await writeStoryPdf(handoutDeck, { ...options, locale: 'en' }));
    const text = textOf(english);
    expect(text).toContain('Learning question');
    expect(text).toContain('Date: December 7, 2026');
    expect(text).toContain('Page 1 of 5');
    expect(text).toContain('Alternative explanation');
  });

  it('starts a page for every slide, also when a slide has no chart, and says when there are no actions', async () => {
    const deck: Deck = {
      ...handoutDeck,
      story: { ...handoutDeck.story, actions: [], hypotheses: [], question: '' },
      slides: [handoutDeck.slides[2]!, handoutDeck.slides[2]!],
    };
    const bytes = await writeStoryPdf(deck, options);
    expect(pageCount(bytes)).toBe(4);
    if (!hasPoppler) return;
    const path = join(dir, 'bare.pdf');
    writeFileSync(path, bytes);
    const text = textOf(path);
    expect(text).toContain('Nog geen acties.');
    expect(text).toContain('Nog geen leervraag.');
  });

  it('writes uncompressed content streams on request', async () => {
    const plain = await writeStoryPdf(handoutDeck, { ...options, compress: false });
    expect(Buffer.from(plain).toString('latin1')).toMatch(/BT[\s\S]*Tf[\s\S]*ET/);
    expect(plain.length).toBeGreaterThan(pdf.length);
  });
});
