import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind, BackupList, BackupSummary } from '../../shared/domain/backups.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { EVIDENCE_FOLDER, filesUnder } from '../evidence/files.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { contentsOf } from './contents.ts';
import { BACKUP_FOLDER } from './leftovers.ts';
import { backupNamed } from './names.ts';
import { ABOUT_FILE } from './write.ts';

/** A backup as found in the backups folder: where its data file and evidence are. */
export interface FoundBackup {
  id: string;
  kind: BackupKind;
  dataFile: string;
  /** Its own copy of the evidence folder; null for a copy taken before an upgrade, which holds the data file alone. */
  evidenceDir: string | null;
  /** When its name or backup.json says it was made; null when neither does. */
  madeAt: string | null;
}

const backupsFolderOf = (ctx: Ctx) => path.join(ctx.dataDir, BACKUP_FOLDER);

function madeAtIn(folder: string): string | null {
  try {
    const about = JSON.parse(fs.readFileSync(path.join(folder, ABOUT_FILE), 'utf8')) as { madeAt?: unknown };
    return typeof about.madeAt === 'string' ? about.madeAt : null;
  } catch {
    return null;
  }
}

function found(ctx: Ctx, entry: fs.Dirent): FoundBackup | null {
  const named = backupNamed(entry.name, entry.isDirectory());
  if (!named) return null;
  const full = path.join(backupsFolderOf(ctx), entry.name);
  if (named.kind === 'beforeUpgrade') return { id: entry.name, ...named, dataFile: full, evidenceDir: null };
  const dataFile = path.join(full, path.basename(ctx.dataFile));
  return {
    id: entry.name,
    kind: named.kind,
    dataFile,
    evidenceDir: path.join(full, EVIDENCE_FOLDER),
    madeAt: madeAtIn(full),
  };
}

/** Every backup in the backups folder, in no particular order. */
export function findBackups(ctx: Ctx): FoundBackup[] {
  const dir = backupsFolderOf(ctx);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .map((entry) => found(ctx, entry))
    .filter((backup): backup is FoundBackup => backup !== null);
}

/** The backup called `id`, refused as not found when there is none (the id is a name, never a path). */
export function findBackup(ctx: Ctx, id: string): FoundBackup {
  const backup = findBackups(ctx).find((b) => b.id === id);
  if (!backup) throw notFound('backup', id);
  return backup;
}

function sizeOf(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}

interface EvidenceTally {
  files: number;
  bytes: number;
}

/**
 * A backup folder is written once and never changed, so its evidence is counted once for each copy of the data file
 * beside it (a PCN's thousands of certificates in each of thirty backups would otherwise be looked at again at every
 * listing). A restore never relies on this: it checks every file it needs.
 */
const tallies = new Map<string, EvidenceTally>();

function evidenceIn({ evidenceDir, dataFile }: FoundBackup): EvidenceTally {
  if (!evidenceDir) return { files: 0, bytes: 0 };
  const stat = fs.statSync(dataFile, { throwIfNoEntry: false });
  const key = `${evidenceDir}:${stat?.ino}:${stat?.mtimeMs}`;
  const known = tallies.get(key);
  if (known) return known;
  const files = filesUnder(evidenceDir);
  const tally = { files: files.length, bytes: files.reduce((sum, file) => sum + sizeOf(file), 0) };
  tallies.set(key, tally);
  return tally;
}

export function summaryOf(backup: FoundBackup): BackupSummary {
  const evidence = evidenceIn(backup);
  const contents = contentsOf(backup.dataFile);
  const madeAt = backup.madeAt ?? fs.statSync(backup.dataFile, { throwIfNoEntry: false })?.mtime.toISOString() ?? '';
  return {
    id: backup.id,
    kind: backup.kind,
    madeAt,
    sizeBytes: sizeOf(backup.dataFile) + evidence.bytes,
    people: contents.people,
    records: contents.records,
    evidenceFiles: evidence.files,
    schemaVersion: contents.schemaVersion,
    problem: contents.problem,
  };
}

/** `backup.list`: every backup, newest first, with the number of daily ones Settings keeps. */
export function listBackups(ctx: Ctx): BackupList {
  const backups = findBackups(ctx)
    .map(summaryOf)
    .sort((a, b) => b.madeAt.localeCompare(a.madeAt) || b.id.localeCompare(a.id));
  return { folder: backupsFolderOf(ctx), keepDays: readAppSettings(ctx.db).backupDays, backups };
}
