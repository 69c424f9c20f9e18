import http from 'node:http';

export interface EventStreamClient {
  status: number | undefined;
  contentType: string | undefined;
  /** Whether the server has ended the stream. */
  ended(): boolean;
  /** Resolves with the next event's data line. */
  next(): Promise<string>;
  close(): void;
}

/** A Server-Sent Events client over plain HTTP on loopback, for `path` on `port` with any further headers. */
export async function openEventStream(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<EventStreamClient> {
  const pending: string[] = [];
  const waiting: ((data: string) => void)[] = [];
  let buffer = '';
  const req = http.request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers } });
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
  let ended = false;
  response.on('end', () => (ended = true));
  response.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
      buffer = buffer.slice(end + 2);
      if (data === undefined) continue;
      const resolve = waiting.shift();
      if (resolve) resolve(data);
      else pending.push(data);
    }
  });
  return {
    status: response.statusCode,
    contentType: response.headers['content-type'],
    ended: () => ended,
    next: () => {
      const ready = pending.shift();
      return ready !== undefined ? Promise.resolve(ready) : new Promise<string>((resolve) => waiting.push(resolve));
    },
    close: () => req.destroy(),
  };
}
