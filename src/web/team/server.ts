import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DataChange } from '../../shared/api/domains.ts';
import type { ApiErrorBody } from '../../shared/api/envelope.ts';
import { API_PATH, AUTH_PATHS, EVENTS_PATH, REFRESH_HEADER } from '../../shared/api/transport.ts';
import type { Backend } from '../../backend/backend.ts';
import type { Caller } from '../../backend/access/caller.ts';
import { ANONYMOUS } from '../../backend/access/caller.ts';
import { visibleWorkers } from '../../backend/access/visible-workers.ts';
import type { AccountRow } from '../../backend/accounts/queries.ts';
import {
  acceptInvitation,
  callerOfAccount,
  sessionAccount,
  sessionLimitsOf,
  signIn,
  signOut,
} from '../../backend/accounts/service.ts';
import { SignInThrottle } from '../../backend/accounts/throttle.ts';
import { DomainError } from '../../backend/errors.ts';
import { streamChanges } from '../event-stream.ts';
import { readJson, send, sendError } from '../server.ts';
import { readStaticFile } from '../static-files.ts';
import { isLoopback, isWildcard, lastListed, normaliseHost, urlHost } from './addresses.ts';
import { isCalendarFeedPath, serveCalendarFeed } from './calendar-feed-route.ts';
import { clearedSessionCookie, sessionCookie, sessionTokenOf } from './cookies.ts';
import type { ReadPool } from './read-pool.ts';
import { isUnsubscribePath, serveUnsubscribe } from './unsubscribe-route.ts';

/** Sign-in and set-password bodies are small; anything bigger is not one. */
const AUTH_BODY_BYTES = 16 * 1024;
/** How long an open event stream relies on what it last looked up about its session. */
const STREAM_RECHECK_MS = 10_000;
/** scrypt's cost grows with the input: a password this long is refused before it is hashed. */
const MAX_PASSWORD_LENGTH = 1024;

export interface TeamServerOptions {
  backend: Backend;
  rendererDir: string;
  /** The address to listen on: loopback, a name or address of this machine, or 0.0.0.0 / :: for all. */
  host: string;
  port?: number;
  /** The certificate and key to serve https directly. */
  tls?: { cert: Buffer | string; key: Buffer | string } | null;
  /** A reverse proxy on this machine terminates TLS: forwarded headers are trusted from loopback peers only. */
  behindProxy?: boolean;
  /** The address people open; when given, requests naming any other host are refused. */
  publicUrl?: URL | null;
  /** Failed sign-ins, per e-mail and per address; a test may pass its own. */
  throttle?: SignInThrottle;
  /** Reader threads for the heavy whole-PCN reads (see read-pool.ts); without them the main thread answers all. */
  readPool?: ReadPool | null;
}

export interface TeamServer {
  port: number;
  /** The address to open (the public address when given). */
  url: string;
  close(): Promise<void>;
}

/** How a request looks once a trusted proxy's forwarded headers are taken into account. */
interface RequestView {
  /** The client's network address (behind a trusted proxy, the one it forwarded). */
  address: string;
  scheme: 'http' | 'https';
  /** The host the browser asked for, normalised (`name[:port]`, no default port). */
  host: string;
  /** Whether the headers came from our own reverse proxy on this machine. */
  viaProxy: boolean;
}

type Json = Record<string, unknown>;

function viewOf(req: http.IncomingMessage, options: TeamServerOptions): RequestView {
  const peer = req.socket.remoteAddress ?? '';
  const viaProxy = Boolean(options.behindProxy) && isLoopback(peer);
  const forwardedProto = viaProxy ? lastListed(req.headers['x-forwarded-proto'])?.toLowerCase() : undefined;
  const scheme = options.tls ? 'https' : forwardedProto === 'https' ? 'https' : 'http';
  const rawHost = (viaProxy && lastListed(req.headers['x-forwarded-host'])) || req.headers.host || '';
  return {
    address: (viaProxy && lastListed(req.headers['x-forwarded-for'])) || peer,
    scheme,
    host: normaliseHost(rawHost, scheme),
    viaProxy,
  };
}

/**
 * The Host header names this server: the public address when one was given; otherwise the loopback names when
 * listening there, whatever our own proxy vouches for, or (serving TLS directly) what the certificate answers to.
 */
function hostIsAllowed(view: RequestView, options: TeamServerOptions, port: number): boolean {
  const loopbackNames = new Set(['127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${port}`));
  const listensOnLoopback = isLoopback(options.host) || isWildcard(options.host);
  if (listensOnLoopback && loopbackNames.has(view.host)) return true;
  if (options.publicUrl) return view.host === normaliseHost(options.publicUrl.host, view.scheme);
  if (view.viaProxy || options.tls) return view.host !== '';
  return !isWildcard(options.host) && view.host === normaliseHost(`${urlHost(options.host)}:${port}`, view.scheme);
}

/**
 * A POST or the event stream must come from this site's own pages: an Origin, when sent, must be this one;
 * without one, the browser's Sec-Fetch-Site (when sent) must say same-origin.
 */
function originIsAllowed(req: http.IncomingMessage, view: RequestView): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false;
    }
    const scheme = parsed.protocol.replace(':', '');
    return scheme === view.scheme && normaliseHost(parsed.host, view.scheme) === view.host;
  }
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

const REFUSED_HOST: ApiErrorBody = { code: 'UNAUTHORISED', message: 'This Linkwork does not answer to that address' };
const REFUSED_ORIGIN: ApiErrorBody = {
  code: 'UNAUTHORISED',
  message: "Only Linkwork's own pages may send this request",
};
const SIGNED_OUT: ApiErrorBody = { code: 'UNAUTHENTICATED', message: 'Sign in to Linkwork first' };

const STATUS_OF: Partial<Record<ApiErrorBody['code'], number>> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
};

/** Team mode: many people over the network, each signed in with a session cookie; the same backend and pages. */
export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const { backend } = options;
  const root = path.resolve(options.rendererDir);
  const throttle = options.throttle ?? new SignInThrottle();
  // Sign-in work is attributed to nobody until it succeeds; a failure is audited as "someone not signed in".
  // Made at each use: a restore gives the backend a new connection.
  const anonymousCtx = () => ({ ...backend.ctx, caller: ANONYMOUS });
  let port = 0;

  const accountOf = (req: http.IncomingMessage, touch = true): AccountRow | null => {
    const token = sessionTokenOf(req.headers.cookie);
    return token ? sessionAccount(backend.ctx, token, sessionLimitsOf(backend.ctx.db), { touch }) : null;
  };

  const headersFor = (view: RequestView): Record<string, string> =>
    view.scheme === 'https' ? { 'Strict-Transport-Security': 'max-age=31536000' } : {};

  const reply = (res: http.ServerResponse, view: RequestView, status: number, body: Json | string) => {
    for (const [name, value] of Object.entries(headersFor(view))) res.setHeader(name, value);
    send(res, status, typeof body === 'string' ? body : JSON.stringify(body), 'application/json');
  };

  const fail = (res: http.ServerResponse, view: RequestView, error: unknown) => {
    if (error instanceof DomainError) {
      const status = STATUS_OF[error.code] ?? 400;
      return reply(res, view, status, { ok: false, error: error.toBody() });
    }
    // Never the request itself: it may hold a password or a link's secret.
    console.error(`[linkwork] a request failed: ${(error as Error).message}`);
    return reply(res, view, 500, { ok: false, error: { code: 'INTERNAL', message: 'Linkwork could not do that' } });
  };

  const readFields = async (req: http.IncomingMessage, res: http.ServerResponse, view: RequestView) => {
    const body = await readJson(req, res, AUTH_BODY_BYTES);
    if (body === undefined) return undefined;
    if (typeof body !== 'object' || body === null) {
      reply(res, view, 400, { ok: false, error: { code: 'VALIDATION', message: 'Send a JSON object' } });
      return undefined;
    }
    return body as Json;
  };

  const text = (value: unknown, max: number): string | null =>
    typeof value === 'string' && value.length > 0 && value.length <= max ? value : null;

  const signedIn = (res: http.ServerResponse, view: RequestView, token: string, account: AccountRow) => {
    res.setHeader('Set-Cookie', sessionCookie(token, view.scheme === 'https'));
    reply(res, view, 200, { ok: true, value: { name: account.name, email: account.email } });
  };

  async function handleSignIn(req: http.IncomingMessage, res: http.ServerResponse, view: RequestView) {
    const body = await readFields(req, res, view);
    if (!body) return;
    const email = text(body.email, 254);
    const password = text(body.password, MAX_PASSWORD_LENGTH);
    if (!email || !password) {
      const message = 'Enter your e-mail address and password';
      return reply(res, view, 400, { ok: false, error: { code: 'VALIDATION', message } });
    }
    try {
      const input = { email: email.trim(), password, address: view.address };
      const { sessionToken, account } = await backend.whileOpen(() =>
        signIn(anonymousCtx(), input, throttle, sessionLimitsOf(backend.ctx.db)),
      );
      signedIn(res, view, sessionToken, account);
    } catch (error) {
      // The throttle's refusal says to wait, the same for any e-mail address: 429 with the minutes to wait.
      if (error instanceof DomainError && error.code === 'FORBIDDEN')
        return reply(res, view, 429, { ok: false, error: error.toBody() });
      fail(res, view, error);
    }
  }

  async function handleAcceptInvitation(req: http.IncomingMessage, res: http.ServerResponse, view: RequestView) {
    const body = await readFields(req, res, view);
    if (!body) return;
    const token = text(body.token, 200);
    const password = typeof body.password === 'string' ? body.password : null;
    if (!token || password === null || password.length > MAX_PASSWORD_LENGTH) {
      const message = 'Open the link from your invitation and choose a password';
      return reply(res, view, 400, { ok: false, error: { code: 'VALIDATION', message } });
    }
    try {
      const { sessionToken, account } = await backend.whileOpen(() =>
        acceptInvitation(anonymousCtx(), { token, password }, sessionLimitsOf(backend.ctx.db)),
      );
      signedIn(res, view, sessionToken, account);
    } catch (error) {
      fail(res, view, error);
    }
  }

  async function handleSignOut(req: http.IncomingMessage, res: http.ServerResponse, view: RequestView) {
    const token = sessionTokenOf(req.headers.cookie);
    if (token) {
      await backend.whileOpen(async () => signOut(backend.ctx, token));
      for (const end of streamsOf.get(token) ?? []) end();
    }
    res.setHeader('Set-Cookie', clearedSessionCookie(view.scheme === 'https'));
    reply(res, view, 200, { ok: true, value: null });
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, view: RequestView) {
    const request = await readJson(req, res);
    if (request === undefined) return;
    const callerNow = (): Caller => {
      // A reload the page made by itself (after a live update) is not use: it does not push back the idle limit.
      const account = accountOf(req, req.headers[REFRESH_HEADER] !== '1');
      // A cookie whose session has ended is taken away, so the browser stops sending it.
      if (!account && sessionTokenOf(req.headers.cookie))
        res.setHeader('Set-Cookie', clearedSessionCookie(view.scheme === 'https'));
      return account ? callerOfAccount(account) : ANONYMOUS;
    };
    // The session is looked up (and touched), and a reader thread answers, only while no restore is under way.
    const found = await backend.whileOpen<{ body: string } | { caller: Caller }>(async () => {
      const caller = callerNow();
      const pooled = options.readPool?.handle(request, caller);
      return pooled ? { body: await pooled } : { caller };
    });
    if ('body' in found) return reply(res, view, 200, found.body);
    // The backend holds back a call made during a restore itself (refusing it if its caller is then out of date).
    const envelope = await backend.handle(request, found.caller);
    reply(res, view, 200, envelope as unknown as Json);
  }

  /**
   * A change as this session may hear it: other people's worker ids are left out; null once it has ended. Every
   * open page hears every write, so whom the session may see is kept for a few seconds, and looked up again
   * at once after a change to accounts or the staff register (roles, supervisors).
   */
  const presentTo = (req: http.IncomingMessage) => {
    let known: { at: number; visible: 'all' | Set<number> } | null = null;
    return (change: DataChange): DataChange | null => {
      const stale = !known || Date.now() - known.at > STREAM_RECHECK_MS;
      if (stale || change.domains.includes('accounts') || change.domains.includes('staff')) {
        const account = accountOf(req, false);
        if (!account) return null;
        known = { at: Date.now(), visible: visibleWorkers(backend.ctx.db, callerOfAccount(account)) };
      }
      const visible = (known as { visible: 'all' | Set<number> }).visible;
      if (visible === 'all' || change.workerIds === null) return change;
      return { ...change, workerIds: change.workerIds.filter((id) => visible.has(id)) };
    };
  };
  /** Open event streams by session, so signing out ends them at once. */
  const streamsOf = new Map<string, Set<() => void>>();

  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const view = viewOf(req, options);
    if (!hostIsAllowed(view, options, port)) return sendError(res, 403, REFUSED_HOST);
    const url = new URL(req.url ?? '/', 'http://linkwork.invalid');
    const isPost = req.method === 'POST';
    const onError = (error: unknown) => fail(res, view, error);
    if (url.pathname === EVENTS_PATH) {
      if (!originIsAllowed(req, view)) return sendError(res, 403, REFUSED_ORIGIN);
      const token = sessionTokenOf(req.headers.cookie);
      if (!token || !accountOf(req)) return reply(res, view, 401, { ok: false, error: SIGNED_OUT });
      const end = streamChanges(req, res, backend, {
        present: presentTo(req),
        stillWanted: () => accountOf(req, false) !== null,
        headers: headersFor(view),
      });
      const open = streamsOf.get(token) ?? new Set();
      streamsOf.set(token, open.add(end));
      req.on('close', () => {
        open.delete(end);
        if (open.size === 0) streamsOf.delete(token);
      });
      return;
    }
    if (isUnsubscribePath(url.pathname)) {
      if (req.method !== 'GET' && !isPost) return sendError(res, 405, { code: 'VALIDATION', message: 'Not allowed' });
      for (const [name, value] of Object.entries(headersFor(view))) res.setHeader(name, value);
      try {
        return serveUnsubscribe(backend, req, res, url, originIsAllowed(req, view));
      } catch (error) {
        return onError(error);
      }
    }
    const routes: Record<string, () => unknown> = {
      [API_PATH]: () => handleApi(req, res, view),
      [AUTH_PATHS.signIn]: () => handleSignIn(req, res, view),
      [AUTH_PATHS.acceptInvitation]: () => handleAcceptInvitation(req, res, view),
      [AUTH_PATHS.signOut]: () => handleSignOut(req, res, view),
    };
    const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
    if (route || isPost) {
      if (!route) return sendError(res, 404, { code: 'VALIDATION', message: 'There is nothing to post here' });
      if (!isPost) return sendError(res, 405, { code: 'VALIDATION', message: 'Use POST' });
      if (!originIsAllowed(req, view)) return sendError(res, 403, REFUSED_ORIGIN);
      try {
        void Promise.resolve(route()).catch(onError);
      } catch (error) {
        onError(error);
      }
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 405, { code: 'VALIDATION', message: 'Not allowed' });
    for (const [name, value] of Object.entries(headersFor(view))) res.setHeader(name, value);
    if (isCalendarFeedPath(url.pathname)) return serveCalendarFeed(backend, url.pathname, res);
    const file = readStaticFile(root, url.pathname);
    if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    send(res, 200, file.body, file.contentType, file.cacheControl);
  };

  const server = options.tls ? https.createServer({ ...options.tls }, handler) : http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const scheme = options.tls ? 'https' : 'http';
  const shownHost = isWildcard(options.host) ? '127.0.0.1' : urlHost(options.host);
  return {
    port,
    url: options.publicUrl ? options.publicUrl.origin : `${scheme}://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
