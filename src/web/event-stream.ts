import type http from 'node:http';
import type { DataChange } from '../shared/api/domains.ts';
import type { Backend } from '../backend/backend.ts';
import { SECURITY_HEADERS } from './security.ts';

const KEEP_ALIVE_MS = 25_000;

export interface StreamOptions {
  /** What this page may hear of a change (team mode cuts it to the caller); null ends the stream. */
  present?: (change: DataChange) => DataChange | null;
  /** Asked at each keep-alive (team mode: is the session still live?); false ends the stream. */
  stillWanted?: () => boolean;
  /** Headers to add (team mode over https: Strict-Transport-Security). */
  headers?: Record<string, string>;
}

/**
 * Server-Sent Events: every committed write's change, as one `data:` line of JSON, until the page goes.
 * Returns a function that ends the stream from the server's side (team mode, at sign-out).
 */
export function streamChanges(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  backend: Backend,
  options: StreamOptions = {},
): () => void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    ...options.headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // A first comment flushes the headers, so the page knows at once that it is connected.
  res.write(': connected\n\n');
  const end = () => {
    stop();
    res.end();
  };
  const unsubscribe = backend.onChange((change) => {
    const shown = options.present ? options.present(change) : change;
    if (shown === null) return end();
    res.write(`data: ${JSON.stringify(shown)}\n\n`);
  });
  const keepAlive = setInterval(() => {
    if (options.stillWanted && !options.stillWanted()) return end();
    res.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  const stop = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  req.on('close', stop);
  return end;
}
