import { renderAsync } from '@resvg/resvg-js';
import type { Locale } from '../../../../shared/i18n/index';
import type { SlideChart } from '../../../../shared/model/story/deck';
import { drawBandLabels, drawBands, drawCallouts, drawReferenceLabels, drawReferenceLines, drawXLineLabels, drawXLines } from './chart-annotations';
import { drawBaselines, drawCategoryLabels, drawDiagonal, drawEmpty, drawGrid, drawLegend, drawNotes } from './chart-axes';
import { type Frame, layoutChart } from './chart-frame';
import { drawBars, drawBox, drawDotCi, drawHeatmap, drawLines, drawMomentArrows, drawScatter, drawSlope, drawStacked } from './chart-marks';
import { escapeXml, rect } from './chart-svg';
import { diskPath, FONT_FAMILY, fontFile } from './fonts';

/**
 * A slide's chart as a picture, headless (no browser, no DOM): SVG written here
 * (docs/decisions/0009-chart-images.md), PNG by resvg with the shipped DejaVu Sans, so the
 * handout and the PowerPoint images look the same on every machine. Sizes are in pixels of the
 * SVG; `scale` multiplies them for the PNG (2: a sharp image on a 1280 × 720 slide).
 */

const MARKS: Record<SlideChart['kind'], (f: Frame) => string> = {
  bar: drawBars,
  groupedBar: drawBars,
  stackedBar: drawStacked,
  line: drawLines,
  scatter: drawScatter,
  slope: drawSlope,
  dotCi: drawDotCi,
  box: drawBox,
  heatmap: drawHeatmap,
};

function isEmpty(chart: SlideChart): boolean {
  if (chart.kind === 'scatter') return chart.points.length === 0;
  return chart.categories.length === 0 || chart.series.length === 0;
}

/** The chart as an SVG document of `width` × `height`. */
export function renderChartSvg(chart: SlideChart, width: number, height: number, locale: Locale): string {
  const f = layoutChart(chart, width, height, locale);
  // Reference lines lie over bars and crowds of pupils, but under the few points of a quadrant.
  const linesUnder = f.moments.length > 0;
  const lines = drawReferenceLines(f) + drawXLines(f);
  const body = isEmpty(chart)
    ? drawGrid(f) + drawEmpty(f)
    : [
        drawGrid(f),
        drawBands(f),
        drawBaselines(f),
        drawDiagonal(f),
        linesUnder ? lines : '',
        MARKS[chart.kind](f),
        drawMomentArrows(f),
        linesUnder ? '' : lines,
        drawBandLabels(f),
        drawReferenceLabels(f),
        drawXLineLabels(f),
        drawCategoryLabels(f),
        drawLegend(f),
        drawCallouts(f),
      ].join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT_FAMILY}" role="img" aria-label="${escapeXml(chart.valueTitle)}">` +
    rect(0, 0, width, height, { fill: '#FFFFFF' }) +
    body +
    drawNotes(f) +
    '</svg>'
  );
}

export async function chartSvg(chart: SlideChart, width: number, height: number, locale: Locale): Promise<string> {
  return renderChartSvg(chart, width, height, locale);
}

/** An SVG as PNG, `scale` times its size, with DejaVu Sans and no system font. */
export async function svgToPng(svg: string, scale = 1): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#FFFFFF',
    font: {
      fontFiles: [diskPath(fontFile('regular')), diskPath(fontFile('bold'))],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    logLevel: 'off',
  });
  return new Uint8Array(image.asPng());
}

export async function chartPng(chart: SlideChart, width: number, height: number, locale: Locale, scale = 1): Promise<Uint8Array> {
  return svgToPng(renderChartSvg(chart, width, height, locale), scale);
}
