import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isLoopback } from './addresses.ts';

export interface ServeOptions {
  host: string;
  port: number;
  tls: { cert: Buffer; key: Buffer } | null;
  behindProxy: boolean;
  /** The address people open (`--url`), when given: requests for any other name are refused. */
  publicUrl: URL | null;
}

export const DEFAULT_PORT = 8080;

/**
 * `npm run serve` arguments, or the one line saying why Linkwork will not serve with them. Nothing listens
 * before this has passed.
 */
export function parseServeOptions(argv: readonly string[], env: NodeJS.ProcessEnv): ServeOptions | string {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'behind-proxy': { type: 'boolean' },
      url: { type: 'string' },
    },
    strict: false,
  });
  const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
  const portText = String(values.port ?? env.LINKWORK_PORT ?? DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) return `--port must be a number from 0 to 65535, not ${portText}`;
  const certFile = typeof values['tls-cert'] === 'string' ? values['tls-cert'] : undefined;
  const keyFile = typeof values['tls-key'] === 'string' ? values['tls-key'] : undefined;
  const behindProxy = values['behind-proxy'] === true;
  if (Boolean(certFile) !== Boolean(keyFile)) return 'Give both --tls-cert and --tls-key (the certificate and its key)';
  if (certFile && behindProxy) return 'Choose TLS (--tls-cert and --tls-key) or --behind-proxy, not both';
  if (!isLoopback(host) && !certFile && !behindProxy)
    return (
      `Linkwork will not serve ${host} without encryption, because passwords and staff records would cross the ` +
      'network unprotected: give --tls-cert and --tls-key, or put a reverse proxy with TLS in front and use ' +
      '--behind-proxy (with --host 127.0.0.1)'
    );
  let publicUrl: URL | null = null;
  if (typeof values.url === 'string') {
    try {
      publicUrl = new URL(values.url);
    } catch {
      return `--url must be the address people open, such as https://linkwork.example.nhs.uk, not ${values.url}`;
    }
    if (publicUrl.protocol !== 'https:' && !isLoopback(publicUrl.hostname))
      return `--url must start https:// (people open Linkwork over TLS), not ${values.url}`;
  }
  let tls: ServeOptions['tls'] = null;
  if (certFile && keyFile) {
    try {
      tls = { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) };
    } catch (error) {
      return `Linkwork could not read the TLS certificate or key: ${(error as Error).message}`;
    }
  }
  return { host, port, tls, behindProxy, publicUrl };
}
