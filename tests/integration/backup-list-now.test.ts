import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBackupIfDue } from '../../src/backend/backups/daily.ts';
import { ok, tempDir } from '../support/backend.ts';
import { accountFor } from '../support/accounts.ts';
import { addOmar, filesAndSize, pcnWithEvidence } from '../support/backups.ts';

/** A backup folder's data file and evidence together, measured here rather than by the code under test. */
function sizeOfFolder(folder: string): number {
  return filesAndSize(folder).bytes - fs.statSync(path.join(folder, 'backup.json')).size;
}

describe('backup.list', () => {
  it('lists daily, made by hand and before-restore backups, newest first, with what each holds', async () => {
    const { backend, clock, dir } = await pcnWithEvidence();
    await runBackupIfDue(backend.ctx);
    clock.advance(60);
    const manual = await ok(backend, 'backup.now', { folder: null });
    clock.advance(60);
    await addOmar(backend);
    await ok(backend, 'backup.restore', { id: 'daily-2026-11-24' });

    const list = await ok(backend, 'backup.list', {});
    expect(list.folder).toBe(path.join(dir, 'backups'));
    expect(list.keepDays).toBe(14);
    expect(list.backups.map((b) => [b.id, b.kind, b.madeAt])).toEqual([
      ['before-restore-2026-11-24-03.30.00', 'beforeRestore', '2026-11-24T03:30:00.000Z'],
      ['manual-2026-11-24-02.30.00', 'manual', '2026-11-24T02:30:00.000Z'],
      ['daily-2026-11-24', 'daily', '2026-11-24T01:30:00.000Z'],
    ]);
    expect(list.backups.map((b) => [b.people, b.records, b.evidenceFiles, b.problem])).toEqual([
      [2, 1, 1, null],
      [1, 1, 1, null],
      [1, 1, 1, null],
    ]);
    const schemaVersion = backend.ctx.schemaVersion;
    expect(list.backups.every((b) => b.schemaVersion === schemaVersion)).toBe(true);
    for (const backup of list.backups)
      expect(backup.sizeBytes, backup.id).toBe(sizeOfFolder(path.join(dir, 'backups', backup.id)));
    expect(manual.backup).toEqual(list.backups[1]);
  });

  it('names what is plainly wrong with a backup, and ignores what is not one', async () => {
    const { backend, dir } = await pcnWithEvidence();
    const { backup } = await ok(backend, 'backup.now', { folder: null });
    const backups = path.join(dir, 'backups');
    // Not a database at all.
    fs.mkdirSync(path.join(backups, 'daily-2026-11-01'));
    fs.writeFileSync(path.join(backups, 'daily-2026-11-01', 'linkwork.sqlite'), 'not a database');
    // A database, but not Linkwork's.
    fs.mkdirSync(path.join(backups, 'daily-2026-11-02'));
    const other = new Database(path.join(backups, 'daily-2026-11-02', 'linkwork.sqlite'));
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    // From a newer Linkwork.
    fs.cpSync(path.join(backups, backup.id), path.join(backups, 'daily-2026-11-03'), { recursive: true });
    const newer = new Database(path.join(backups, 'daily-2026-11-03', 'linkwork.sqlite'));
    newer.pragma('user_version = 999');
    newer.close();
    // Its data file gone.
    fs.mkdirSync(path.join(backups, 'daily-2026-11-04'));
    // Not backups: a note, an unfinished folder, a copy labelled broken.
    fs.writeFileSync(path.join(backups, 'README.txt'), 'hello');
    fs.mkdirSync(path.join(backups, '.manual-2026-11-24-01.00.00.partial'));
    fs.writeFileSync(path.join(backups, 'linkwork-v3-before-v4-2026-01-01T00-00-00-000Z-broken.sqlite'), '');

    const problems = Object.fromEntries(
      (await ok(backend, 'backup.list', {})).backups.map((b) => [b.id, [b.problem, b.people, b.schemaVersion]]),
    );
    const known = backend.ctx.schemaVersion;
    expect(problems).toEqual({
      [backup.id]: [null, 1, known],
      'daily-2026-11-01': ['It is not a Linkwork data file', null, null],
      'daily-2026-11-02': ['It is not a Linkwork data file', null, null],
      'daily-2026-11-03': [
        `It was made by a newer version of Linkwork (schema 999; this version knows up to ${known})`,
        1,
        999,
      ],
      'daily-2026-11-04': ['Its data file is missing', null, null],
    });
  });

  it('lists a copy taken before an upgrade, by the time in its name', async () => {
    const { backend, dir } = await pcnWithEvidence();
    const { backup } = await ok(backend, 'backup.now', { folder: null });
    const name = 'linkwork-v17-before-v18-2026-10-01T08-15-00-250Z.sqlite';
    fs.copyFileSync(path.join(dir, 'backups', backup.id, 'linkwork.sqlite'), path.join(dir, 'backups', name));
    const listed = (await ok(backend, 'backup.list', {})).backups.find((b) => b.id === name);
    expect(listed).toMatchObject({
      kind: 'beforeUpgrade',
      madeAt: '2026-10-01T08:15:00.250Z',
      people: 1,
      evidenceFiles: 0,
    });
    expect(listed?.sizeBytes).toBe(fs.statSync(path.join(dir, 'backups', name)).size);
  });
});

describe('backup.now', () => {
  it('makes a checked backup in the backups folder, as manual-<date and time>, and audits it', async () => {
    const { backend, dir } = await pcnWithEvidence();
    const made = await ok(backend, 'backup.now', { folder: null });
    const folder = path.join(dir, 'backups', 'manual-2026-11-24-01.30.00');
    expect(made.location).toBe(folder);
    expect(made.backup).toMatchObject({ id: 'manual-2026-11-24-01.30.00', kind: 'manual', people: 1, records: 1 });
    expect(filesAndSize(folder).files.filter((f) => !f.startsWith('evidence'))).toEqual([
      'backup.json',
      'linkwork.sqlite',
    ]);
    const copy = new Database(path.join(folder, 'linkwork.sqlite'), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    // Two in the same second are both kept.
    expect((await ok(backend, 'backup.now', { folder: null })).backup.id).toBe('manual-2026-11-24-01.30.00-2');
    const [entry] = (await ok(backend, 'audit.list', {})).entries;
    expect(entry).toMatchObject({ action: 'backup.make', summary: 'Backed up by hand on 24/11/2026 at 01:30' });
  });

  it('also copies the whole backup to a folder chosen in personal mode', async () => {
    const { backend, dir } = await pcnWithEvidence();
    const outside = tempDir('linkwork-usb-');
    try {
      const made = await ok(backend, 'backup.now', { folder: outside });
      expect(made.location).toBe(path.join(outside, 'Linkwork backup 24-11-2026 01.30'));
      expect(filesAndSize(made.location)).toEqual(filesAndSize(path.join(dir, 'backups', made.backup.id)));
      // A copy, not a link to the data folder's evidence: it stands alone on another drive.
      const [evidence] = filesAndSize(made.location).files.filter((f) => f.startsWith('evidence'));
      expect(fs.statSync(path.join(made.location, evidence!)).nlink).toBe(1);
      const again = await ok(backend, 'backup.now', { folder: outside });
      expect(again.location).toBe(path.join(outside, 'Linkwork backup 24-11-2026 01.30 (2)'));
      expect(fs.readdirSync(outside).sort()).toEqual([
        'Linkwork backup 24-11-2026 01.30',
        'Linkwork backup 24-11-2026 01.30 (2)',
      ]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('refuses a folder that is not there, not a folder or not a whole path, before making anything', async () => {
    const { backend, dir } = await pcnWithEvidence();
    const file = path.join(dir, 'a-file.txt');
    fs.writeFileSync(file, '');
    const cases: [string, string][] = [
      [path.join(dir, 'nowhere'), `There is no folder ${path.join(dir, 'nowhere')}`],
      [file, `${file} is a file, not a folder`],
      ['backups', 'Enter the whole path of the folder, not backups'],
      ...[dir, path.join(dir, 'evidence')].map((within): [string, string] => [
        within,
        `${within} is inside Linkwork's data folder, so a copy there would be lost with it: ` +
          'choose a folder elsewhere, such as on another drive',
      ]),
    ];
    for (const [folder, message] of cases) {
      const answer = await backend.call('backup.now', { folder });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message, details: { fields: { folder: message } } },
      });
    }
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('keeps and audits the backup when it cannot be copied to the folder, and says where it is', async () => {
    const { backend, dir } = await pcnWithEvidence();
    const outside = tempDir('linkwork-usb-');
    try {
      // A link to nowhere where the copy is to go: the folder passes its checks, the copy's last step fails.
      fs.symlinkSync(path.join(outside, 'gone'), path.join(outside, 'Linkwork backup 24-11-2026 01.30'));
      const answer = await backend.call('backup.now', { folder: outside });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: { fields: { folder: expect.any(String) } } },
      });
      expect(answer.ok ? '' : answer.error.message).toMatch(
        new RegExp(`^Backed up to ${path.join(dir, 'backups')}, but could not copy it to ${outside}: `),
      );
      expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual(['manual-2026-11-24-01.30.00']);
      expect(fs.readdirSync(outside)).toEqual(['Linkwork backup 24-11-2026 01.30']);
      const [entry] = (await ok(backend, 'audit.list', {})).entries;
      expect(entry).toMatchObject({
        action: 'backup.make',
        summary: `Backed up by hand on 24/11/2026 at 01:30; it could not be copied to ${outside}`,
      });
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('in team mode, keeps backups on the serving computer only: a folder is refused', async () => {
    const { backend, dir } = await pcnWithEvidence();
    const lead = (await accountFor(backend, { kind: 'colleague', id: 1 }, 'lead@nhs.net', { lead: true })).caller;
    const answer = await backend.callAs(lead, 'backup.now', { folder: dir });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { folder: expect.any(String) } } },
    });
    expect(answer.ok ? '' : answer.error.message).toMatch(
      /^In team mode backups are kept in the backups folder of the computer that serves Linkwork/,
    );
    const made = await backend.callAs(lead, 'backup.now', { folder: null });
    expect(made).toMatchObject({ ok: true, value: { backup: { kind: 'manual' } } });
  });

  it('is never pruned with the daily backups, which keep the number of days set in Settings', async () => {
    const { backend, clock, dir } = await pcnWithEvidence();
    const settings = await ok(backend, 'settings.get', {});
    await ok(backend, 'settings.update', { ...settings, backupDays: 2 });
    await ok(backend, 'backup.now', { folder: null });
    for (let day = 0; day < 4; day++) {
      await runBackupIfDue(backend.ctx);
      clock.advance(24 * 60);
    }
    expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual([
      'daily-2026-11-26',
      'daily-2026-11-27',
      'manual-2026-11-24-01.30.00',
    ]);
  });
});
