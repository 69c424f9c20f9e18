import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { generate } from 'selfsigned';
import { afterEach, describe, expect, it } from 'vitest';
import { SIGN_IN_REFUSED } from '../../src/backend/accounts/service.ts';
import { createBackend } from '../../src/backend/backend.ts';
import type { TeamServer, TeamServerOptions } from '../../src/web/team/server.ts';
import { startTeamServer } from '../../src/web/team/server.ts';
import { count, ok, tempDir } from '../support/backend.ts';
import { openEventStream } from '../support/event-stream-client.ts';
import { accountFor, clockedBackend, GOOD_PASSWORD, tokenOf } from '../support/accounts.ts';
import { linkWorker, supervisedLinkWorker } from '../support/pcn.ts';

const servers: TeamServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function rendererDir(): string {
  const dir = tempDir('linkwork-renderer-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Linkwork</title>');
  return dir;
}

/** A PCN with Florence (supervised by Dr Patel), Sam, and Florence's account with its password set. */
async function started(options: Partial<TeamServerOptions> = {}) {
  const { backend, clock } = clockedBackend();
  const { workerId, gpId } = await supervisedLinkWorker(backend);
  const sam = await ok(backend, 'worker.create', linkWorker({ name: 'Sam Okafor' }));
  const florence = await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net');
  const server = await startTeamServer({ backend, rendererDir: rendererDir(), host: '127.0.0.1', ...options });
  servers.push(server);
  return { backend, clock, server, workerId, gpId, samId: sam.id, florence };
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

interface Ask {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  tls?: boolean;
}

function ask(
  server: TeamServer,
  { path: at = '/api', method = 'POST', headers = {}, body, tls = false }: Ask,
): Promise<Reply> {
  const transport = tls ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: at,
        method,
        rejectUnauthorized: false,
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          let json: Reply['json'] = { ok: false };
          try {
            json = JSON.parse(text) as Reply['json'];
          } catch {
            // not JSON: a page or a plain refusal
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(method === 'GET' ? undefined : JSON.stringify(body ?? { method: 'app.status', input: {} }));
  });
}

const signInBody = (email = 'florence@nhs.net', password = GOOD_PASSWORD) => ({ email, password });
const cookieOf = (reply: Reply): string => String(reply.headers['set-cookie']?.[0] ?? '');
const sessionOf = (reply: Reply): string => cookieOf(reply).split(';')[0] as string;

async function signedIn(server: TeamServer, extra: Partial<Ask> = {}) {
  const reply = await ask(server, { path: '/auth/sign-in', body: signInBody(), ...extra });
  expect(reply.status).toBe(200);
  return { reply, cookie: sessionOf(reply) };
}

describe('team mode server: sessions', () => {
  it('answers malformed sign-in and set-password requests with a clear message, and records nothing', async () => {
    const { server, backend } = await started();
    const before = [count(backend, 'account_session'), count(backend, 'audit_log')];
    const attempts: unknown[] = [[], 'text', {}, { email: 'florence@nhs.net' }, { email: 42, password: GOOD_PASSWORD }];
    for (const body of attempts) {
      const reply = await ask(server, { path: '/auth/sign-in', body });
      expect(reply.status).toBe(400);
      expect(reply.json.error?.code).toBe('VALIDATION');
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    const tooLong = await ask(server, {
      path: '/auth/sign-in',
      body: signInBody('florence@nhs.net', 'x'.repeat(5000)),
    });
    expect(tooLong.status).toBe(400);
    const noToken = await ask(server, { path: '/auth/accept-invitation', body: { password: GOOD_PASSWORD } });
    expect(noToken.status).toBe(400);
    expect([count(backend, 'account_session'), count(backend, 'audit_log')]).toEqual(before);
  });

  it('signs in with a session cookie that is HttpOnly, SameSite=Strict, Path=/ and lasts the browser session', async () => {
    const { server } = await started();
    const { reply, cookie } = await signedIn(server);
    expect(reply.json).toEqual({ ok: true, value: { name: 'Florence Ndlovu', email: 'florence@nhs.net' } });
    const flags = cookieOf(reply).split('; ');
    expect(flags[0]).toMatch(/^linkwork_session=[\w-]{43}$/);
    expect(flags.slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    expect(cookieOf(reply)).not.toMatch(/Max-Age|Expires/i);
    const me = await ask(server, { headers: { cookie }, body: { method: 'worker.get', input: { id: 1 } } });
    expect(me.json).toMatchObject({ ok: true, value: { name: 'Florence Ndlovu' } });
  });

  it('marks the cookie Secure over TLS', async () => {
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], { keyType: 'ec', curve: 'P-256' });
    const { server } = await started({ tls: { cert: pems.cert, key: pems.private } });
    expect(server.url).toBe(`https://127.0.0.1:${server.port}`);
    const { reply, cookie } = await signedIn(server, { tls: true });
    expect(cookieOf(reply).split('; ')).toContain('Secure');
    expect(reply.headers['strict-transport-security']).toBe('max-age=31536000');
    const me = await ask(server, { tls: true, headers: { cookie, origin: server.url } });
    expect(me.json).toMatchObject({ ok: true, value: { mode: 'team', me: { email: 'florence@nhs.net' } } });
  });

  it('behind a proxy, trusts X-Forwarded-Proto and -Host from loopback: Secure cookie and that origin', async () => {
    const { server } = await started({ behindProxy: true, publicUrl: new URL('https://linkwork.example.nhs.uk') });
    const forwarded = {
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'linkwork.example.nhs.uk',
      'x-forwarded-for': '203.0.113.7',
    };
    const { reply, cookie } = await signedIn(server, {
      headers: { ...forwarded, origin: 'https://linkwork.example.nhs.uk' },
    });
    expect(cookieOf(reply).split('; ')).toContain('Secure');
    const wrongName = await ask(server, {
      headers: { ...forwarded, 'x-forwarded-host': 'evil.example', cookie },
    });
    expect(wrongName.status).toBe(403);
    const httpOrigin = await ask(server, {
      headers: { ...forwarded, origin: 'http://linkwork.example.nhs.uk', cookie },
    });
    expect(httpOrigin.status).toBe(403);
  });

  it('without --behind-proxy, ignores forwarded headers: no Secure cookie, and the throttle counts the real peer', async () => {
    const { server, backend } = await started();
    const { reply } = await signedIn(server, {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' },
    });
    expect(cookieOf(reply)).not.toContain('Secure');
    await ask(server, {
      path: '/auth/sign-in',
      body: signInBody('florence@nhs.net', 'wrong password!!'),
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    const summary = backend.ctx.db
      .prepare("SELECT summary FROM audit_log WHERE action = 'account.signInFailed'")
      .get() as { summary: string };
    expect(summary.summary).toBe('Failed sign-in for florence@nhs.net from 127.0.0.1');
  });

  it('answers the API signed out with UNAUTHENTICATED only', async () => {
    const { server } = await started();
    const reply = await ask(server, { body: { method: 'worker.list', input: {} } });
    expect(reply.json).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Sign in to Linkwork first' } });
    const status = await ask(server, { body: { method: 'app.status', input: {} } });
    expect(status.json).toMatchObject({ ok: true, value: { mode: 'team', me: null, dataFile: '' } });
    const guessed = await ask(server, {
      headers: { cookie: `linkwork_session=${'A'.repeat(43)}` },
      body: { method: 'worker.list', input: {} },
    });
    expect(guessed.json).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(cookieOf(guessed)).toMatch(/^linkwork_session=;.*Max-Age=0/);
  });

  it('ends the session on the server at sign-out: the old cookie no longer works', async () => {
    const { server, backend } = await started();
    const { cookie } = await signedIn(server);
    const out = await ask(server, { path: '/auth/sign-out', headers: { cookie }, body: {} });
    expect(out.status).toBe(200);
    expect(cookieOf(out)).toMatch(/^linkwork_session=; HttpOnly; SameSite=Strict; Path=\/; Max-Age=0$/);
    const replayed = await ask(server, { headers: { cookie }, body: { method: 'worker.list', input: {} } });
    expect(replayed.json).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(count(backend, 'account_session WHERE ended_at IS NOT NULL')).toBeGreaterThan(0);
  });

  it('ends a session left idle past the setting', async () => {
    const { server, clock } = await started();
    const { cookie } = await signedIn(server);
    clock.advance(29);
    expect((await ask(server, { headers: { cookie }, body: { method: 'worker.list', input: {} } })).json.ok).toBe(true);
    clock.advance(31);
    expect((await ask(server, { headers: { cookie }, body: { method: 'worker.list', input: {} } })).json).toMatchObject(
      {
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      },
    );
  });

  it("does not count the page's own reloads after a live update as use", async () => {
    const { server, clock } = await started();
    const { cookie } = await signedIn(server);
    const list = { method: 'worker.list', input: {} };
    for (let i = 0; i < 3; i++) {
      clock.advance(12);
      const reload = await ask(server, { headers: { cookie, 'x-linkwork-refresh': '1' }, body: list });
      expect(reload.json.ok, `a reload ${12 * (i + 1)} minutes after signing in`).toBe(i < 2);
    }
  });

  it('refuses a wrong password and an unknown e-mail alike (401), then pauses with 429', async () => {
    const { server } = await started();
    const wrong = await ask(server, {
      path: '/auth/sign-in',
      body: signInBody('florence@nhs.net', 'not the password'),
    });
    const unknown = await ask(server, {
      path: '/auth/sign-in',
      body: signInBody('nobody@nhs.net', 'not the password'),
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toBe(unknown.body);
    expect(wrong.json.error?.message).toBe(SIGN_IN_REFUSED);
    for (let i = 0; i < 4; i++)
      await ask(server, { path: '/auth/sign-in', body: signInBody('nobody@nhs.net', 'not it at all') });
    const paused = await ask(server, { path: '/auth/sign-in', body: signInBody('nobody@nhs.net', 'not it at all') });
    expect(paused.status).toBe(429);
    expect(paused.json.error?.message).toMatch(/^Too many attempts to sign in: wait \d+ minutes/);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('sets a password from a link once; a used or expired link is refused', async () => {
    const { server, backend, clock, samId } = await started();
    const { linkPath } = await accountFor(
      backend,
      { kind: 'worker', id: samId },
      'sam@nhs.net',
      {},
      { setPassword: false },
    );
    const body = { token: tokenOf(linkPath), password: GOOD_PASSWORD };
    const first = await ask(server, { path: '/auth/accept-invitation', body });
    expect(first.status).toBe(200);
    expect(cookieOf(first)).toMatch(/^linkwork_session=/);
    const used = await ask(server, { path: '/auth/accept-invitation', body });
    expect(used.status).toBe(403);
    expect(used.json.error?.message).toMatch(/has been used, has expired/);
    expect(used.headers['set-cookie']).toBeUndefined();

    const later = await accountFor(backend, { kind: 'colleague', id: 1 }, 'asha@nhs.net', {}, { setPassword: false });
    clock.advance(72 * 60);
    const expired = await ask(server, {
      path: '/auth/accept-invitation',
      body: { token: tokenOf(later.linkPath), password: GOOD_PASSWORD },
    });
    expect(expired.status).toBe(403);
    const tooShort = await ask(server, {
      path: '/auth/accept-invitation',
      body: { token: 'x'.repeat(43), password: 'short' },
    });
    expect(tooShort.status).toBe(403);
  });
});

describe('team mode server: where requests may come from', () => {
  it('refuses a foreign Origin on every POST and on the event stream', async () => {
    const { server } = await started();
    const { cookie } = await signedIn(server);
    const evil = { origin: 'https://evil.example', cookie };
    for (const at of ['/api', '/auth/sign-in', '/auth/sign-out', '/auth/accept-invitation']) {
      const reply = await ask(server, { path: at, headers: evil, body: signInBody() });
      expect(reply.status, at).toBe(403);
    }
    expect((await ask(server, { path: '/api/events', method: 'GET', headers: evil })).status).toBe(403);
    const crossSite = await ask(server, { headers: { 'sec-fetch-site': 'cross-site', cookie } });
    expect(crossSite.status).toBe(403);
    // The session is still there: a refused request did nothing.
    const same = await ask(server, {
      headers: { origin: server.url, cookie },
      body: { method: 'worker.list', input: {} },
    });
    expect(same.json.ok).toBe(true);
  });

  it('refuses a Host header that does not name it (DNS rebinding)', async () => {
    const { server } = await started();
    for (const host of ['evil.example', `attacker.test:${server.port}`, '127.0.0.1']) {
      expect((await ask(server, { headers: { host } })).status, host).toBe(403);
      expect((await ask(server, { path: '/', method: 'GET', headers: { host } })).status, host).toBe(403);
    }
    expect((await ask(server, { path: '/', method: 'GET' })).status).toBe(200);
  });

  it('with a public address, answers to that name only', async () => {
    const pems = await generate([{ name: 'commonName', value: 'linkwork.example.nhs.uk' }], {
      keyType: 'ec',
      curve: 'P-256',
    });
    const { server } = await started({
      tls: { cert: pems.cert, key: pems.private },
      publicUrl: new URL('https://linkwork.example.nhs.uk:8443'),
    });
    expect(server.url).toBe('https://linkwork.example.nhs.uk:8443');
    const named = await ask(server, { tls: true, headers: { host: 'linkwork.example.nhs.uk:8443' } });
    expect(named.status).toBe(200);
    const other = await ask(server, { tls: true, headers: { host: 'other.example.nhs.uk:8443' } });
    expect(other.status).toBe(403);
  });
});

describe('team mode server: the event stream', () => {
  it('needs a live session, and sends ids and domains only, cut to the workers the caller may see', async () => {
    const { server, backend, samId, workerId } = await started();
    const refused = await ask(server, { path: '/api/events', method: 'GET' });
    expect(refused.status).toBe(401);

    const { cookie } = await signedIn(server);
    const events = await openEventStream(server.port, '/api/events', { cookie });
    expect(events.status).toBe(200);
    await ok(backend, 'worker.update', { id: samId, fields: linkWorker({ name: 'Sam Okafor', hoursPerWeek: 30 }) });
    const aboutSam = JSON.parse(await events.next()) as Record<string, unknown>;
    expect(Object.keys(aboutSam).sort()).toEqual(['domains', 'id', 'workerIds']);
    expect(aboutSam.workerIds).toEqual([]);
    expect(JSON.stringify(aboutSam)).not.toContain('Sam');
    await ok(backend, 'worker.update', { id: workerId, fields: linkWorker({ supervisorId: 1, hoursPerWeek: 30 }) });
    expect(JSON.parse(await events.next())).toMatchObject({
      domains: expect.arrayContaining(['staff']),
      workerIds: [workerId],
    });
    events.close();
  });

  it('stops once the session has ended', async () => {
    const { server, backend } = await started();
    const { cookie } = await signedIn(server);
    const events = await openEventStream(server.port, '/api/events', { cookie });
    await ask(server, { path: '/auth/sign-out', headers: { cookie }, body: {} });
    await ok(backend, 'settings.update', { ...(await ok(backend, 'settings.get', {})), expiringSoonDays: 60 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events.ended()).toBe(true);
  });
});

describe('npm run serve', () => {
  const serve = (args: string[]) =>
    spawnSync(process.execPath, ['src/web/team/cli.ts', ...args], { encoding: 'utf8', timeout: 20_000 });

  it('refuses a network address without TLS or --behind-proxy, in one line, before opening anything', () => {
    const dataDir = tempDir();
    const run = serve(['--data-dir', dataDir, '--host', '0.0.0.0', '--port', '0']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^Linkwork will not serve 0\.0\.0\.0 without encryption, because passwords .* --behind-proxy/,
    );
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it('refuses half a TLS set-up, or TLS and a proxy at once', () => {
    const dataDir = tempDir();
    expect(serve(['--data-dir', dataDir, '--host', '0.0.0.0', '--tls-cert', 'c.pem']).stderr).toMatch(
      /Give both --tls-cert and --tls-key/,
    );
    expect(
      serve(['--data-dir', dataDir, '--tls-cert', 'c.pem', '--tls-key', 'k.pem', '--behind-proxy']).stderr,
    ).toMatch(/not both/);
    expect(
      serve(['--data-dir', dataDir, '--host', '0.0.0.0', '--tls-cert', 'nope.pem', '--tls-key', 'nope.pem']).stderr,
    ).toMatch(/could not read the TLS certificate/);
  }, 60_000);
});

describe('npm run accounts', () => {
  const accounts = (args: string[]) =>
    spawnSync(process.execPath, ['src/web/team/accounts-cli.ts', ...args], { encoding: 'utf8', timeout: 20_000 });

  it('adds the first lead with a one-time link that sets the password on the server', async () => {
    const dataDir = tempDir();
    const common = ['--data-dir', dataDir, '--today', '2026-11-24'];
    const add = accounts([
      ...common,
      'add-lead',
      '--email',
      'lee.lead@nhs.net',
      '--name',
      'Lee Lead',
      '--url',
      'https://linkwork.example.nhs.uk',
    ]);
    expect(add.stderr).toBe('');
    expect(add.status).toBe(0);
    const link = /Set-up link: (\S+)/.exec(add.stdout)?.[1] ?? '';
    expect(link).toMatch(/^https:\/\/linkwork\.example\.nhs\.uk\/#\/welcome\/invitation\/[\w-]{43}$/);
    expect(add.stdout).toContain('Made Lee Lead (PCN workforce lead) a lead account for lee.lead@nhs.net');

    expect(accounts([...common, 'add-lead', '--email', 'LEE.lead@nhs.net', '--name', 'Lee Again']).stderr).toMatch(
      /already has an account/,
    );
    expect(accounts([...common, 'add-lead', '--email', 'not-an-address', '--name', 'X']).stderr).toMatch(/^--email: /);
    const reissued = accounts([...common, 'reissue', '--email', 'lee.lead@nhs.net']);
    const path = /Set-up link: (\S+)/.exec(reissued.stdout)?.[1] ?? '';
    expect(path).toMatch(/^\/#\/welcome\/invitation\/[\w-]{43}$/);
    expect(accounts([...common, 'list']).stdout).toMatch(
      /^lee\.lead@nhs\.net\tLee Lead\tlead\tset-up link sent\t0 active sessions$/m,
    );

    const backend = createBackend({ dataDir, now: () => new Date('2026-11-24T12:00:00Z') });
    const server = await startTeamServer({ backend, rendererDir: rendererDir(), host: '127.0.0.1' });
    try {
      const old = await ask(server, {
        path: '/auth/accept-invitation',
        body: { token: link.split('/').at(-1), password: GOOD_PASSWORD },
      });
      expect(old.status, 'the first link stopped working when it was re-issued').toBe(403);
      const set = await ask(server, {
        path: '/auth/accept-invitation',
        body: { token: path.split('/').at(-1), password: GOOD_PASSWORD },
      });
      expect(set.json).toEqual({ ok: true, value: { name: 'Lee Lead', email: 'lee.lead@nhs.net' } });
      const people = await ask(server, {
        headers: { cookie: sessionOf(set) },
        body: { method: 'colleague.list', input: {} },
      });
      expect(people.json).toMatchObject({ ok: true, value: [{ name: 'Lee Lead', jobTitle: 'PCN workforce lead' }] });
    } finally {
      await server.close();
      backend.close();
    }
  }, 60_000);
});
