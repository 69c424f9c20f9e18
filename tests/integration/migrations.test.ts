import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Migration } from '../../src/backend/db/migrate.ts';
import { DatabaseTooNewError, schemaVersion } from '../../src/backend/db/migrate.ts';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { openDatabase } from '../../src/backend/db/open.ts';
import { tempDir } from '../support/backend.ts';

const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
const latest = migrations.length;
const dirs: string[] = [];

afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function dataFile(): string {
  const dir = tempDir('linkwork-migrate-');
  dirs.push(dir);
  return path.join(dir, 'linkwork.sqlite');
}

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A database at the current schema holding one practice, closed so the file is complete. */
function populatedFile(): string {
  const file = dataFile();
  const { db } = openDatabase(file);
  db.prepare("INSERT INTO practice (name, ods_code) VALUES ('Riverside Surgery', 'Y10001')").run();
  db.close();
  return file;
}

function dumpSchema(db: BetterSqlite3.Database): string {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[];
  return `-- user_version ${schemaVersion(db)}\n${rows.map((r) => `${r.sql.trim()};`).join('\n\n')}\n`;
}

describe('migrations', () => {
  it('build the committed schema on an empty database', async () => {
    const { db, migration } = openDatabase(dataFile());
    expect(migration).toEqual({ from: 0, to: latest, backupFile: null });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    await expect(dumpSchema(db)).toMatchFileSnapshot('__snapshots__/schema.sql');
    db.close();
  });

  it('refuse a database from a newer version of the app and leave it untouched', () => {
    const file = dataFile();
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x INTEGER)');
    future.pragma(`user_version = ${latest + 1}`);
    future.close();
    const before = hash(file);

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer version of Linkwork.*has not been changed/);
    expect(hash(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('roll back a failing migration, leaving the file as it was', () => {
    const file = populatedFile();
    const before = hash(file);
    const broken: Migration = {
      version: latest + 1,
      name: 'broken',
      sql: 'CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);',
    };

    expect(() => openDatabase(file, [...migrations, broken])).toThrow(/Migration \d+ \(broken\) failed: no such table/);
    expect(hash(file)).toBe(before);
    const { db } = openDatabase(file);
    expect(schemaVersion(db)).toBe(latest);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT name FROM practice').all()).toEqual([{ name: 'Riverside Surgery' }]);
    db.close();
  });

  it('write a backup of the existing data before migrating', () => {
    const file = populatedFile();
    const next: Migration = {
      version: latest + 1,
      name: 'add a column',
      sql: 'ALTER TABLE practice ADD COLUMN note TEXT;',
    };

    const { db, migration } = openDatabase(file, [...migrations, next]);
    db.close();
    expect(migration.from).toBe(latest);
    expect(migration.to).toBe(latest + 1);
    expect(migration.backupFile).not.toBeNull();
    const backupFile = migration.backupFile as string;
    expect(path.dirname(backupFile)).toBe(path.join(path.dirname(file), 'backups'));

    const backup = new Database(backupFile, { readonly: true });
    expect(schemaVersion(backup)).toBe(latest);
    expect(backup.prepare('SELECT name FROM practice').all()).toEqual([{ name: 'Riverside Surgery' }]);
    backup.close();
  });

  it('refuse a list of migrations with a gap', () => {
    const gap: Migration = { version: latest + 2, name: 'gap', sql: 'SELECT 1;' };
    expect(() => openDatabase(dataFile(), [...migrations, gap])).toThrow(/expected/);
  });
});
