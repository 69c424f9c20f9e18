import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The same policy as the renderer's meta tag: nothing from outside this app, ever. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

/** Only loopback names: a page on another site that rebinds its DNS to 127.0.0.1 is turned away. */
export function hostIsAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function originIsAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokenMatches(presented: string | string[] | undefined, token: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The mark a browser gets with the page when it opens the launch address (the one with the key): a reload
 * then still gets the page, though the page has taken the key out of the address bar, while an address never
 * opened with this launch's key gets the page saying how to open Linkwork. It grants nothing (every call
 * needs the key itself). Named by port, so two Linkworks on one computer keep their own.
 */
const launchCookieName = (port: number): string => `linkwork-launch-${port}`;

export function launchCookie(port: number, launchId: string): string {
  return `${launchCookieName(port)}=${launchId}; HttpOnly; SameSite=Strict; Path=/`;
}

export function hasLaunchCookie(req: IncomingMessage, port: number, launchId: string): boolean {
  const prefix = `${launchCookieName(port)}=`;
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  return tokenMatches(cookie?.slice(prefix.length), launchId);
}
