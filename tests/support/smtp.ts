import net from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the test server received it: the envelope, the headers and the decoded text and HTML parts. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  headers: Record<string, string>;
  text: string;
  html: string;
  raw: string;
}

export interface TestSmtp {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
  /** Lets the process end while the server still listens. */
  unref(): void;
}

function decode(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const joined = Buffer.from(body.replace(/=\r?\n/g, ''), 'latin1');
    const bytes: number[] = [];
    for (let i = 0; i < joined.length; i++) {
      const hex = joined.subarray(i + 1, i + 3).toString('latin1');
      if (joined[i] === 0x3d && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else bytes.push(joined[i] as number);
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

/** Header lines unfolded, names in lower case. */
function headersOf(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function splitHead(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const gap = /\r?\n\r?\n/.exec(raw.slice(at))?.[0].length ?? 0;
  return { headers: headersOf(raw.slice(0, at)), body: raw.slice(at + gap) };
}

/** The text/plain and text/html parts of a message, however nested, decoded. */
function partsOf(raw: string, found: { text: string; html: string }): void {
  const { headers, body } = splitHead(raw);
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.startsWith('multipart/') && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      partsOf(part.replace(/^\r?\n/, ''), found);
    }
    return;
  }
  const text = decode(body, (headers['content-transfer-encoding'] ?? '7bit').toLowerCase());
  if (type.startsWith('text/html')) found.html += text;
  else if (type.startsWith('text/plain')) found.text += text;
}

/**
 * A mail server on 127.0.0.1 (a free port, no TLS) that keeps every message it is sent. Signing in is optional,
 * or, given `login`, required with exactly that user name and password.
 */
export async function startTestSmtp(login?: { user: string; pass: string }): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: !login,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (!login || (auth.username === login.user && auth.password === login.pass))
        return callback(null, { user: auth.username });
      callback(new Error('Invalid user name or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const found = { text: '', html: '' };
        partsOf(raw, found);
        const { headers } = splitHead(raw);
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          subject: headers.subject ?? '',
          headers,
          ...found,
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as net.AddressInfo).port;
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    unref: () => server.server.unref(),
  };
}

/** A port on 127.0.0.1 that nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Mail settings for the test server: no TLS (it is on this machine) and no signing in. */
export const settingsFor = (port: number, publicUrl = 'https://linkwork.example.nhs.uk') => ({
  enabled: true,
  host: '127.0.0.1',
  port,
  security: 'none' as const,
  username: '',
  password: null,
  senderAddress: 'linkwork@example.nhs.uk',
  senderName: 'Northgate PCN Linkwork',
  publicUrl,
  sendHour: 7,
});

let shared: Promise<TestSmtp> | null = null;

/** One test mail server for the whole test process, left running (it does not keep the process alive). */
export function sharedTestSmtp(): Promise<TestSmtp> {
  shared ??= startTestSmtp().then((smtp) => {
    smtp.unref();
    return smtp;
  });
  return shared;
}
