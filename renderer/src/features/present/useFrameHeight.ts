import { type RefObject, useEffect, useState } from 'react';

/** The element's height in px as it changes (a window resized, full screen entered), or 0 before it is laid out. */
export function useFrameHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    // Whole pixels only: plotly redraws on every new font size.
    const observer = new ResizeObserver(() => setHeight(Math.round(el.clientHeight)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}

/** The charts' base font size for a slide of this height. */
export function chartFontSize(frameHeight: number): number {
  // About 3% of the chart's height: 16–17 px on a 1080p projector, legible from the back of a room.
  return Math.max(8, Math.round(frameHeight * 0.03));
}
