/**
 * Story export benchmark (issue 10): the demo project with a story of 10 slides — every kind of
 * chart the demo's views give (the mean gain with its interval, begin and end, pupils' gains as
 * boxes, start against end, the trend, the plain chart), several views twice — exported to
 * PowerPoint and to a PDF handout, each over RUNS runs after a warm-up: the deck's computation
 * (the views recomputed) and the writing, min and median. Targets: PPTX ≤ 3 s, PDF ≤ 5 s.
 * `benchStory()` returns the lines. Never part of `npm test`.
 */
import { loadavg } from 'node:os';

const RUNS = 5;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]! };
};

export async function benchStory(): Promise<string[]> {
  const { Session } = await import('../electron/engine/db/session');
  const { buildDemo } = await import('../electron/engine/project/demo');
  const { saveStory } = await import('../electron/engine/project/stories');
  const { saveView } = await import('../electron/engine/project/views');
  const { computeDeck } = await import('../electron/engine/story/deck');
  const { storyBytes } = await import('../electron/engine/story/export');

  const session = await Session.create();
  const lines: string[] = [];
  try {
    const ws = await buildDemo(session);
    const gainView = ws.views[0]!;
    const kinds = ['ciDots', 'slope', 'gainStrip', 'scatter', 'trend'] as const;
    for (const chart of kinds) saveView(ws, { ...gainView, id: undefined, title: `${gainView.title} (${chart})`, gain: { ...gainView.gain!, chart } });
    const barView = ws.views[1]!;
    saveView(ws, { ...barView, id: undefined, title: `${barView.title} (lijn)`, chart: { ...barView.chart, type: 'line' } });
    const views = ws.views.slice(0, 10);
    const story = saveStory(ws, {
      title: 'Tien dia’s',
      question: 'Hoe snel is een verhaal van tien dia’s geschreven?',
      slides: views.map((v, i) => ({ id: `s${i + 1}`, viewId: v.id, section: 'data' as const, notes: `Notities bij dia ${i + 1}` })),
    });
    const privacy = { pseudonymise: true, suppressBelow: 5 };
    for (const format of ['pptx', 'pdf'] as const) {
      const deckMs: number[] = [];
      const writeMs: number[] = [];
      let size = 0;
      for (let run = 0; run <= RUNS; run++) {
        const t0 = performance.now();
        const deck = await computeDeck(ws, story.id, privacy, 'nl-BE');
        const t1 = performance.now();
        const bytes = await storyBytes(deck, format, 'nl-BE');
        const t2 = performance.now();
        size = bytes.length;
        if (run === 0) continue; // warm-up
        deckMs.push(t1 - t0);
        writeMs.push(t2 - t1);
      }
      const total = deckMs.map((d, i) => d + writeMs[i]!);
      const t = stats(total);
      const d = stats(deckMs);
      const w = stats(writeMs);
      const target = format === 'pptx' ? 3000 : 5000;
      lines.push(
        `${views.length}-slide story → ${format.toUpperCase()}: min ${t.min.toFixed(0)} ms, median ${t.median.toFixed(0)} ms (views ${d.median.toFixed(0)}, writing ${w.median.toFixed(0)}); ` +
          `${(size / 1e6).toFixed(2)} MB; target ≤ ${target} ms: ${t.median <= target ? 'met' : 'NOT met'} (load ${loadavg()[0]!.toFixed(2)})`,
      );
    }
    await ws.dispose();
  } finally {
    session.close();
  }
  return lines;
}
