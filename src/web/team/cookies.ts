import { SESSION_COOKIE } from '../../shared/api/transport.ts';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Path=/,
 * Secure whenever the browser reached us over https. No Max-Age or Expires: it lasts as long as the browser
 * session, and the server ends the session itself after its idle and absolute limits.
 */
export function sessionCookie(token: string, secure: boolean): string {
  return [`${SESSION_COOKIE}=${token}`, 'HttpOnly', 'SameSite=Strict', 'Path=/', ...(secure ? ['Secure'] : [])].join(
    '; ',
  );
}

export function clearedSessionCookie(secure: boolean): string {
  return [
    `${SESSION_COOKIE}=`,
    'HttpOnly',
    'SameSite=Strict',
    'Path=/',
    'Max-Age=0',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The session's secret from a Cookie header, or null (tokens are base64url: anything else is not ours). */
export function sessionTokenOf(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    if (/^[\w-]{16,128}$/.test(value)) return value;
  }
  return null;
}
