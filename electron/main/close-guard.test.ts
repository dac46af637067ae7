import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard } from './close-guard';

function setup() {
  const ask = vi.fn();
  const close = vi.fn();
  const guard = createCloseGuard({ ask, close });
  const attempt = () => {
    const event = { preventDefault: vi.fn() };
    guard.onClose(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { guard, ask, close, attempt };
}

describe('the close guard', () => {
  it('lets the window close at once when nothing is unsaved', () => {
    const s = setup();
    expect(s.attempt()).toBe(false);
    s.guard.setUnsaved(true);
    s.guard.setUnsaved(false);
    expect(s.attempt()).toBe(false);
    expect(s.ask).not.toHaveBeenCalled();
  });

  it('holds a close with unsaved work and asks the renderer; its answer closes the window', () => {
    const s = setup();
    s.guard.setUnsaved(true);
    expect(s.attempt()).toBe(true);
    expect(s.ask).toHaveBeenCalledTimes(1);
    // Saving first says "nothing unsaved" before the answer comes: the answer still closes.
    s.guard.setUnsaved(false);
    s.guard.confirmed();
    expect(s.close).toHaveBeenCalledTimes(1);
    // The close that follows goes through.
    s.guard.setUnsaved(true);
    expect(s.attempt()).toBe(false);
  });

  it('keeps the window when the user cancels (no answer), and asks again on the next close', () => {
    const s = setup();
    s.guard.setUnsaved(true);
    expect(s.attempt()).toBe(true);
    expect(s.attempt()).toBe(true);
    expect(s.ask).toHaveBeenCalledTimes(2);
    expect(s.close).not.toHaveBeenCalled();
  });

  it('ignores an answer nobody asked for', () => {
    const s = setup();
    s.guard.setUnsaved(true);
    s.guard.confirmed();
    expect(s.close).not.toHaveBeenCalled();
    expect(s.attempt()).toBe(true);
  });

  it('forgets unsaved work of a page that went away, and lets a signal end the app without asking', () => {
    const s = setup();
    s.guard.setUnsaved(true);
    s.guard.reset();
    expect(s.attempt()).toBe(false);
    s.guard.setUnsaved(true);
    s.guard.release();
    expect(s.attempt()).toBe(false);
    expect(s.ask).not.toHaveBeenCalled();
  });
});
