import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiErrorBody } from '../shared/api/envelope.ts';
import { API_PATH, EVENTS_PATH, TEST_FAULT_PATH, TOKEN_HEADER } from '../shared/api/transport.ts';
import { MAX_API_REQUEST_BYTES } from '../shared/domain/evidence-limits.ts';
import type { Backend } from '../backend/backend.ts';
import { noKeyPage } from './no-key-page.ts';
import {
  hasLaunchCookie,
  hostIsAllowed,
  launchCookie,
  originIsAllowed,
  SECURITY_HEADERS,
  tokenMatches,
} from './security.ts';
import { readStaticFile } from './static-files.ts';
import { streamChanges } from './event-stream.ts';
import { TestFaults } from './test-faults.ts';

/** Browser and team mode alike: room for the largest record Settings can allow (see evidence-limits.ts). */
const MAX_BODY_BYTES = MAX_API_REQUEST_BYTES;

export interface WebServerOptions {
  backend: Backend;
  rendererDir: string;
  port?: number;
  token?: string;
  /** End-to-end tests only: lets POST /api/test-fault make chosen calls fail (see test-faults.ts). */
  testFaults?: boolean;
}

export interface WebServer {
  port: number;
  token: string;
  /** The address to open: it carries the token, which the page keeps and removes from the address bar. */
  url: string;
  close(): Promise<void>;
}

export function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  cacheControl = 'no-store',
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': cacheControl });
  res.end(body);
}

export function sendError(res: http.ServerResponse, status: number, error: ApiErrorBody): void {
  send(res, status, JSON.stringify({ ok: false, error }), 'application/json');
}

export async function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const NO_TOKEN: ApiErrorBody = {
  code: 'UNAUTHORISED',
  message: 'This request does not carry the token of this Linkwork session',
};

export async function readJson(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  limit = MAX_BODY_BYTES,
): Promise<unknown> {
  const text = await readBody(req, limit);
  if (text === null) {
    sendError(res, 413, { code: 'VALIDATION', message: 'The request is too large' });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    sendError(res, 400, { code: 'VALIDATION', message: 'The request is not valid JSON' });
    return undefined;
  }
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  backend: Backend,
  faults: TestFaults | null,
) {
  if (req.method !== 'POST') return sendError(res, 405, { code: 'VALIDATION', message: 'Use POST for API calls' });
  const request = await readJson(req, res);
  if (request === undefined) return;
  const method = (request as { method?: unknown } | null)?.method;
  const envelope = (faults && faults.take(String(method))) ?? (await backend.handle(request));
  send(res, 200, JSON.stringify(envelope), 'application/json');
}

async function armTestFault(req: http.IncomingMessage, res: http.ServerResponse, faults: TestFaults) {
  const body = (await readJson(req, res)) as { method?: unknown; times?: unknown } | undefined;
  if (body === undefined) return;
  const times = Number(body.times ?? 1);
  if (typeof body.method !== 'string' || !Number.isInteger(times) || times < 0 || times > 100) {
    return sendError(res, 400, { code: 'VALIDATION', message: 'Give a method name and 0 to 100 times' });
  }
  faults.arm(body.method, times);
  send(res, 200, JSON.stringify({ ok: true, value: null }), 'application/json');
}

interface Launch {
  port: number;
  token: string;
  /** The value of the browser's mark that it opened this launch's address (security.ts, launchCookie). */
  launchId: string;
}

const isAppPage = (pathname: string): boolean => pathname === '/' || pathname === '/index.html';

/**
 * The app's page for a browser that has the key (in the address, or opened with it before and marked), and the
 * page saying how to open Linkwork for one that has not: not a page that loads only to fail its first call.
 */
function sendAppPage(req: http.IncomingMessage, res: http.ServerResponse, url: URL, root: string, launch: Launch) {
  const page = readStaticFile(root, '/');
  if (!page) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
  if (tokenMatches(url.searchParams.get('token') ?? undefined, launch.token)) {
    res.setHeader('Set-Cookie', launchCookie(launch.port, launch.launchId));
  } else if (!hasLaunchCookie(req, launch.port, launch.launchId)) {
    return send(res, 401, noKeyPage(launch.port), 'text/html; charset=utf-8');
  }
  send(res, 200, page.body, page.contentType, page.cacheControl);
}

/** Browser mode: the built renderer and the same API, on 127.0.0.1 only, behind a per-launch token. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = path.resolve(options.rendererDir);
  const faults = options.testFaults ? new TestFaults() : null;
  const launchId = randomBytes(18).toString('base64url');
  let port = 0;

  const server = http.createServer((req, res) => {
    if (!hostIsAllowed(req, port) || !originIsAllowed(req, port)) {
      return sendError(res, 403, { code: 'UNAUTHORISED', message: 'Linkwork answers only to 127.0.0.1 and localhost' });
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const fail = (error: unknown) => sendError(res, 500, { code: 'INTERNAL', message: (error as Error).message });
    if (url.pathname === EVENTS_PATH) {
      // EventSource cannot send headers, so the stream takes the token in its address.
      if (!tokenMatches(url.searchParams.get('token') ?? undefined, token)) return sendError(res, 401, NO_TOKEN);
      return streamChanges(req, res, options.backend);
    }
    if (url.pathname === API_PATH || (faults && url.pathname === TEST_FAULT_PATH)) {
      if (!tokenMatches(req.headers[TOKEN_HEADER], token)) return sendError(res, 401, NO_TOKEN);
      const work =
        url.pathname === API_PATH ? handleApi(req, res, options.backend, faults) : armTestFault(req, res, faults!);
      work.catch(fail);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 405, { code: 'VALIDATION', message: 'Not allowed' });
    if (isAppPage(url.pathname)) return sendAppPage(req, res, url, root, { port, token, launchId });
    const file = readStaticFile(root, url.pathname);
    if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    send(res, 200, file.body, file.contentType, file.cacheControl);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
