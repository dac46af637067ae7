/**
 * Where the keyboard focus goes when the element holding it goes away: a dialog that closes, a
 * list item that is deleted, a button disabled while the engine works, a screen replaced by
 * another. The browser would leave the focus on <body>, and the next Tab would start from the top
 * of the page; here it goes to what the action asked for (`focusSoon`), back to the opener
 * (`restoreFocus`), or to the nearest neighbour of what was lost (`useFocusGuard`).
 */

/** What Tab can reach. */
const TABBABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** An element Tab (or a script) can focus now: shown, enabled, not inert, not inside a closed dialog. */
export function canFocus(el: Element | null | undefined): el is HTMLElement {
  if (!(el instanceof HTMLElement) || !el.isConnected) return false;
  if ((el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
  if (el.getClientRects().length === 0) return false;
  // While a modal dialog is open, nothing outside it can take the focus.
  const modal = document.querySelector('dialog[open]');
  return !modal || modal.contains(el);
}

/** The first element inside `root` (or `root` itself) that Tab would reach. */
export function firstTabbable(root: Element): HTMLElement | null {
  if (root instanceof HTMLElement && root.tabIndex >= 0 && root.matches(TABBABLE) && canFocus(root)) return root;
  for (const el of root.querySelectorAll<HTMLElement>(TABBABLE)) if (el.tabIndex >= 0 && canFocus(el)) return el;
  return null;
}

function lastTabbable(root: Element): HTMLElement | null {
  const all = Array.from(root.querySelectorAll<HTMLElement>(TABBABLE)).filter((el) => el.tabIndex >= 0 && canFocus(el));
  return all[all.length - 1] ?? (root instanceof HTMLElement && root.tabIndex >= 0 && canFocus(root) ? root : null);
}

/** Where an element stood: each ancestor with the siblings beside the branch that leads to it. */
export type Trail = Array<{ parent: Element; before: Element | null; after: Element | null }>;

export function trailOf(el: Element): Trail {
  const trail: Trail = [];
  for (let node: Element | null = el; node?.parentElement; node = node.parentElement) {
    trail.push({ parent: node.parentElement, before: node.previousElementSibling, after: node.nextElementSibling });
  }
  return trail;
}

/**
 * The neighbour of what stood at `trail`: in the nearest ancestor still on the page, the first
 * control after the lost branch, else the last one before it, else the first control anywhere in
 * that ancestor; going further out when it holds none.
 */
export function neighbourOf(trail: Trail): HTMLElement | null {
  for (const { parent, before, after } of trail) {
    if (!parent.isConnected) continue;
    if (after?.parentElement === parent) {
      const next = firstTabbable(after);
      if (next) return next;
    }
    if (before?.parentElement === parent) {
      const previous = lastTabbable(before);
      if (previous) return previous;
    }
    const any = firstTabbable(parent);
    if (any) return any;
  }
  return null;
}

function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

/** A focus asked for by an action, waiting for its element to be rendered (and its dialog closed). */
let pending: { find: () => Element | null | undefined; until: number } | null = null;
/** The element the last action's focus landed on: a dialog closing after it leaves the focus there. */
let landed: Element | null = null;

function tryPending(): boolean {
  if (!pending) return false;
  if (Date.now() > pending.until) {
    pending = null;
    return false;
  }
  const el = pending.find();
  if (!canFocus(el)) return false;
  pending = null;
  el.focus();
  landed = el;
  return document.activeElement === el;
}

/**
 * Focuses what `find` finds once it is on the page and focusable (a new step in the list, the
 * diagnostics after *Controleren*): tried at once, then on every frame for up to `ms`. It wins over
 * a closing dialog's return to its opener.
 */
export function focusSoon(find: () => Element | null | undefined, ms = 4000): void {
  pending = { find, until: Date.now() + ms };
  const attempt = () => {
    if (!pending || tryPending()) return;
    requestAnimationFrame(attempt);
  };
  attempt();
}

/** Whether an action's focus is still waiting (a closing dialog then leaves the focus to it). */
export function focusPending(): boolean {
  return pending !== null && Date.now() <= pending.until;
}

/**
 * A dialog closed: the focus goes to what an action asked for, else back to the opener, else
 * (the opener went with what the dialog did) to the opener's neighbour.
 */
export function restoreFocus(opener: HTMLElement | null, trail: Trail | null): void {
  // The action's focus may land between the dialog leaving the page and this call (a frame in
  // between): it stays where it landed.
  if (focusPending() || (landed !== null && document.activeElement === landed)) return;
  if (opener && canFocus(opener)) {
    opener.focus();
    return;
  }
  const near = trail ? neighbourOf(trail) : null;
  (near ?? fallback())?.focus();
}

/** The last resort: the main area's first control, or the first skip link. */
function fallback(): HTMLElement | null {
  const main = document.querySelector('main');
  return (main && firstTabbable(main)) ?? firstTabbable(document.body);
}

/**
 * Keeps the focus on the page: when the focused element is removed, the focus moves to its
 * neighbour; when it is disabled (a button while the engine works), it comes back once the button
 * is enabled again, or after a moment goes to the neighbour. A click on empty space is left alone
 * (the element is still there), and so is the grid, which keeps its own focused cell while rows
 * scroll in and out. Installed once, by the workbench.
 */
export function installFocusGuard(): () => void {
  let last: HTMLElement | null = null;
  let trail: Trail = [];
  let waiting: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const onFocusIn = (e: FocusEvent) => {
    if (!(e.target instanceof HTMLElement) || e.target === document.body) return;
    last = e.target.closest('.ag-root-wrapper') ? null : e.target;
    trail = last ? trailOf(last) : [];
    waiting = null;
  };

  const rescue = () => {
    if (!focusLost() || focusPending() || !last) return;
    if (!last.isConnected) {
      last = null;
      waiting = null;
      neighbourOf(trail)?.focus();
      return;
    }
    if ((last as HTMLButtonElement).disabled) {
      // Busy for a moment: wait for it to come back, but not for ever.
      waiting = last;
      timer ??= setTimeout(() => {
        timer = null;
        if (waiting && focusLost() && !focusPending()) neighbourOf(trail)?.focus();
        waiting = null;
      }, 1500);
      return;
    }
    if (waiting === last && canFocus(last)) {
      waiting = null;
      last.focus();
    }
  };

  const observer = new MutationObserver(rescue);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
  document.addEventListener('focusin', onFocusIn);
  return () => {
    observer.disconnect();
    document.removeEventListener('focusin', onFocusIn);
    if (timer) clearTimeout(timer);
  };
}
