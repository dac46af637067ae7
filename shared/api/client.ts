import { type Channel, channels, contract, type RequestOf, type ResponseOf, type WerkbankApi } from './contract';
import { type ApiEnvelope, WerkbankError } from './errors';

/** How a client reaches the other side: Electron IPC or HTTP to the browser host. */
export interface Transport {
  invoke(channel: Channel, request: unknown): Promise<ApiEnvelope<unknown>>;
}

/**
 * The renderer's one typed client. It validates what it sends and what comes back, and turns
 * failures into WerkbankError so the UI can translate them.
 */
export function createClient(transport: Transport): WerkbankApi {
  const api = {} as Record<Channel, (request: unknown) => Promise<unknown>>;
  for (const channel of channels) {
    api[channel] = async (request: unknown) => {
      const req = contract[channel].request.parse(request ?? {});
      const envelope = await transport.invoke(channel, req);
      if (!envelope.ok) throw new WerkbankError(envelope.error.code, envelope.error.params);
      return contract[channel].response.parse(envelope.value);
    };
  }
  return api as unknown as WerkbankApi;
}

export type { RequestOf, ResponseOf };
