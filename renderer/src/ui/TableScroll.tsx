import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

/**
 * A wide table's horizontal scroller. While the table is wider than its room, the scroller is a
 * named region that takes focus, so that a keyboard user can scroll it with the arrow keys
 * (WCAG 2.1.1, axe `scrollable-region-focusable`); while it fits, it is a plain box and costs no
 * Tab press.
 */
export function TableScroll({ label, className = 'gain-table-wrap', children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={className} {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
