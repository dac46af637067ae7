import { describe, expect, it } from 'vitest';
import { byClass, words } from './fixtures';
import { slopeFigure } from './slope';

type Trace = { name: string; x: string[]; y: number[]; text: string[]; line: { dash: string; color: string } };

describe('slope chart from start to end per group', () => {
  const result = byClass();
  const { data, layout, alt } = slopeFigure(result, words(result));
  const traces = data as unknown as Trace[];

  it('draws a line per shown group from its start mean to its end mean, values printed at both ends', () => {
    expect(traces.map((t) => t.name)).toEqual(['1A (n = 21)', '1C (n = 22)', '1D (n = 8, kleine groep)']);
    const c = traces[1]!;
    expect(c.x).toEqual(['september', 'juni']);
    expect(c.y).toEqual([52.1, 61.9]);
    expect(c.text).toEqual(['52,1', '61,9  1C']);
    expect(traces[2]!.line.dash).toBe('dash');
    expect(traces[0]!.line.dash).toBe('solid');
    expect(new Set(traces.map((t) => t.line.color)).size).toBe(3);
  });

  it('notes the suppressed group and names the axis with the unit', () => {
    expect(traces.some((t) => t.name.startsWith('1E'))).toBe(false);
    expect(layout.annotations?.[0]?.text).toContain('1E');
    expect((layout.yaxis?.title as { text: string }).text).toBe('Gemiddelde score (%)');
  });

  it('has an alt text with every group, n included', () => {
    expect(alt).toBe(
      'Gemiddelde score per Klas in september en in juni: 1A van 56,2 naar 63,4 (n = 21); 1C van 52,1 naar 61,9 (n = 22); 1D van 58,0 naar 57,2 (n = 8). Niet getoond (privacy): 1E.',
    );
  });
});
