import type { Envelope } from '../../src/shared/api/envelope.ts';
import { API_PATH, TOKEN_HEADER } from '../../src/shared/api/transport.ts';

/**
 * One call to browser mode's API as the page makes it: `url` is the address the server printed (it carries the
 * token). Returns the HTTP status and the envelope (or the text, when the answer is not JSON).
 */
export async function callOverHttp(
  url: string,
  method: string,
  input: unknown,
): Promise<{ status: number; envelope: Envelope<unknown> }> {
  const address = new URL(url);
  const response = await fetch(new URL(API_PATH, address), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: address.searchParams.get('token') ?? '' },
    body: JSON.stringify({ method, input }),
  });
  return { status: response.status, envelope: (await response.json()) as Envelope<unknown> };
}
