import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { PERSONAL } from '../../src/backend/access/caller.ts';
import { newToken } from '../../src/backend/accounts/tokens.ts';
import type { Backend } from '../../src/backend/backend.ts';
import type { NewCalendarFeed } from '../../src/shared/domain/calendar-feed.ts';
import { AUTH_PATHS, API_PATH } from '../../src/shared/api/transport.ts';
import type { TeamServer } from '../../src/web/team/server.ts';
import { startTeamServer } from '../../src/web/team/server.ts';
import { accountFor, clockedBackend, GOOD_PASSWORD } from '../support/accounts.ts';
import { ok, tempDir } from '../support/backend.ts';
import { valueOf } from '../support/method-samples.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';

// A pinned "now" (the clocked backend's start, 24/11/2026): no test reads the real clock.
const servers: TeamServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Florence (a link worker with an account), the GP who supervises her and is the lead, on a real team server. */
async function started() {
  const { backend } = clockedBackend();
  const { workerId, gpId } = await supervisedLinkWorker(backend);
  const florence = await accountFor(backend, { kind: 'worker', id: workerId }, 'florence@nhs.net');
  const lead = await accountFor(backend, { kind: 'colleague', id: gpId }, 'gp@nhs.net', { lead: true });
  const rendererDir = tempDir('linkwork-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Linkwork</title>');
  const server = await startTeamServer({ backend, rendererDir, host: '127.0.0.1' });
  servers.push(server);
  return { backend, server, workerId, florence, lead };
}

/** Signs in over HTTP as the page does, then calls the API with the session cookie. */
async function signedInApi(server: TeamServer, email: string) {
  const signIn = await fetch(`${server.url}${AUTH_PATHS.signIn}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: GOOD_PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (method: string, input: unknown) => {
    const reply = await fetch(`${server.url}${API_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ method, input }),
    });
    return (await reply.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  };
}

/** What a calendar program gets from the address: no cookie, no token header, nothing but the URL. */
const subscribe = (server: TeamServer, token: string) => fetch(`${server.url}/calendar/${token}.ics`);

const summariesIn = (text: string): string[] =>
  new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((event) => String(event.getFirstPropertyValue('summary')));

describe('a calendar subscription address on the team server', () => {
  it('serves the person’s calendar to a calendar program without a session, the same as the download', async () => {
    const { backend, server, workerId } = await started();
    const api = await signedInApi(server, 'florence@nhs.net');
    const made = await api('compliance.createCalendarFeed', { workerId });
    expect(made.ok).toBe(true);
    const { token, status } = made.value as NewCalendarFeed;
    expect(status).toEqual({ available: true, reason: null, liveSince: '2026-11-24T09:00:00.000Z', mayCreate: true });

    const reply = await subscribe(server, token);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(reply.headers.get('set-cookie')).toBeNull();
    const text = await reply.text();
    const summaries = summariesIn(text);
    expect(summaries).toContain('National social prescribing webinar');
    expect(summaries.some((s) => s.endsWith('due: Florence Ndlovu'))).toBe(true);

    const download = await ok(backend, 'compliance.calendar', { workerId });
    expect(text).toBe(Buffer.from(download.dataBase64, 'base64').toString('utf8'));
  });

  it('keeps only the token’s hash', async () => {
    const { backend, workerId, florence } = await started();
    const { token } = await valueOf(
      backend.callAs(florence.caller, 'compliance.createCalendarFeed', { workerId }),
      'create',
    );
    const stored = backend.ctx.db.prepare('SELECT * FROM calendar_feed').all() as Record<string, unknown>[];
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('refuses a revoked address, a replaced one and an unknown one with a bare 404', async () => {
    const { backend, server, workerId, florence, lead } = await started();
    const make = async () =>
      (await valueOf(backend.callAs(florence.caller, 'compliance.createCalendarFeed', { workerId }), 'create')).token;
    const refused = async (token: string) => {
      const reply = await subscribe(server, token);
      expect(reply.status).toBe(404);
      expect(await reply.text()).toBe('Not found');
    };

    const first = await make();
    const second = await make();
    await refused(first);
    expect((await subscribe(server, second)).status).toBe(200);

    const status = await valueOf(
      backend.callAs(florence.caller, 'compliance.revokeCalendarFeed', { workerId }),
      'revoke',
    );
    expect(status.liveSince).toBeNull();
    await refused(second);

    // The lead may revoke anyone's address.
    const third = await make();
    await valueOf(backend.callAs(lead.caller, 'compliance.revokeCalendarFeed', { workerId }), 'lead revokes');
    await refused(third);

    await refused(newToken());
    await refused('not-a-token');
    const traversal = await fetch(`${server.url}/calendar/..%2F..%2Findex.html`);
    expect(traversal.status).toBe(404);
    const audit = backend.ctx.db
      .prepare("SELECT action FROM audit_log WHERE action LIKE 'account.calendarFeed%' ORDER BY id")
      .pluck()
      .all();
    expect(audit).toEqual([
      'account.calendarFeed',
      'account.calendarFeed',
      'account.calendarFeedRevoke',
      'account.calendarFeed',
      'account.calendarFeedRevoke',
    ]);
  });

  it('is made by the person alone: the lead may not make one for them', async () => {
    const { backend, workerId, lead } = await started();
    expect(await backend.callAs(lead.caller, 'compliance.createCalendarFeed', { workerId })).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Only Florence Ndlovu can make a subscription address for their own calendar.',
      },
    });
    expect(await valueOf(backend.callAs(lead.caller, 'compliance.calendarFeed', { workerId }), 'status')).toEqual({
      available: true,
      reason: null,
      liveSince: null,
      mayCreate: false,
    });
  });
});

describe('a calendar subscription address in personal mode', () => {
  it('is explained as needing team mode, and cannot be made; the download remains', async () => {
    const { backend, workerId } = await withoutServer();
    const status = await valueOf(backend.callAs(PERSONAL, 'compliance.calendarFeed', { workerId }), 'status');
    expect(status).toMatchObject({ available: false, liveSince: null, mayCreate: false });
    expect(status.reason).toMatch(/needs team mode/);
    expect(await backend.callAs(PERSONAL, 'compliance.createCalendarFeed', { workerId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await ok(backend, 'compliance.calendar', { workerId })).mediaType).toBe('text/calendar');
  });
});

async function withoutServer(): Promise<{ backend: Backend; workerId: number }> {
  const { backend } = clockedBackend();
  const { workerId } = await supervisedLinkWorker(backend);
  return { backend, workerId };
}
