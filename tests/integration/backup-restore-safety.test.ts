import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { PERSONAL } from '../../src/backend/access/caller.ts';
import { scheduleDailyBackups } from '../../src/backend/backups/daily.ts';
import { scheduleDailyDigests } from '../../src/backend/mail/daily-digests.ts';
import { seedExample } from '../../src/backend/seed/example.ts';
import { openDatabase } from '../../src/backend/db/open.ts';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { API_PATH, AUTH_PATHS } from '../../src/shared/api/transport.ts';
import { startReadPool } from '../../src/web/team/read-pool.ts';
import { startTeamServer } from '../../src/web/team/server.ts';
import { accountFor, clockedBackend, GOOD_PASSWORD, tokenOf } from '../support/accounts.ts';
import { ok, tempDir } from '../support/backend.ts';
import { addOmar, pcnWithEvidence, workerNames } from '../support/backups.ts';
import { linkWorker } from '../support/pcn.ts';
import { settingsFor, startTestSmtp } from '../support/smtp.ts';
import { inviteAccount } from '../../src/backend/accounts/admin.ts';

const cleanUp: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanUp.splice(0).reverse()) await step();
});

/** A PCN with a backup made before Omar was added: restoring it takes him away. */
async function backedUp() {
  const made = await pcnWithEvidence();
  const { backup } = await ok(made.backend, 'backup.now', { folder: null });
  made.clock.advance(60);
  await addOmar(made.backend);
  return { ...made, backupId: backup.id };
}

/**
 * Holds the backend's door open with work of the test's own, so a restore asked for now waits for it (and calls
 * made meanwhile wait for the restore); `release` lets it go.
 */
function holdOpen(backend: Backend): { release(): void } {
  let release = () => undefined as void;
  void backend.whileOpen(() => new Promise<void>((resolve) => (release = resolve)));
  return { release: () => release() };
}

/** Team mode over HTTP; `arrivedAtDoor` resolves when the server first asks the backend's door to do some work. */
async function serve(backend: Backend, withReaders = false) {
  let arrived: () => void = () => undefined;
  const arrivedAtDoor = new Promise<void>((resolve) => (arrived = resolve));
  const watched: Backend = {
    ...backend,
    whileOpen: (work) => {
      arrived();
      return backend.whileOpen(work);
    },
  };
  const readPool = withReaders ? await startReadPool(backend, 1, '2026-11-24') : null;
  if (readPool) cleanUp.push(() => readPool.close());
  const rendererDir = tempDir('linkwork-renderer-');
  const server = await startTeamServer({ backend: watched, rendererDir, host: '127.0.0.1', readPool });
  cleanUp.push(async () => {
    await server.close();
    fs.rmSync(rendererDir, { recursive: true, force: true });
  });
  const post = (route: string, body: unknown, cookie = '') =>
    fetch(`http://127.0.0.1:${server.port}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  return { post, arrivedAtDoor };
}

const cookieOf = (reply: Response) => String(reply.headers.get('set-cookie')).split(';')[0] as string;

describe('a restore and the calls around it', () => {
  it('refuses a call held back by the restore when its caller is an account, which the restored data may not have', async () => {
    const { backend, backupId } = await backedUp();
    const lead = await accountFor(backend, { kind: 'colleague', id: 1 }, 'lead@nhs.net', { lead: true });
    const late = await accountFor(backend, { kind: 'worker', id: 1 }, 'late@nhs.net', { lead: true });

    const restoring = backend.callAs(lead.caller, 'backup.restore', { id: backupId });
    const [held, personal, restored] = await Promise.all([
      backend.callAs(late.caller, 'worker.create', linkWorker({ name: 'Priya Shah', role: 'hwbc' })),
      backend.callAs(PERSONAL, 'worker.list', {}),
      restoring,
    ]);

    expect(restored.ok).toBe(true);
    expect(held).toEqual({
      ok: false,
      error: {
        code: 'UNAUTHENTICATED',
        message: "Linkwork's data was restored from a backup while this was on its way: sign in again",
      },
    });
    expect(personal.ok ? personal.value.map((w) => w.name) : personal, 'personal mode just runs').toEqual([
      'Florence Ndlovu',
    ]);
    expect(await workerNames(backend)).toEqual(['Florence Ndlovu']);
  });

  it('in team mode, accepting an invitation during a restore waits for it, and its session holds afterwards', async () => {
    const { backend } = await pcnWithEvidence();
    const lead = await accountFor(backend, { kind: 'colleague', id: 1 }, 'lead@nhs.net', { lead: true });
    // Invited before the backup, so the restored data has the invitation.
    const invitation = inviteAccount(backend.ctx, { person: { kind: 'worker', id: 1 }, email: 'florence@nhs.net' });
    const { backup } = await ok(backend, 'backup.now', { folder: null });
    await addOmar(backend);
    const { post, arrivedAtDoor } = await serve(backend);

    const hold = holdOpen(backend);
    const restoring = backend.callAs(lead.caller, 'backup.restore', { id: backup.id });
    const accepting = post(AUTH_PATHS.acceptInvitation, {
      token: tokenOf(invitation.linkPath),
      password: GOOD_PASSWORD,
    });
    // The acceptance reaches the door (and waits), or, were it let past, is answered from the data being replaced.
    await Promise.race([arrivedAtDoor, accepting]);
    hold.release();
    const [accepted, restored] = await Promise.all([accepting, restoring]);

    expect(restored.ok).toBe(true);
    expect(accepted.status).toBe(200);
    const names = await post(API_PATH, { method: 'worker.list', input: {} }, cookieOf(accepted));
    expect(((await names.json()) as { value?: { name: string }[] }).value?.map((w) => w.name)).toEqual([
      'Florence Ndlovu',
    ]);
  });

  it('in team mode, a reader thread answers a call made during a restore only once the restored data is in place', async () => {
    const { backend } = await pcnWithEvidence();
    await accountFor(backend, { kind: 'colleague', id: 1 }, 'lead@nhs.net', { lead: true });
    const backupId = (await ok(backend, 'backup.now', { folder: null })).backup.id;
    await addOmar(backend);
    const { post, arrivedAtDoor } = await serve(backend, true);
    const signedIn = await post(AUTH_PATHS.signIn, { email: 'lead@nhs.net', password: GOOD_PASSWORD });

    const hold = holdOpen(backend);
    const restoring = backend.call('backup.restore', { id: backupId });
    const listing = post(API_PATH, { method: 'worker.list', input: {} }, cookieOf(signedIn));
    await Promise.race([arrivedAtDoor, listing]);
    hold.release();
    const [listed, restored] = await Promise.all([listing, restoring]);

    expect(restored.ok).toBe(true);
    // The session ended with the restore: the call is refused rather than answered from the data replaced.
    expect(listed.status).toBe(200);
    expect(await listed.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const again = await post(AUTH_PATHS.signIn, { email: 'lead@nhs.net', password: GOOD_PASSWORD });
    const names = await post(API_PATH, { method: 'worker.list', input: {} }, cookieOf(again));
    expect(((await names.json()) as { value?: { name: string }[] }).value?.map((w) => w.name)).toEqual([
      'Florence Ndlovu',
    ]);
  });

  it('holds back the daily backup while a restore is under way, then backs up the restored data', async () => {
    const { backend, backupId, clock } = await backedUp();
    clock.advance(24 * 60); // the next day: its backup is due
    const restoring = backend.call('backup.restore', { id: backupId });
    const schedule = scheduleDailyBackups(
      backend.ctx,
      { info: () => undefined, error: () => undefined },
      { everyMs: 60 * 60_000, whileOpen: backend.whileOpen },
    );
    cleanUp.push(() => schedule.stop());
    const [made, restored] = await Promise.all([schedule.checkNow(), restoring]);
    expect(restored.ok).toBe(true);
    expect(made?.day).toBe('2026-11-25');
    const listed = await ok(backend, 'backup.list', {});
    expect(listed.backups.find((b) => b.kind === 'daily')).toMatchObject({ people: 1, problem: null });
  });

  it('holds back the e-mail digests while a restore is under way, then notes them in the restored data', async () => {
    const { backend } = clockedBackend('2026-11-24T07:05:00Z');
    seedExample(backend.ctx, { profile: 'pcn', seed: 1, today: '2026-11-24' });
    const smtp = await startTestSmtp();
    cleanUp.push(() => smtp.close());
    await ok(backend, 'mail.saveSettings', settingsFor(smtp.port));
    await accountFor(backend, { kind: 'worker', id: 4 }, 'amelia@nhs.net');
    await accountFor(backend, { kind: 'colleague', id: 1 }, 'lead@nhs.net', { lead: true });
    const { backup } = await ok(backend, 'backup.now', { folder: null });

    const restoring = backend.call('backup.restore', { id: backup.id });
    const quiet = { info: () => undefined, error: () => undefined };
    const schedule = scheduleDailyDigests(backend.ctx, quiet, { everyMs: 60 * 60_000, whileOpen: backend.whileOpen });
    cleanUp.push(() => schedule.stop());
    const [run, restored] = await Promise.all([schedule.checkNow(), restoring]);

    expect(restored.ok).toBe(true);
    expect(run?.sent.map((s) => s.email).sort()).toEqual(['amelia@nhs.net', 'lead@nhs.net']);
    const noted = "SELECT count(*) FROM reminder_digest WHERE channel = 'email' AND sent_on = '2026-11-24'";
    expect(backend.ctx.db.prepare(noted).pluck().get(), 'so none is sent twice today').toBe(2);
  });
});

describe('a restore that cannot finish', () => {
  it('removes the backup of the data as it is when the copy in fails, and changes nothing', async () => {
    const { backend, backupId, dir } = await backedUp();
    // Where an evidence file the backup names must come back, a file stands in the way of its folder.
    const stored = backend.ctx.db.prepare('SELECT stored_name FROM evidence_file').pluck().get() as string;
    fs.rmSync(path.join(dir, path.dirname(stored)), { recursive: true });
    fs.writeFileSync(path.join(dir, path.dirname(stored)), 'in the way');
    const backupsBefore = fs.readdirSync(path.join(dir, 'backups')).sort();

    const answer = await backend.call('backup.restore', { id: backupId });

    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(answer.ok ? '' : answer.error.message).toMatch(
      new RegExp(`^Linkwork could not copy the backup ${backupId} in, so nothing has changed: `),
    );
    expect(fs.readdirSync(path.join(dir, 'backups')).sort(), 'no before-restore backup').toEqual(backupsBefore);
    expect(fs.existsSync(path.join(dir, 'linkwork.sqlite.restoring'))).toBe(false);
    expect(await workerNames(backend)).toEqual(['Florence Ndlovu', 'Omar Haddad']);
  });

  it('refuses a backup whose upgrade fails, before anything changes (it is upgraded as a copy of its own first)', async () => {
    const { backend, backupId, dir } = await backedUp();
    // Marked as made at version 1: the upgrades, run again over the tables they made, fail.
    const file = path.join(dir, 'backups', backupId, 'linkwork.sqlite');
    const copy = new Database(file);
    copy.pragma('user_version = 1');
    copy.close();
    const backupsBefore = fs.readdirSync(path.join(dir, 'backups')).sort();

    const answer = await backend.call('backup.restore', { id: backupId });

    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(answer.ok ? '' : answer.error.message).toMatch(
      new RegExp(`^The backup ${backupId} cannot be restored: Linkwork could not bring it up to this version \\(`),
    );
    expect(fs.readdirSync(path.join(dir, 'backups')).sort(), 'no before-restore backup').toEqual(backupsBefore);
    expect(await workerNames(backend)).toEqual(['Florence Ndlovu', 'Omar Haddad']);
    expect((await ok(backend, 'audit.checkIntegrity', {})).findings).toEqual([]);
  });

  it('opened after a restore cut short between its copy and its end, moves the audit log’s anchor rather than report tampering', async () => {
    const { backend, backupId, dir, reopen } = await backedUp();
    // The restore's copy, as far as it went: the backup's data in the file, the anchor still at the old log's end.
    const anchor = fs.readFileSync(path.join(dir, 'linkwork.sqlite.audit-head.json'), 'utf8');
    await ok(backend, 'backup.restore', { id: backupId });
    fs.writeFileSync(path.join(dir, 'linkwork.sqlite.audit-head.json'), anchor);
    fs.writeFileSync(
      path.join(dir, 'linkwork.sqlite.restoring'),
      'A restore is copying a backup into this data file\n',
    );

    const reopened = reopen();

    expect((await ok(reopened, 'app.status', {})).integrity).toMatchObject({ problems: 0 });
    expect(fs.existsSync(path.join(dir, 'linkwork.sqlite.restoring'))).toBe(false);
    expect(await workerNames(reopened)).toEqual(['Florence Ndlovu']);
  });

  it('without the marker, the same anchor is reported (the marker is what tells them apart)', async () => {
    const { backend, backupId, dir, reopen } = await backedUp();
    const anchor = fs.readFileSync(path.join(dir, 'linkwork.sqlite.audit-head.json'), 'utf8');
    await ok(backend, 'backup.restore', { id: backupId });
    fs.writeFileSync(path.join(dir, 'linkwork.sqlite.audit-head.json'), anchor);
    const status = await ok(reopen(), 'app.status', {});
    expect(status.integrity?.problems).toBeGreaterThan(0);
  });
});

describe('a very old backup', () => {
  it('made at schema version 1 (before evidence files had a table) is migrated first, then restored', async () => {
    const { backend, dir } = await pcnWithEvidence();
    const folder = path.join(dir, 'backups', 'daily-2025-01-01');
    fs.mkdirSync(folder, { recursive: true });
    const oldest = openDatabase(path.join(folder, 'linkwork.sqlite'), migrations.slice(0, 1)).db;
    oldest.pragma('journal_mode = DELETE');
    oldest.close();

    const listed = await ok(backend, 'backup.list', {});
    expect(listed.backups.find((b) => b.id === 'daily-2025-01-01')).toMatchObject({ schemaVersion: 1, problem: null });
    const restored = await ok(backend, 'backup.restore', { id: 'daily-2025-01-01' });
    expect(restored.restored).toMatchObject({ schemaVersion: 1, people: 0 });
    expect(backend.ctx.schemaVersion).toBe(migrations.length);
    expect(await workerNames(backend)).toEqual([]);
    expect((await ok(backend, 'audit.checkIntegrity', {})).findings).toEqual([]);
  });
});
