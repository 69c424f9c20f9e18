import path from 'node:path';
import { SECURITY_HEADERS } from '../web/security.ts';
import { readStaticFile } from '../web/static-files.ts';
import type { AppHost } from './app-scheme.ts';
import { appHostOf } from './app-scheme.ts';

/** The folder each of the app's origins is served from (nothing outside it is ever served). */
export type AppRoots = Record<AppHost, string>;

const refusal = (status: number, text: string) =>
  new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * Answers an `app://` request: a file from its origin's folder with the app's Content-Security-Policy as a header
 * (the same headers browser mode sends); anything else, including a path that climbs out of the folder, a host we
 * do not serve or a method other than reading, is refused.
 */
export function serveAppFile(request: { url: string; method: string }, roots: AppRoots): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Linkwork pages are only read');
  const host = appHostOf(request.url);
  if (!host || request.url.startsWith('blob:')) return refusal(404, 'Not one of Linkwork’s pages');
  const file = readStaticFile(path.resolve(roots[host]), new URL(request.url).pathname || '/');
  if (!file) return refusal(404, 'Not one of Linkwork’s pages');
  const headers = { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': file.cacheControl };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers });
}
