import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { writeCheckedCopy } from '../../src/backend/backups/checked-copy.ts';
import { dailyFolderOf, runBackupIfDue } from '../../src/backend/backups/daily.ts';
import type { Migration } from '../../src/backend/db/migrate.ts';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { openDatabase } from '../../src/backend/db/open.ts';
import { ok, tempDir } from '../support/backend.ts';
import { tinyPdf } from '../support/files.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';

const LONG_AGO = new Date('2000-01-01T00:00:00Z');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const dir = tempDir('linkwork-leftovers-');
  dirs.push(dir);
  return dir;
}

function open(dataDir: string, log: string[] = []): Backend {
  return createBackend({
    dataDir,
    now: () => new Date('2026-11-24T10:00:00Z'),
    osUser: 'tester',
    log: (line) => log.push(line),
  });
}

/** Every file under `dir`, relative to it, sorted. */
const listing = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

function journalModeOfSoundCopy(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.pragma('journal_mode', { simple: true });
  } finally {
    db.close();
  }
}

describe('backups are checked copies', () => {
  it('before an upgrade: written, checked and renamed, self-contained, with nothing unfinished beside it', () => {
    const dir = folder();
    open(dir).close();
    const next: Migration = {
      version: migrations.length + 1,
      name: 'a column',
      sql: 'ALTER TABLE practice ADD x TEXT;',
    };
    const { db, migration } = openDatabase(path.join(dir, 'linkwork.sqlite'), [...migrations, next]);
    db.close();
    const backup = migration.backupFile as string;
    expect(listing(path.join(dir, 'backups'))).toEqual([path.basename(backup)]);
    expect(journalModeOfSoundCopy(backup)).toBe('delete');
  });

  it('each day: the copy in the daily folder is checked, and nothing unfinished is left beside it', async () => {
    const dir = folder();
    const backend = open(dir);
    try {
      await supervisedLinkWorker(backend);
      const made = await runBackupIfDue(backend.ctx);
      expect(listing(dailyFolderOf(dir, '2026-11-24'))).toEqual(['backup.json', 'linkwork.sqlite']);
      expect(journalModeOfSoundCopy(path.join(made?.folder ?? '', 'linkwork.sqlite'))).toBe('delete');
      expect(listing(path.join(dir, 'backups'))).toEqual([
        'daily-2026-11-24/backup.json',
        'daily-2026-11-24/linkwork.sqlite',
      ]);
    } finally {
      backend.close();
    }
  });

  it('a copy that fails its check never takes the backup name, and is removed (written at once or over time)', async () => {
    const dir = folder();
    const target = path.join(dir, 'copy.sqlite');
    expect(() => writeCheckedCopy(target, (temporary) => fs.writeFileSync(temporary, 'half a database'))).toThrow();
    await expect(
      writeCheckedCopy(target, async (temporary) => fs.writeFileSync(temporary, 'half a database')),
    ).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('opening after a kill during a backup', () => {
  it('removes unfinished copies and labels a copy left with its journal -broken; finished backups are kept', async () => {
    const dir = folder();
    const first = open(dir);
    await supervisedLinkWorker(first);
    await runBackupIfDue(first.ctx);
    first.close();
    const backups = path.join(dir, 'backups');
    const whole = fs.readFileSync(path.join(dir, 'linkwork.sqlite'));
    const half = whole.subarray(0, Math.floor(whole.length / 2));
    // Killed while copying before an upgrade, and while making the next day's copy…
    fs.writeFileSync(path.join(backups, 'linkwork-v11-before-v12-2026-11-24T10-00-00-000Z.sqlite.tmp'), half);
    fs.mkdirSync(path.join(backups, '.daily-2026-11-25.partial'));
    fs.writeFileSync(path.join(backups, '.daily-2026-11-25.partial', 'linkwork.sqlite.tmp'), half);
    // …and by a version that wrote its copy in place: a file with the journal that rolls it back to nothing.
    fs.writeFileSync(path.join(backups, 'linkwork-v1-before-v2-2026-01-05T09-00-00-000Z.sqlite'), half);
    fs.writeFileSync(path.join(backups, 'linkwork-v1-before-v2-2026-01-05T09-00-00-000Z.sqlite-journal'), half);

    const log: string[] = [];
    open(dir, log).close();
    expect(listing(backups)).toEqual([
      'daily-2026-11-24/backup.json',
      'daily-2026-11-24/linkwork.sqlite',
      'linkwork-v1-before-v2-2026-01-05T09-00-00-000Z-broken.sqlite',
      'linkwork-v1-before-v2-2026-01-05T09-00-00-000Z-broken.sqlite-journal',
    ]);
    expect(fs.readdirSync(backups)).not.toContain('.daily-2026-11-25.partial');
    expect(log.sort()).toEqual([
      `Labelled a backup copy that was never finished: ${path.join(backups, 'linkwork-v1-before-v2-2026-01-05T09-00-00-000Z-broken.sqlite')}`,
      `Removed an unfinished backup copy: ${path.join(backups, 'linkwork-v11-before-v12-2026-11-24T10-00-00-000Z.sqlite.tmp')}`,
      `Removed an unfinished daily backup: ${path.join(backups, '.daily-2026-11-25.partial')}`,
    ]);
  });
});

describe('opening after a kill during an upload', () => {
  it('removes old files no record names and unfinished uploads, keeping every named file and anything recent', async () => {
    const dir = folder();
    const first = open(dir);
    const { workerId } = await supervisedLinkWorker(first);
    await ok(first, 'training.record', {
      workerId,
      requirementId: 'fire-safety',
      status: 'completed',
      completedOn: '2026-11-20',
      evidence: [{ fileName: 'fire.pdf', dataBase64: tinyPdf('fire').toString('base64') }],
    });
    first.close();
    const evidence = path.join(dir, 'evidence');
    const [named] = listing(evidence);
    const orphan = path.join('ab', `${'ab'.repeat(32)}.pdf`);
    const unfinished = path.join('cd', `${'cd'.repeat(32)}.pdf.4242.tmp`);
    const recent = path.join('ef', `${'ef'.repeat(32)}.pdf`);
    for (const file of [orphan, unfinished, recent]) {
      fs.mkdirSync(path.join(evidence, path.dirname(file)), { recursive: true });
      fs.writeFileSync(path.join(evidence, file), file.endsWith('.tmp') ? '' : tinyPdf(file));
    }
    // The orphan, the unfinished upload and the named file are old; the last file was just written.
    for (const file of [orphan, unfinished, named ?? '']) fs.utimesSync(path.join(evidence, file), LONG_AGO, LONG_AGO);

    const log: string[] = [];
    open(dir, log).close();
    expect(listing(evidence)).toEqual([named, recent].sort());
    expect(log).toEqual([
      `Removed 1 unfinished evidence upload(s): ${path.join('evidence', unfinished)}`,
      `Removed 1 evidence file(s) no record refers to: ${path.join('evidence', orphan)}`,
    ]);
  });
});
