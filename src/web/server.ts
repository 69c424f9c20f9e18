import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiErrorBody } from '../shared/api/envelope.ts';
import { API_PATH, TOKEN_HEADER } from '../shared/api/transport.ts';
import type { Backend } from '../backend/backend.ts';
import { hostIsAllowed, originIsAllowed, SECURITY_HEADERS, tokenMatches } from './security.ts';
import { readStaticFile } from './static-files.ts';

const MAX_BODY_BYTES = 25 * 1024 * 1024;

export interface WebServerOptions {
  backend: Backend;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  port: number;
  token: string;
  /** The address to open: it carries the token, which the page keeps and removes from the address bar. */
  url: string;
  close(): Promise<void>;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  cacheControl = 'no-store',
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Cache-Control': cacheControl });
  res.end(body);
}

function sendError(res: http.ServerResponse, status: number, error: ApiErrorBody): void {
  send(res, status, JSON.stringify({ ok: false, error }), 'application/json');
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, backend: Backend, token: string) {
  if (req.method !== 'POST') return sendError(res, 405, { code: 'VALIDATION', message: 'Use POST for API calls' });
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    return sendError(res, 401, {
      code: 'UNAUTHORISED',
      message: 'This request does not carry the token of this Linkwork session',
    });
  }
  const text = await readBody(req);
  if (text === null) return sendError(res, 413, { code: 'VALIDATION', message: 'The request is too large' });
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch {
    return sendError(res, 400, { code: 'VALIDATION', message: 'The request is not valid JSON' });
  }
  const envelope = await backend.handle(request);
  send(res, 200, JSON.stringify(envelope), 'application/json');
}

/** Browser mode: the built renderer and the same API, on 127.0.0.1 only, behind a per-launch token. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = path.resolve(options.rendererDir);
  let port = 0;

  const server = http.createServer((req, res) => {
    if (!hostIsAllowed(req, port) || !originIsAllowed(req, port)) {
      return sendError(res, 403, { code: 'UNAUTHORISED', message: 'Linkwork answers only to 127.0.0.1 and localhost' });
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === API_PATH) {
      handleApi(req, res, options.backend, token).catch((error: unknown) => {
        sendError(res, 500, { code: 'INTERNAL', message: (error as Error).message });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 405, { code: 'VALIDATION', message: 'Not allowed' });
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
