import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/backend/access/caller.ts';
import { readAnchor } from '../../src/backend/audit/anchor.ts';
import type { Backend } from '../../src/backend/backend.ts';
import { scheduleDailyDigests } from '../../src/backend/mail/daily-digests.ts';
import { unsubscribeToken, unsubscribeUrl } from '../../src/backend/mail/unsubscribe-links.ts';
import { seedExample } from '../../src/backend/seed/example.ts';
import type { DataChange } from '../../src/shared/api/domains.ts';
import { startTeamServer } from '../../src/web/team/server.ts';
import { accountFor, clockedBackend } from '../support/accounts.ts';
import { ok, tempDir } from '../support/backend.ts';
import { settingsFor, startTestSmtp } from '../support/smtp.ts';

const TODAY = '2026-11-24';
const quiet = { info: () => {}, error: () => {} };
const cleanUp: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanUp.splice(0).reverse()) await step();
});

/** The example PCN with mail on, pointed at a test server, and the backend's clock in the test's hands. */
async function examplePcn(start: string) {
  const { backend, clock } = clockedBackend(start);
  seedExample(backend.ctx, { profile: 'pcn', seed: 1, today: TODAY });
  const smtp = await startTestSmtp();
  cleanUp.push(() => smtp.close());
  await ok(backend, 'mail.saveSettings', settingsFor(smtp.port));
  const worker = await accountFor(backend, { kind: 'worker', id: 4 }, 'amelia@nhs.net');
  await accountFor(backend, { kind: 'colleague', id: 1 }, 'lead@nhs.net', { lead: true });
  return { backend, clock, smtp, worker };
}

/** The team server on the backend, serving a stand-in for the app's page. */
async function serverFor(backend: Backend) {
  const rendererDir = tempDir('linkwork-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Linkwork</title>');
  const server = await startTeamServer({ backend, rendererDir, host: '127.0.0.1' });
  cleanUp.push(
    () => fs.rmSync(rendererDir, { recursive: true, force: true }),
    () => server.close(),
  );
  return server;
}

describe('the team server and e-mail digests', () => {
  it('sends the day’s digests once the hour set in Settings has come, and never twice that day, even after a restart', async () => {
    const { backend, clock, smtp } = await examplePcn(`${TODAY}T06:30:00Z`);
    const schedule = scheduleDailyDigests(backend.ctx, quiet, {
      everyMs: 24 * 60 * 60_000,
      whileOpen: backend.whileOpen,
    });
    cleanUp.push(() => schedule.stop());

    expect(await schedule.checkNow(), 'before 07:00 UK time').toBeNull();
    expect(smtp.received).toEqual([]);

    clock.set(`${TODAY}T07:05:00Z`);
    const first = await schedule.checkNow();
    expect(first?.sent.map((s) => s.email).sort()).toEqual(['amelia@nhs.net', 'lead@nhs.net']);
    expect(smtp.received).toHaveLength(2);

    clock.set(`${TODAY}T16:00:00Z`);
    expect((await schedule.checkNow())?.sent).toEqual([]);
    await schedule.stop();
    const restarted = scheduleDailyDigests(backend.ctx, quiet, {
      everyMs: 24 * 60 * 60_000,
      whileOpen: backend.whileOpen,
    });
    cleanUp.push(() => restarted.stop());
    expect((await restarted.checkNow())?.sent).toEqual([]);
    expect(smtp.received).toHaveLength(2);
  }, 60_000);

  it('unsubscribes through the link without signing in: GET asks, a same-site POST does it, a forged link does nothing', async () => {
    const { backend, worker } = await examplePcn(`${TODAY}T09:00:00Z`);
    const server = await serverFor(backend);
    const link = unsubscribeUrl(backend.ctx.db, server.url, { accountId: worker.accountId, kind: 'training' });
    const unsubscribed = (b: Backend) =>
      b.ctx.db.prepare('SELECT kind FROM email_unsubscribe WHERE account_id = ?').all(worker.accountId);

    const asked = await fetch(link);
    expect(asked.status).toBe(200);
    // The app's pages post no forms; this one page may post to this server and nowhere else.
    expect(asked.headers.get('content-security-policy')).toContain("form-action 'self'");
    // With no referrer at all, Chromium posts the form with `Origin: null`, which the server refuses.
    expect(asked.headers.get('referrer-policy')).toBe('same-origin');
    const question = await asked.text();
    expect(question).toContain('Stop e-mails about training reminders?');
    expect(question).toContain('<form method="post"');
    expect(unsubscribed(backend), 'opening the link changes nothing').toEqual([]);

    const elsewhere = await fetch(link, { method: 'POST', headers: { Origin: 'https://evil.example' } });
    expect(elsewhere.status).toBe(403);
    expect(unsubscribed(backend)).toEqual([]);

    const done = await fetch(link, { method: 'POST', headers: { Origin: server.url } });
    expect(done.status).toBe(200);
    const answer = await done.text();
    expect(answer).toContain('Linkwork will send no more e-mails about training reminders.');
    expect(answer).toContain('<a href="/#/email">E-mail reminders</a>');
    expect(unsubscribed(backend)).toEqual([{ kind: 'training' }]);
    expect(await backend.callAs(worker.caller, 'mail.preferences', {})).toEqual({
      ok: true,
      value: { email: 'amelia@nhs.net', unsubscribed: ['training'] },
    });

    const forged = link.replace(/\.training\./, '.induction.');
    expect((await fetch(forged)).status).toBe(404);
    expect((await fetch(forged, { method: 'POST', headers: { Origin: server.url } })).status).toBe(404);
    expect((await fetch(`${server.url}/mail/unsubscribe?t=nonsense`)).status).toBe(404);

    const back = await backend.callAs(worker.caller, 'mail.savePreferences', { unsubscribed: [] });
    expect(back.ok && back.value.unsubscribed).toEqual([]);
    expect(unsubscribed(backend)).toEqual([]);
  }, 60_000);

  it('announces an unsubscribe by link as a change, and the audit log’s anchor moves to its entry', async () => {
    const { backend, worker } = await examplePcn(`${TODAY}T09:00:00Z`);
    const server = await serverFor(backend);
    const link = unsubscribeUrl(backend.ctx.db, server.url, { accountId: worker.accountId, kind: 'induction' });
    const changes: DataChange[] = [];
    cleanUp.push(backend.onChange((change) => changes.push(change)));

    const done = await fetch(link, { method: 'POST', headers: { Origin: server.url } });

    expect(done.status).toBe(200);
    expect(changes.map((change) => change.domains)).toEqual([expect.arrayContaining(['mail', 'audit'])]);
    const newest = backend.ctx.db
      .prepare('SELECT id, hash, actor, action, summary FROM audit_log ORDER BY id DESC LIMIT 1')
      .get() as { id: number; hash: string; actor: string; action: string; summary: string };
    expect(newest).toMatchObject({
      // No one signed in: the entry says the link in the e-mail was followed, and to whom it was sent.
      actor: `${worker.caller.name} (by the link in an e-mail to amelia@nhs.net)`,
      action: 'account.update',
      summary: 'E-mail digests unsubscribed from: induction',
    });
    expect(readAnchor(backend.ctx.dataFile)).toEqual({
      found: true,
      anchor: expect.objectContaining({ lastId: newest.id, lastHash: newest.hash }),
    });
    expect((await ok(backend, 'audit.checkIntegrity', {})).findings).toEqual([]);
  }, 60_000);

  it('refuses a forged or mismatched link as unknown (NOT_FOUND), and changes nothing', async () => {
    const { backend, worker } = await examplePcn(`${TODAY}T09:00:00Z`);
    const token = unsubscribeToken(backend.ctx.db, { accountId: worker.accountId, kind: 'training' });
    const auditBefore = backend.ctx.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get();
    const unknownLink = { ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) };

    const forged = token.replace(/\.training\./, '.induction.');
    const attempts = [
      { token: forged, kind: 'induction' as const },
      { token, kind: 'induction' as const },
      { token: token.replace(/^\d+/, String(worker.accountId + 1)), kind: 'training' as const },
    ];
    for (const input of attempts)
      expect(await backend.handle({ method: 'mail.unsubscribeByLink', input }, ANONYMOUS)).toEqual(unknownLink);
    const malformed = await backend.handle(
      { method: 'mail.unsubscribeByLink', input: { token: 'nonsense', kind: 'training' } },
      ANONYMOUS,
    );
    expect(malformed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    expect(backend.ctx.db.prepare('SELECT * FROM email_unsubscribe').all()).toEqual([]);
    expect(backend.ctx.db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual(auditBefore);
  }, 60_000);
});
