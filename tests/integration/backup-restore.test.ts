import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/backend/db/open.ts';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { startReadPool } from '../../src/web/team/read-pool.ts';
import { accountFor } from '../support/accounts.ts';
import { ok } from '../support/backend.ts';
import { addOmar, pcnWithEvidence, workerNames } from '../support/backups.ts';
import { differences, fingerprint } from '../support/state-fingerprint.ts';

describe('restoring a backup', () => {
  it('brings back the data as it was, keeps what it replaced, returns the evidence and records the restore', async () => {
    const { backend, clock, dir, reopen } = await pcnWithEvidence();
    const made = await ok(backend, 'backup.now', { folder: null });
    clock.advance(60);
    await addOmar(backend);
    expect(await workerNames(backend)).toEqual(['Florence Ndlovu', 'Omar Haddad']);
    // The certificate lost from the data folder since: the backup has its own.
    const evidence = backend.ctx.db.prepare('SELECT stored_name FROM evidence_file').pluck().get() as string;
    fs.rmSync(path.join(dir, evidence));
    const changes: unknown[] = [];
    backend.onChange((change) => changes.push(change));

    const restored = await ok(backend, 'backup.restore', { id: made.backup.id });

    expect(restored.restored).toMatchObject({ id: made.backup.id, kind: 'manual', people: 1, problem: null });
    expect(restored.keptAs).toMatchObject({ id: 'before-restore-2026-11-24-02.30.00', kind: 'beforeRestore' });
    expect(restored.keptAs).toMatchObject({ people: 2, records: 1, problem: null });
    expect(await workerNames(backend)).toEqual(['Florence Ndlovu']);
    expect(fs.readFileSync(path.join(dir, evidence)).subarray(0, 5).toString()).toBe('%PDF-');
    // Every open page reads again.
    expect(changes).toEqual([expect.objectContaining({ workerIds: null, domains: expect.arrayContaining(['staff']) })]);
    const audit = await ok(backend, 'audit.list', {});
    expect(audit.entries[0]).toMatchObject({ action: 'backup.restore' });
    expect(audit.entries[0]?.summary).toBe(
      'Restored the backup made by hand on 24/11/2026 at 01:30; ' +
        'the data it replaced is kept in the backups folder, listed as made before a restore on 24/11/2026 at 02:30',
    );
    expect((await ok(backend, 'audit.checkIntegrity', {})).findings).toEqual([]);
    // The data as it was before the restore is a backup like any other: it lists Omar.
    const kept = new Database(path.join(dir, 'backups', restored.keptAs.id, 'linkwork.sqlite'), { readonly: true });
    expect(kept.prepare('SELECT name FROM worker ORDER BY name').pluck().all()).toEqual([
      'Florence Ndlovu',
      'Omar Haddad',
    ]);
    kept.close();
    // Writes go on, to the restored data.
    await addOmar(backend);
    expect(await workerNames(backend)).toEqual(['Florence Ndlovu', 'Omar Haddad']);

    // Opened again, the file's check on opening finds nothing amiss.
    const reopened = reopen();
    expect((await ok(reopened, 'app.status', {})).integrity).toMatchObject({ problems: 0 });
    expect(await workerNames(reopened)).toEqual(['Florence Ndlovu', 'Omar Haddad']);
  });

  it('migrates a backup made by an older version, and serves it', async () => {
    const { backend, dir, reopen } = await pcnWithEvidence();
    const folder = path.join(dir, 'backups', 'daily-2026-11-01');
    fs.mkdirSync(folder, { recursive: true });
    const older = openDatabase(path.join(folder, 'linkwork.sqlite'), migrations.slice(0, -1)).db;
    older.pragma('journal_mode = DELETE'); // as every backup is: one file
    older.close();

    const restored = await ok(backend, 'backup.restore', { id: 'daily-2026-11-01' });
    expect(restored.restored).toMatchObject({ schemaVersion: migrations.length - 1, people: 0 });
    expect(backend.ctx.schemaVersion).toBe(migrations.length);
    expect(await workerNames(backend)).toEqual([]);
    expect((await ok(backend, 'requirement.list', {})).length, 'the built-in catalogue').toBeGreaterThan(0);
    expect((await ok(backend, 'audit.checkIntegrity', {})).findings).toEqual([]);
    expect((await ok(reopen(), 'app.status', {})).integrity).toMatchObject({ problems: 0 });
  });

  it('in team mode, a reader thread opens the restored data afresh, even where the change log ends at the same place', async () => {
    const { backend, workerId } = await pcnWithEvidence();
    const lead = (await accountFor(backend, { kind: 'colleague', id: 1 }, 'lead@nhs.net', { lead: true })).caller;
    const pool = await startReadPool(backend, 1, '2026-11-24');
    try {
      const record = (requirementId: string) =>
        ok(backend, 'training.record', {
          workerId,
          requirementId,
          status: 'completed',
          completedOn: '2026-11-21',
          evidence: [],
        });
      const lastChange = () => backend.ctx.db.prepare('SELECT max(seq) FROM fact_change').pluck().get();
      // The matrix as it travels: a row is [workerId, name, …, cells], its cells one string (status letter, due date).
      const pooledStatus = async (requirementId: string) => {
        const body = await pool.handle({ method: 'compliance.matrix', input: {} }, lead);
        const matrix = (JSON.parse(body as string) as { value: { columns: { id: string }[]; rows: unknown[][] } })
          .value;
        const column = matrix.columns.findIndex((c) => c.id === requirementId);
        const row = matrix.rows.find((r) => r[0] === workerId);
        return String(row?.at(-1)).split(' ')[column]?.[0];
      };
      const statuses = async () => [await pooledStatus('data-security'), await pooledStatus('lone-working')];

      const b1 = (await ok(backend, 'backup.now', { folder: null })).backup;
      await record('data-security');
      const b2 = (await ok(backend, 'backup.now', { folder: null })).backup;
      const atB2 = lastChange();
      expect(await statuses(), 'data security completed; lone working not').toEqual(['c', 'o']);

      // Back to b1, and another course recorded: the change log ends where it did at b2, with other data.
      expect(await backend.callAs(lead, 'backup.restore', { id: b1.id })).toMatchObject({ ok: true });
      await record('lone-working');
      expect(lastChange()).toBe(atB2);
      expect(await statuses(), 'as restored from b1, then lone working').toEqual(['o', 'c']);

      expect(await backend.callAs(lead, 'backup.restore', { id: b2.id })).toMatchObject({ ok: true });
      expect(lastChange()).toBe(atB2);
      expect(await statuses(), 'as restored from b2').toEqual(['c', 'o']);
    } finally {
      await pool.close();
    }
  });

  it('restores a copy taken before an upgrade, which holds the data file alone, with the evidence in the data folder', async () => {
    const { backend, dir } = await pcnWithEvidence();
    const { backup } = await ok(backend, 'backup.now', { folder: null });
    const name = 'linkwork-v17-before-v18-2026-11-24T01-00-00-000Z.sqlite';
    fs.copyFileSync(path.join(dir, 'backups', backup.id, 'linkwork.sqlite'), path.join(dir, 'backups', name));
    await addOmar(backend);
    const restored = await ok(backend, 'backup.restore', { id: name });
    expect(restored.restored).toMatchObject({ kind: 'beforeUpgrade', madeAt: '2026-11-24T01:00:00.000Z' });
    expect(await workerNames(backend)).toEqual(['Florence Ndlovu']);
  });

  it('holds back calls made while it is under way, and answers them from the restored data', async () => {
    const { backend } = await pcnWithEvidence();
    const { backup } = await ok(backend, 'backup.now', { folder: null });
    await addOmar(backend);
    const restoring = backend.call('backup.restore', { id: backup.id });
    const [names, restored] = await Promise.all([workerNames(backend), restoring]);
    expect(restored.ok).toBe(true);
    expect(names).toEqual(['Florence Ndlovu']);
  });

  it('refuses an unknown backup', async () => {
    const { backend } = await pcnWithEvidence();
    const answer = await backend.call('backup.restore', { id: 'daily-2020-01-01' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('a backup that fails its check is refused, and nothing changes', () => {
  /** The data as it is, a backup of it, then Omar added: restoring would take him away. */
  async function backedUp() {
    const made = await pcnWithEvidence();
    const { backup } = await ok(made.backend, 'backup.now', { folder: null });
    made.clock.advance(60);
    await addOmar(made.backend);
    const folder = path.join(made.dir, 'backups', backup.id);
    return { ...made, id: backup.id, folder };
  }

  async function expectRefused(made: Awaited<ReturnType<typeof backedUp>>, message: RegExp) {
    const { backend, dir, id } = made;
    const before = fingerprint(backend.ctx.db, dir);
    const backupsBefore = fs.readdirSync(path.join(dir, 'backups')).sort();
    const answer = await backend.call('backup.restore', { id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(answer.ok ? '' : answer.error.message).toMatch(new RegExp(`^The backup ${id} cannot be restored: `));
    expect(answer.ok ? '' : answer.error.message).toMatch(message);
    expect(differences(before, fingerprint(backend.ctx.db, dir))).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'backups')).sort(), 'no before-restore backup').toEqual(backupsBefore);
    expect(await workerNames(backend)).toEqual(['Florence Ndlovu', 'Omar Haddad']);
  }

  it('a damaged data file', async () => {
    const made = await backedUp();
    const file = path.join(made.folder, 'linkwork.sqlite');
    // The second page (a table's b-tree) overwritten with noise: SQLite's integrity check finds it.
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (let i = pageSize; i < pageSize + 64; i++) bytes[i] = 0xa5;
    fs.writeFileSync(file, bytes);
    await expectRefused(made, /its data file is damaged/);
  });

  it('a file that is not a Linkwork data file at all', async () => {
    const made = await backedUp();
    fs.writeFileSync(path.join(made.folder, 'linkwork.sqlite'), 'These are not the data you are looking for');
    await expectRefused(made, /it is not a Linkwork data file$/);
  });

  it('an evidence file its records name, missing', async () => {
    const made = await backedUp();
    const evidence = path.join(made.folder, 'evidence');
    const [file] = fs.readdirSync(evidence, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    fs.rmSync(path.join(file!.parentPath, file!.name));
    await expectRefused(made, /1 evidence file its records name is missing from it \(evidence\/.+\.pdf\)$/);
  });

  it('an evidence file changed since', async () => {
    const made = await backedUp();
    const evidence = path.join(made.folder, 'evidence');
    const [file] = fs.readdirSync(evidence, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    // A new file in its place, so the data folder's own copy (the same file, linked) stays as it was.
    const target = path.join(file!.parentPath, file!.name);
    fs.rmSync(target);
    fs.writeFileSync(target, '%PDF-1.4 something else');
    await expectRefused(made, /1 evidence file in it no longer matches its record \(evidence\/.+\.pdf\)$/);
  });

  it('written with pages of another size (SQLite copies into the live file page for page)', async () => {
    const made = await backedUp();
    const copy = new Database(path.join(made.folder, 'linkwork.sqlite'));
    copy.pragma('page_size = 8192');
    copy.exec('VACUUM');
    copy.close();
    await expectRefused(made, /its pages are 8192 bytes, the data file's 4096/);
  });

  it('made by a newer version of Linkwork', async () => {
    const made = await backedUp();
    const copy = new Database(path.join(made.folder, 'linkwork.sqlite'));
    copy.pragma('user_version = 999');
    copy.close();
    await expectRefused(
      made,
      /it was made by a newer version of Linkwork \(schema 999; this version knows up to \d+\)$/,
    );
  });
});
