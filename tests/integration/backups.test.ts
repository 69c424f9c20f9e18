import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupIsDue, dailyFolderOf, runBackupIfDue, scheduleDailyBackups } from '../../src/backend/backups/daily.ts';
import { ok } from '../support/backend.ts';
import { clockedBackend } from '../support/accounts.ts';
import { tinyPdf } from '../support/files.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';

async function servedPcn() {
  const made = clockedBackend('2026-11-24T01:30:00Z');
  const { workerId } = await supervisedLinkWorker(made.backend);
  await ok(made.backend, 'training.record', {
    workerId,
    requirementId: 'fire-safety',
    status: 'completed',
    completedOn: '2026-11-20',
    evidence: [{ fileName: 'fire.pdf', dataBase64: tinyPdf('fire').toString('base64') }],
  });
  return { ...made, workerId };
}

describe('daily backups while serving', () => {
  it('copy the open database and the evidence once a day, checked, into backups/daily-<day>', async () => {
    const { backend, dir } = await servedPcn();
    expect(backupIsDue(backend.ctx)).toBe(true);
    const made = await runBackupIfDue(backend.ctx);
    const folder = dailyFolderOf(dir, '2026-11-24');
    expect(made).toMatchObject({ day: '2026-11-24', folder, evidenceFiles: 1, removed: [] });
    expect(backupIsDue(backend.ctx)).toBe(false);
    expect(await runBackupIfDue(backend.ctx), 'once a day').toBeNull();

    // One self-contained file (no WAL beside it) that opens and holds what the live file holds.
    expect(fs.readdirSync(folder).sort()).toEqual(['backup.json', 'evidence', 'linkwork.sqlite']);
    const copy = new Database(path.join(folder, 'linkwork.sqlite'), { readonly: true });
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT name FROM worker').all()).toEqual([{ name: 'Florence Ndlovu' }]);
      const evidence = copy.prepare('SELECT stored_name AS p FROM evidence_file').get() as { p: string };
      expect(fs.readFileSync(path.join(folder, evidence.p))).toEqual(tinyPdf('fire'));
    } finally {
      copy.close();
    }
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'backup.json'), 'utf8'))).toMatchObject({
      day: '2026-11-24',
      integrityCheck: 'ok',
      evidenceFiles: 1,
    });
  });

  it('go by the UK date, and keep the number of days set in Settings (14 unless changed)', async () => {
    const { backend, clock, dir } = await servedPcn();
    const settings = await ok(backend, 'settings.get', {});
    expect(settings.backupDays).toBe(14);
    await ok(backend, 'settings.update', { ...settings, backupDays: 3 });
    const days: string[] = [];
    for (let i = 0; i < 5; i++) {
      const made = await runBackupIfDue(backend.ctx);
      days.push(made?.day ?? 'none');
      clock.advance(24 * 60);
    }
    expect(days).toEqual(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']);
    const kept = fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.startsWith('daily-'));
    expect(kept.sort()).toEqual(['daily-2026-11-26', 'daily-2026-11-27', 'daily-2026-11-28']);
    // 23:30 UTC in summer is already tomorrow in the UK.
    clock.set('2027-06-30T23:30:00Z');
    expect((await runBackupIfDue(backend.ctx))?.day).toBe('2027-07-01');
  });

  it('leave no half-made folder when the copy fails, and try again next time', async () => {
    const { backend, dir } = await servedPcn();
    // The evidence folder replaced by a file: the copy fails after the database has been copied.
    fs.renameSync(path.join(dir, 'evidence'), path.join(dir, 'evidence.away'));
    fs.writeFileSync(path.join(dir, 'evidence'), '');
    const errors: string[] = [];
    const schedule = scheduleDailyBackups(
      backend.ctx,
      { info: () => undefined, error: (line) => errors.push(line) },
      { everyMs: 60_000, whileOpen: backend.whileOpen },
    );
    try {
      expect(await schedule.checkNow()).toBeNull();
      expect(errors).toEqual([expect.stringMatching(/^Linkwork could not make today's backup: /)]);
      expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([]);
      expect(backupIsDue(backend.ctx)).toBe(true);
      fs.rmSync(path.join(dir, 'evidence'));
      fs.renameSync(path.join(dir, 'evidence.away'), path.join(dir, 'evidence'));
      const made = await schedule.checkNow();
      expect(made?.day).toBe('2026-11-24');
    } finally {
      await schedule.stop();
    }
  });

  it('wait until the PCN is set up: an empty file is not backed up, and the check after setting up makes the day’s', async () => {
    const { backend, dir } = clockedBackend('2026-11-24T01:30:00Z');
    const schedule = scheduleDailyBackups(
      backend.ctx,
      { info: () => undefined, error: () => undefined },
      { everyMs: 60_000, whileOpen: backend.whileOpen },
    );
    try {
      expect(await schedule.checkNow()).toBeNull();
      expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
      await supervisedLinkWorker(backend);
      expect((await schedule.checkNow())?.folder).toBe(dailyFolderOf(dir, '2026-11-24'));
    } finally {
      await schedule.stop();
    }
  });

  it('run while the database is being written, and the copy holds every committed write', async () => {
    const { backend, dir, workerId } = await servedPcn();
    const backup = runBackupIfDue(backend.ctx);
    await ok(backend, 'training.record', {
      workerId,
      requirementId: 'data-security',
      status: 'completed',
      completedOn: '2026-11-21',
    });
    await backup;
    const copy = new Database(path.join(dailyFolderOf(dir, '2026-11-24'), 'linkwork.sqlite'), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare('SELECT count(*) AS n FROM training_record').get() as { n: number }).n).toBe(2);
    } finally {
      copy.close();
    }
  });
});
