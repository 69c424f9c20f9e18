import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebServer } from '../../src/web/server.ts';
import { startWebServer } from '../../src/web/server.ts';
import { tempDir, testBackend } from '../support/backend.ts';
import { openEventStream } from '../support/event-stream-client.ts';

const servers: WebServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: { testFaults?: boolean } = {}): Promise<WebServer> {
  const rendererDir = tempDir('linkwork-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Linkwork</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-Ab12Cd34.js'), 'console.log(1);');
  fs.writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'not for the browser');
  const server = await startWebServer({ backend: testBackend(), rendererDir, ...options });
  servers.push(server);
  return server;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  server: WebServer,
  options: { path?: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: options.path ?? '/api',
        method: options.method ?? 'POST',
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.method === 'GET') req.end();
    else req.end(options.body ?? JSON.stringify({ method: 'app.status', input: {} }));
  });
}

describe('browser mode', () => {
  it('listens on 127.0.0.1 only and answers a call that carries the token', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    const reply = await request(server, { headers: { 'x-linkwork-token': server.token } });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { pcn: null } });
  });

  it('refuses a call without the token, or with the wrong one', async () => {
    const server = await start();
    const attempts: Record<string, string>[] = [
      {},
      { 'x-linkwork-token': 'guess' },
      { 'x-linkwork-token': `${server.token}x` },
    ];
    for (const headers of attempts) {
      const reply = await request(server, { headers });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    }
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const server = await start();
    for (const host of ['evil.example:80', `attacker.test:${server.port}`, '127.0.0.1']) {
      const reply = await request(server, { headers: { host, 'x-linkwork-token': server.token } });
      expect(reply.status).toBe(403);
    }
    const page = await request(server, { path: '/', method: 'GET', headers: { host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses a cross-site Origin even with the token', async () => {
    const server = await start();
    const reply = await request(server, {
      headers: { origin: 'https://evil.example', 'x-linkwork-token': server.token },
    });
    expect(reply.status).toBe(403);
  });

  it('serves the app with a strict content security policy and nothing outside it', async () => {
    const server = await start();
    const page = await request(server, { path: `/?token=${server.token}`, method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const sneaky of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      expect((await request(server, { path: sneaky, method: 'GET' })).status).toBe(404);
    }
  });

  it('lets the browser keep content-hashed assets but always asks again for the page', async () => {
    const server = await start();
    const page = await request(server, { path: '/', method: 'GET' });
    expect(page.headers['cache-control']).toBe('no-store');
    const script = await request(server, { path: '/assets/index-Ab12Cd34.js', method: 'GET' });
    expect(script).toMatchObject({ status: 200, body: 'console.log(1);' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers an address without the key with a page saying how to open Linkwork, with no script', async () => {
    const server = await start();
    for (const path of ['/', '/index.html', '/?token=guess', `/?token=${server.token}x`]) {
      const page = await request(server, { path, method: 'GET' });
      expect(page.status).toBe(401);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.body).toContain('This address does not open Linkwork');
      expect(page.body).toContain(`http://127.0.0.1:${server.port}/?token=…`);
      expect(page.body).not.toMatch(/<script/i);
      expect(page.body).not.toContain(server.token);
      expect(page.headers['set-cookie']).toBeUndefined();
    }
  });

  it('gives the page to the launch address, and again on a reload once the page has taken the key out', async () => {
    const server = await start();
    const opened = await request(server, { path: `/?token=${server.token}`, method: 'GET' });
    expect(opened).toMatchObject({ status: 200, body: '<!doctype html><title>Linkwork</title>' });
    const [mark] = opened.headers['set-cookie'] ?? [];
    expect(mark).toMatch(new RegExp(`^linkwork-launch-${server.port}=[\\w-]+; HttpOnly; SameSite=Strict; Path=/$`));
    expect(mark).not.toContain(server.token);

    const cookie = (mark ?? '').split(';')[0] ?? '';
    const reload = await request(server, { path: '/', method: 'GET', headers: { cookie: `other=1; ${cookie}` } });
    expect(reload).toMatchObject({ status: 200, body: '<!doctype html><title>Linkwork</title>' });
    // The mark opens the page only: a call still needs the key.
    const call = await request(server, { headers: { cookie } });
    expect(call.status).toBe(401);

    const another = await start();
    const forged = `linkwork-launch-${server.port}=${cookie.split('=')[1]}x`;
    expect((await request(server, { path: '/', method: 'GET', headers: { cookie: forged } })).status).toBe(401);
    expect((await request(another, { path: '/', method: 'GET', headers: { cookie } })).status).toBe(401);
  });

  it('answers malformed JSON with a typed error', async () => {
    const server = await start();
    const reply = await request(server, { headers: { 'x-linkwork-token': server.token }, body: '{not json' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('streams each committed write to pages that carry the token, and to no one else', async () => {
    const server = await start();
    const refused = await request(server, { path: '/api/events', method: 'GET' });
    expect(refused.status).toBe(401);

    const events = await openEventStream(server.port, `/api/events?token=${server.token}`);
    expect(events.contentType).toContain('text/event-stream');
    const setUp = {
      pcn: { name: 'Riverside PCN', odsCode: 'U12345', fullTimeHours: 37.5 },
      practices: [{ name: 'Riverside Surgery', odsCode: 'A81001' }],
      leadPracticeIndex: 0,
    };
    await request(server, {
      headers: { 'x-linkwork-token': server.token },
      body: JSON.stringify({ method: 'app.setUpPcn', input: setUp }),
    });
    const change = JSON.parse(await events.next()) as { id: string; domains: string[] };
    expect(change.domains).toContain('pcn');
    events.close();
  });

  it('has no fault switch unless started for end-to-end tests', async () => {
    const server = await start();
    const reply = await request(server, {
      path: '/api/test-fault',
      headers: { 'x-linkwork-token': server.token },
      body: JSON.stringify({ method: 'app.status', times: 1 }),
    });
    // Without the switch the address is only a static path, which takes no POST.
    expect(reply.status).toBe(405);
    const status = await request(server, { headers: { 'x-linkwork-token': server.token } });
    expect(JSON.parse(status.body)).toMatchObject({ ok: true });
  });

  it('under end-to-end tests, fails a chosen call the given number of times, then answers again', async () => {
    const server = await start({ testFaults: true });
    const auth = { 'x-linkwork-token': server.token };
    const armed = await request(server, {
      path: '/api/test-fault',
      headers: auth,
      body: JSON.stringify({ method: 'app.status', times: 1 }),
    });
    expect(armed.status).toBe(200);
    expect(JSON.parse((await request(server, { headers: auth })).body)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'A test switched on a fault in app.status' },
    });
    expect(JSON.parse((await request(server, { headers: auth })).body)).toMatchObject({ ok: true });
  });

  it('refuses --test-faults outside the tests', () => {
    const run = spawnSync(process.execPath, ['src/web/cli.ts', '--data-dir', tempDir(), '--test-faults'], {
      encoding: 'utf8',
      env: { ...process.env, LINKWORK_TEST_FAULTS: '' },
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("--test-faults is for Linkwork's own end-to-end tests only");
  });
});
