/** The one IPC channel between the renderer and the Electron main process. */
export const IPC_CHANNEL = 'linkwork:call';
/** Browser mode: the one HTTP endpoint, and the header that carries the per-launch token. */
export const API_PATH = '/api';
export const TOKEN_HEADER = 'x-linkwork-token';
/** Browser mode: the Server-Sent Events stream of data changes (the token travels as `?token=`). */
export const EVENTS_PATH = '/api/events';
/** Browser mode under end-to-end tests only: makes chosen calls fail. */
export const TEST_FAULT_PATH = '/api/test-fault';
/**
 * Team mode: signing in, signing out and setting a password from a set-up link are plain POSTs with a JSON body
 * (`{ email, password }`, nothing, `{ token, password }`) answered with an envelope; they set or clear the session
 * cookie, which then carries every call (no token).
 */
export const AUTH_SIGN_IN_PATH = '/auth/sign-in';
export const AUTH_SIGN_OUT_PATH = '/auth/sign-out';
export const AUTH_ACCEPT_INVITATION_PATH = '/auth/accept-invitation';
/** Team mode: signing in, setting a password from a one-time link, and signing out (JSON POSTs, same origin). */
export const AUTH_PATHS = {
  signIn: '/auth/sign-in',
  acceptInvitation: '/auth/accept-invitation',
  signOut: '/auth/sign-out',
} as const;
/** Team mode: the session cookie (HttpOnly, SameSite=Strict, Path=/, Secure over https; no Max-Age). */
export const SESSION_COOKIE = 'linkwork_session';
/**
 * Team mode: sent (as `1`) on a call the page makes by itself, such as reloading what it shows after a live
 * update, so that it does not count as use: a tab left open still reaches the idle limit.
 */
export const REFRESH_HEADER = 'x-linkwork-refresh';
