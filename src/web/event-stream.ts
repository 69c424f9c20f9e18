import type http from 'node:http';
import type { Backend } from '../backend/backend.ts';
import { SECURITY_HEADERS } from './security.ts';

const KEEP_ALIVE_MS = 25_000;

/** Server-Sent Events: every committed write's change, as one `data:` line of JSON, until the page goes. */
export function streamChanges(req: http.IncomingMessage, res: http.ServerResponse, backend: Backend): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // A first comment flushes the headers, so the page knows at once that it is connected.
  res.write(': connected\n\n');
  const unsubscribe = backend.onChange((change) => res.write(`data: ${JSON.stringify(change)}\n\n`));
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
  req.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}
