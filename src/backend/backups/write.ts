import fs from 'node:fs';
import path from 'node:path';
import type { Ctx } from '../context.ts';
import { EVIDENCE_FOLDER, filesUnder } from '../evidence/files.ts';
import { UNFINISHED_SUFFIX, writeCheckedCopy } from './checked-copy.ts';
import { BACKUP_FOLDER, unfinishedFolderName } from './leftovers.ts';

/** What a backup folder says about itself, beside its copy of the data file. */
export const ABOUT_FILE = 'backup.json';

export interface WrittenBackup {
  /** Its name in the backups folder. */
  name: string;
  folder: string;
  evidenceFiles: number;
  madeAt: string;
}

/**
 * Evidence files never change once written (each is named by its content's hash), so a hard link is as good
 * as a copy and costs no space; where the file system cannot link, the file is copied. Files already there are
 * left as they are. Returns how many files `relatives` named.
 */
export function linkOrCopyFiles(fromDir: string, toDir: string, relatives: readonly string[]): number {
  for (const relative of relatives) {
    const target = path.join(toDir, relative);
    if (fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(path.join(fromDir, relative), target);
    } catch {
      fs.copyFileSync(path.join(fromDir, relative), target);
    }
  }
  return relatives.length;
}

function keepEvidence(fromDir: string, toDir: string): number {
  const files = filesUnder(fromDir)
    .filter((file) => !file.endsWith(UNFINISHED_SUFFIX))
    .map((file) => path.relative(fromDir, file));
  return linkOrCopyFiles(fromDir, toDir, files);
}

/**
 * Writes `backups/<name>/`: SQLite's online backup of the open database (other calls carry on meanwhile) and the
 * evidence files, in a hidden folder renamed into place only once the copy has passed `PRAGMA integrity_check`, so a
 * folder with a backup's name is always whole. `about` is added to its backup.json. Nothing is left if it fails.
 */
export async function writeBackupFolder(
  ctx: Ctx,
  name: string,
  about: Record<string, unknown> = {},
): Promise<WrittenBackup> {
  const folder = path.join(ctx.dataDir, BACKUP_FOLDER, name);
  const partial = path.join(ctx.dataDir, BACKUP_FOLDER, unfinishedFolderName(name));
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  try {
    await writeCheckedCopy(path.join(partial, path.basename(ctx.dataFile)), (temporary) => ctx.db.backup(temporary));
    const evidenceFiles = keepEvidence(path.join(ctx.dataDir, EVIDENCE_FOLDER), path.join(partial, EVIDENCE_FOLDER));
    const madeAt = ctx.now().toISOString();
    const written = { madeAt, ...about, schemaVersion: ctx.schemaVersion, evidenceFiles, integrityCheck: 'ok' };
    fs.writeFileSync(path.join(partial, ABOUT_FILE), `${JSON.stringify(written, null, 2)}\n`);
    fs.renameSync(partial, folder);
    return { name, folder, evidenceFiles, madeAt };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** `name`, or `name-2`, `name-3`… when a backup of that name is already there (two made in the same second). */
export function freeName(ctx: Ctx, name: string): string {
  const taken = (candidate: string) => fs.existsSync(path.join(ctx.dataDir, BACKUP_FOLDER, candidate));
  let candidate = name;
  for (let n = 2; taken(candidate); n++) candidate = `${name}-${n}`;
  return candidate;
}
