/**
 * Closing the window with unsaved work asks first, in the renderer's own dialog (Opslaan, Niet
 * opslaan, Annuleren), the same one Nieuw and Openen show. The shell stays thin: the renderer
 * tells it whether there is unsaved work (`shell.unsaved`); only then is a close held and the
 * renderer asked (`window.closeRequested`); its answer (`shell.closeConfirmed`) lets the window
 * close. Without unsaved work, or with a renderer that went away, the window closes at once:
 * a renderer that cannot answer never keeps the window open.
 */
export interface CloseGuard {
  /** The window's `close` event: let through, or held while the renderer asks. */
  onClose(event: { preventDefault(): void }): void;
  /** The `shell.unsaved` notice. */
  setUnsaved(unsaved: boolean): void;
  /** The `shell.closeConfirmed` notice: close the window now. */
  confirmed(): void;
  /** The page went away (reloaded, crashed): nothing is known to be unsaved until it says so. */
  reset(): void;
  /** The app ends without asking (a signal from the system). */
  release(): void;
}

export interface CloseGuardDeps {
  /** Sends `window.closeRequested` to the renderer. */
  ask(): void;
  /** Closes the window (its `close` event comes through `onClose` again). */
  close(): void;
}

export function createCloseGuard({ ask, close }: CloseGuardDeps): CloseGuard {
  let unsaved = false;
  let asked = false;
  let released = false;
  return {
    onClose(event) {
      if (released || !unsaved) return;
      event.preventDefault();
      asked = true;
      ask();
    },
    setUnsaved(value) {
      unsaved = value;
    },
    confirmed() {
      // Only an answer to a question closes: a stray notice does nothing. (Saving first may
      // already have said `shell.unsaved` false.)
      if (!asked) return;
      released = true;
      close();
    },
    reset() {
      unsaved = false;
      asked = false;
    },
    release() {
      released = true;
    },
  };
}
