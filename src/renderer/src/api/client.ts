import type { LinkworkBridge } from '../../../shared/api/bridge.ts';
import type { InputOf, MethodName, OutputOf } from '../../../shared/api/contract.ts';
import type { Envelope } from '../../../shared/api/envelope.ts';
import { API_PATH, REFRESH_HEADER, TOKEN_HEADER } from '../../../shared/api/transport.ts';
import { ApiError } from './api-error.ts';
import { isBackground } from './background.ts';
import { publishChange } from './changes.ts';
import { browserToken } from './token.ts';

declare global {
  interface Window {
    linkwork?: LinkworkBridge;
  }
}

/**
 * Browser mode carries the per-launch token; team mode has none (the address has no `?token=`) and the session
 * cookie travels with every same-origin request instead.
 */
function httpTransport(): LinkworkBridge['call'] {
  const token = browserToken();
  return async (method, input) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', [TOKEN_HEADER]: token };
    if (isBackground()) headers[REFRESH_HEADER] = '1';
    const response = await fetch(API_PATH, {
      method: 'POST',
      headers,
      body: JSON.stringify({ method, input }),
    });
    return (await response.json()) as Envelope<unknown>;
  };
}

const transport: LinkworkBridge['call'] = window.linkwork ? window.linkwork.call : httpTransport();

const signedOutListeners = new Set<() => void>();

/** Team mode: hears every call refused because no one is signed in (the session ended or was ended). */
export function onUnauthenticated(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/**
 * The only way the UI talks to the backend, used by stores alone (pages may not import it: lint-enforced):
 * typed by the shared contract, whatever the transport. A write's change is announced to every store.
 */
export async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  let envelope: Envelope<unknown>;
  try {
    envelope = await transport(method, input);
  } catch (error) {
    throw new ApiError({ code: 'INTERNAL', message: `Linkwork's backend did not answer: ${(error as Error).message}` });
  }
  if (!envelope.ok) {
    if (envelope.error.code === 'UNAUTHENTICATED') signedOutListeners.forEach((listener) => listener());
    throw new ApiError(envelope.error);
  }
  if (envelope.change) publishChange(envelope.change);
  return envelope.value as OutputOf<M>;
}
