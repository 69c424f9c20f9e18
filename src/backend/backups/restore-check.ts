import type BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { countOf } from '../../shared/rules/words.ts';
import type { Ctx } from '../context.ts';
import { openDatabase } from '../db/open.ts';
import { conflict, DomainError } from '../errors.ts';
import { EVIDENCE_FOLDER } from '../evidence/files.ts';
import { isNotADatabase, NOT_LINKWORK, openBackupFile, whyNotLinkwork } from './contents.ts';
import type { FoundBackup } from './list.ts';

/** A backup that passed every check: the evidence files its records name, and the folder they are in. */
export interface RestorableBackup {
  /** Paths inside the data folder (`evidence/ab/ab12….pdf`), as `evidence_file.stored_name` has them. */
  evidence: string[];
  /** The folder those paths are relative to: the backup's own, or (for a copy taken before an upgrade) the data folder. */
  evidenceRoot: string;
}

/** `why` reads as a sentence of its own ("It is not…"), or after the backup's name ("…: it is not…"). */
const refuse = (backup: FoundBackup, why: string) =>
  conflict(`The backup ${backup.id} cannot be restored: ${why.replace(/^It/, 'it')}`);

const isDamaged = (error: unknown) => /^SQLITE_CORRUPT/.test((error as { code?: string }).code ?? '');

function checkDatabase(ctx: Ctx, backup: FoundBackup, db: BetterSqlite3.Database): void {
  const verdict = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (verdict.join('; ') !== 'ok')
    throw refuse(backup, `Its data file is damaged: SQLite's integrity check found ${verdict.slice(0, 3).join('; ')}`);
  const notLinkwork = whyNotLinkwork(db);
  if (notLinkwork) throw refuse(backup, notLinkwork);
  // SQLite copies into a file in WAL mode only page for page.
  const pageSize = (of: BetterSqlite3.Database) => of.pragma('page_size', { simple: true }) as number;
  if (pageSize(db) !== pageSize(ctx.db))
    throw refuse(
      backup,
      `Its pages are ${pageSize(db)} bytes, the data file's ${pageSize(ctx.db)}, so Linkwork cannot copy it in`,
    );
}

type EvidenceRow = { storedName: string; sha256: string };

/**
 * The backup's data file copied to `staged` and opened as the data file is, so an older one is migrated there
 * (and a migration that fails, fails before anything changes); left as one file, ready to be copied in.
 * Returns the evidence files its records name.
 */
function stageMigrated(backup: FoundBackup, staged: string): EvidenceRow[] {
  fs.mkdirSync(path.dirname(staged), { recursive: true });
  fs.copyFileSync(backup.dataFile, staged);
  let db: BetterSqlite3.Database;
  try {
    db = openDatabase(staged).db;
  } catch (error) {
    if (isDamaged(error)) throw error;
    throw refuse(backup, `Linkwork could not bring it up to this version (${(error as Error).message})`);
  }
  try {
    const rows = db.prepare('SELECT stored_name AS storedName, sha256 FROM evidence_file ORDER BY id').all();
    db.pragma('journal_mode = DELETE');
    return rows as EvidenceRow[];
  } finally {
    db.close();
  }
}

function readChecked(ctx: Ctx, backup: FoundBackup, staged: string): EvidenceRow[] {
  if (!fs.existsSync(backup.dataFile)) throw refuse(backup, 'Its data file is missing');
  let db: BetterSqlite3.Database | null = null;
  try {
    db = openBackupFile(backup.dataFile);
    checkDatabase(ctx, backup, db);
    db.close();
    db = null;
    return stageMigrated(backup, staged);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const message = (error as Error).message;
    if (isDamaged(error)) throw refuse(backup, `Its data file is damaged (SQLite says: ${message})`);
    throw refuse(backup, isNotADatabase(error) ? NOT_LINKWORK : `Linkwork cannot read it (${message})`);
  } finally {
    db?.close();
  }
}

const sha256Of = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * Everything a restore relies on, checked before anything changes: the data file passes SQLite's integrity check,
 * is Linkwork's and not from a newer version, opens (migrated, when older) as `staged`, the copy the restore copies
 * in, and every evidence file its records name is there, unchanged.
 */
export function checkRestorable(ctx: Ctx, backup: FoundBackup, staged: string): RestorableBackup {
  const files = readChecked(ctx, backup, staged);
  const evidenceRoot = backup.evidenceDir ? path.dirname(backup.evidenceDir) : ctx.dataDir;
  const inside = path.resolve(evidenceRoot, EVIDENCE_FOLDER) + path.sep;
  const missing: string[] = [];
  const changed: string[] = [];
  for (const { storedName, sha256 } of files) {
    const file = path.resolve(evidenceRoot, storedName);
    if (!file.startsWith(inside) || !fs.existsSync(file)) missing.push(storedName);
    else if (sha256Of(file) !== sha256) changed.push(storedName);
  }
  if (missing.length > 0)
    throw refuse(
      backup,
      `${countOf(missing.length, 'evidence file')} its records name ${missing.length === 1 ? 'is' : 'are'} missing from it (${missing.slice(0, 3).join(', ')})`,
    );
  if (changed.length > 0)
    throw refuse(
      backup,
      `${countOf(changed.length, 'evidence file')} in it no longer ${changed.length === 1 ? 'matches its record' : 'match their records'} (${changed.slice(0, 3).join(', ')})`,
    );
  return { evidence: files.map((f) => f.storedName), evidenceRoot };
}
