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

/** The charts' base font size for a slide of this height: about 2.2% of it (24 px at 1080 px). */
export function chartFontSize(frameHeight: number): number {
  return Math.max(6, Math.round(frameHeight * 0.022));
}
