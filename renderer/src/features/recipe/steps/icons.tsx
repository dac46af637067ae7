/**
 * The steps panel's icons: 16 px line drawings in the text colour, hidden from assistive
 * technology (every button that shows one has its own label).
 */
type Name = 'edit' | 'on' | 'off' | 'up' | 'down' | 'remove' | 'add' | 'chevron';

const PATHS: Record<Name, string> = {
  // A pencil.
  edit: 'M3 13l1-3.5L10.5 3a1.4 1.4 0 0 1 2 0l.5.5a1.4 1.4 0 0 1 0 2L6.5 12 3 13zM9.5 4l2.5 2.5',
  // A switch, on: the knob at the right.
  on: 'M5 4.5h6a3.5 3.5 0 0 1 0 7H5a3.5 3.5 0 0 1 0-7zM11 6.3a1.7 1.7 0 1 0 0 3.4 1.7 1.7 0 0 0 0-3.4z',
  // The switch off: the knob at the left.
  off: 'M5 4.5h6a3.5 3.5 0 0 1 0 7H5a3.5 3.5 0 0 1 0-7zM5 6.3a1.7 1.7 0 1 0 0 3.4 1.7 1.7 0 0 0 0-3.4z',
  up: 'M8 13V3.5M4 7.5l4-4 4 4',
  down: 'M8 3v9.5M4 8.5l4 4 4-4',
  // A waste bin.
  remove: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5M7 7v4M9 7v4',
  add: 'M8 3v10M3 8h10',
  chevron: 'M4 6l4 4 4-4',
};

export function Icon({ name }: { name: Name }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
