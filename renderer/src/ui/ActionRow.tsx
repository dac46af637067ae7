import type { ReactNode } from 'react';

/** A dialog's row of buttons, at the right; `full` spans a form grid's columns. */
export function ActionRow({ children, full }: { children: ReactNode; full?: boolean }) {
  return <div className={full ? 'dialog-actions full' : 'dialog-actions'}>{children}</div>;
}
