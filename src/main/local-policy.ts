import { APP_HOST, appHostOf } from './app-scheme.ts';
import { originOf } from './connection.ts';

/**
 * What the windows on this computer (the app's pages and the welcome choice, in the default session) may load and
 * where they may go. `devOrigin` is electron-vite's dev server while Linkwork is being worked on, otherwise null.
 */

/** Whether a URL is the app's own page: app://linkwork, or the dev server while developing. */
export function isLocalAppUrl(url: string, devOrigin: string | null): boolean {
  if (appHostOf(url) === APP_HOST) return true;
  return devOrigin !== null && originOf(url) === devOrigin;
}

/** The dev server's hot-reload socket: the same host and port as the page, over ws:. */
const isDevSocket = (url: string, devOrigin: string | null): boolean =>
  devOrigin !== null && url.startsWith('ws:') && originOf(url.replace(/^ws:/, 'http:')) === devOrigin;

/**
 * Whether a request from a local window may go ahead: only the app's own origins (their files and the blobs they
 * make), inline `data:` images and fonts, the developer tools, and the dev server while developing. Nothing from
 * the network, and no `file:` at all.
 */
export function mayRequestLocally(url: string, devOrigin: string | null): boolean {
  if (appHostOf(url) !== null) return true;
  if (url.startsWith('data:') || url.startsWith('devtools:')) return true;
  return isLocalAppUrl(url, devOrigin) || isDevSocket(url, devOrigin);
}

/** The app's page never navigates: the hash router changes only the fragment, so only a reload goes ahead. */
export function mayNavigateLocally(url: string, current: string, devOrigin: string | null): boolean {
  return url === current && isLocalAppUrl(url, devOrigin);
}
