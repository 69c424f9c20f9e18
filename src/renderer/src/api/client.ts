import type { LinkworkBridge } from '../../../shared/api/bridge.ts';
import type { InputOf, MethodName, OutputOf } from '../../../shared/api/contract.ts';
import type { ApiErrorBody, Envelope } from '../../../shared/api/envelope.ts';
import { API_PATH, TOKEN_HEADER } from '../../../shared/api/transport.ts';

declare global {
  interface Window {
    linkwork?: LinkworkBridge;
  }
}

/** A failed call, carrying the backend's code and any per-field messages. */
export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly fields: Record<string, string>;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.fields = body.details?.fields ?? {};
  }
}

const TOKEN_KEY = 'linkwork-token';

/** Browser mode: the token arrives once in the address, is kept for this tab, and leaves the address bar. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): LinkworkBridge['call'] {
  const token = browserToken();
  return async (method, input) => {
    const response = await fetch(API_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ method, input }),
    });
    return (await response.json()) as Envelope<unknown>;
  };
}

const transport: LinkworkBridge['call'] = window.linkwork ? window.linkwork.call : httpTransport();

/** The only way the UI talks to the backend: typed by the shared contract, whatever the transport. */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  let envelope: Envelope<unknown>;
  try {
    envelope = await transport(method, input);
  } catch (error) {
    throw new ApiError({ code: 'INTERNAL', message: `Linkwork's backend did not answer: ${(error as Error).message}` });
  }
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value as OutputOf<M>;
}

export function onAppEvent(event: 'navigate', listener: (payload: unknown) => void): () => void {
  return window.linkwork ? window.linkwork.on(event, listener) : () => undefined;
}
