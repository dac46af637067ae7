import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * The one font of chart images and the PDF handout: DejaVu Sans, shipped through npm
 * (`dejavu-fonts-ttf`) so that a chart renders the same on every machine (Dutch accents,
 * ≥, ≤, –, … included) and no system font is looked up.
 *
 * Resolved with `createRequire(import.meta.url)`: from the sources (vitest, tsx) and from the
 * bundles in dist/electron (the CommonJS main bundle defines `import.meta.url`), node_modules is
 * found by walking up. In a packaged app the file sits in app.asar, which Node's `fs` (pdfkit)
 * reads but resvg's native code cannot: electron-builder.yml unpacks the package, and
 * `diskPath` points resvg at the unpacked copy.
 */
export const FONT_FAMILY = 'DejaVu Sans';

export type FontWeight = 'regular' | 'bold';

const FILES: Record<FontWeight, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

const resolved = new Map<FontWeight, string>();

/** The font file as Node's `fs` reads it (inside app.asar in a packaged app). */
export function fontFile(weight: FontWeight): string {
  let path = resolved.get(weight);
  if (path === undefined) {
    path = createRequire(import.meta.url).resolve(FILES[weight]);
    resolved.set(weight, path);
  }
  return path;
}

/** The font file as native code reads it: the unpacked copy beside app.asar, if any. */
export function diskPath(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

let measurer: PDFKit.PDFDocument | null = null;

/**
 * The width of a text set in DejaVu Sans at `size`, in the same units as `size`: from the font's
 * own advance widths (pdfkit's font engine), so labels are laid out as resvg will draw them.
 */
export function textWidth(text: string, size: number, weight: FontWeight = 'regular'): number {
  if (text === '') return 0;
  measurer ??= new PDFDocument({ autoFirstPage: false, font: fontFile('regular') });
  return measurer.font(fontFile(weight)).fontSize(size).widthOfString(text);
}
