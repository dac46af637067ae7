import { createClient } from '../../../shared/api/client';
import { events } from '../../../shared/api/contract';
import { readBootParams } from './bootParams';
import { browserShellHandlers, browserShellSupport } from './browserShell';
import { createHttpLink } from './httpLink';
import { isPreloadApi, type PreloadApi } from './preloadApi';
import type { Connection, ShellSupport } from './shell';
import { electronTransport, httpTransport } from './transports';

/** Builds the one typed API client for whichever shell loaded the page. */
export function connect(): Connection {
  const preload = (window as unknown as { werkbank?: unknown }).werkbank;
  const params = readBootParams(window.location.href, window.sessionStorage);
  if (params.changed) window.history.replaceState(null, '', params.cleanUrl);

  if (isPreloadApi(preload)) {
    return { api: createClient(electronTransport(preload)), shell: electronShell(preload), demo: params.demo };
  }
  // No token: calls fail with errors.unauthorized, which tells the user what to do.
  const link = createHttpLink({ token: params.token ?? '', fetch: (input, init) => window.fetch(input, init) });
  return {
    api: createClient(httpTransport(link, browserShellHandlers(link))),
    shell: browserShellSupport(link),
    demo: params.demo,
  };
}

function electronShell(preload: PreloadApi): ShellSupport {
  return {
    kind: 'electron',
    on(event, listener) {
      // Shell messages are validated on arrival like every other message that crosses.
      return preload.on(event, (payload: unknown) => {
        const parsed = events[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as never);
      });
    },
    async deliver() {},
  };
}
