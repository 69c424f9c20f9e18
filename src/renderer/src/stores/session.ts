import type { Envelope } from '../../../shared/api/envelope.ts';
import { AUTH_ACCEPT_INVITATION_PATH, AUTH_SIGN_IN_PATH, AUTH_SIGN_OUT_PATH } from '../../../shared/api/transport.ts';
import { ApiError } from '../api/api-error.ts';

/**
 * Team mode's sign-in, sign-out and set-up link: plain POSTs to /auth/*, which set or clear the session cookie
 * (HttpOnly: the page never sees it). Pages call these; they never fetch themselves.
 */
async function post(path: string, body: unknown): Promise<void> {
  let envelope: Envelope<unknown>;
  try {
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    envelope = (await response.json()) as Envelope<unknown>;
  } catch (error) {
    throw new ApiError({ code: 'INTERNAL', message: `Linkwork's server did not answer: ${(error as Error).message}` });
  }
  if (!envelope.ok) throw new ApiError(envelope.error);
}

/**
 * A new account (or none) is at the screen: start the page afresh, so nothing another account loaded stays in
 * memory, at `route` (or where it was).
 */
function startAfresh(route?: string): void {
  if (route !== undefined) window.history.replaceState(null, '', `#/${route}`);
  window.location.reload();
}

/** Signs in and opens the page that was asked for (or the person's home). */
export async function signIn(email: string, password: string): Promise<void> {
  await post(AUTH_SIGN_IN_PATH, { email, password });
  startAfresh();
}

/** Sets the password from a one-time link (which signs the person in) and opens their home. */
export async function acceptInvitation(token: string, password: string): Promise<void> {
  await post(AUTH_ACCEPT_INVITATION_PATH, { token, password });
  startAfresh('');
}

/** Ends the session on the server; the page then shows the sign-in page. */
export async function signOut(): Promise<void> {
  await post(AUTH_SIGN_OUT_PATH, {});
  startAfresh('');
}
