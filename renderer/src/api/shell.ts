import type { EventPayload, FileRef, ShellEvent, WerkbankApi } from '../../../shared/api/contract';

/** What differs between the Electron and the browser shell, beyond the API itself. */
export interface ShellSupport {
  readonly kind: 'electron' | 'browser';
  /** Shell events (menu commands, files opened from the file manager). The browser has none. */
  on<E extends ShellEvent>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * Hands a file the engine wrote to the user: a download in the browser. In Electron the
   * file is already where the user chose, so there is nothing to do.
   */
  deliver(file: FileRef): Promise<void>;
}

export interface Connection {
  api: WerkbankApi;
  shell: ShellSupport;
  /** `demo=1` was in the address: open the demo at start. */
  demo: boolean;
}
