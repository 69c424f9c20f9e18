import fs from 'node:fs';
import path from 'node:path';
import type { BackupMade } from '../../shared/domain/backups.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { callerOf, inTransaction } from '../context.ts';
import { invalidField } from '../errors.ts';
import { findBackup, summaryOf } from './list.ts';
import { folderNameOf, onDayAtTime, outsideFolderNameOf } from './names.ts';
import { freeName, writeBackupFolder } from './write.ts';

/**
 * The folder a copy is to go to, checked before anything is written: a whole path to a folder that exists and that
 * Linkwork may write in. In team mode there is none: the folder would be on the serving computer, not the lead's.
 */
function checkedOutsideFolder(ctx: Ctx, folder: string): string {
  if (callerOf(ctx).kind !== 'personal')
    throw invalidField(
      'folder',
      'In team mode backups are kept in the backups folder of the computer that serves Linkwork only: leave the folder empty',
    );
  if (!path.isAbsolute(folder)) throw invalidField('folder', `Enter the whole path of the folder, not ${folder}`);
  const stat = fs.statSync(folder, { throwIfNoEntry: false });
  if (!stat) throw invalidField('folder', `There is no folder ${folder}`);
  if (!stat.isDirectory()) throw invalidField('folder', `${folder} is a file, not a folder`);
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw invalidField('folder', `Linkwork may not write in ${folder}`);
  }
  // A copy inside the data folder is lost with it (and one in its evidence folder is swept into later backups).
  const fromData = path.relative(fs.realpathSync(ctx.dataDir), fs.realpathSync(folder));
  if (!fromData.startsWith('..') && !path.isAbsolute(fromData))
    throw invalidField(
      'folder',
      `${folder} is inside Linkwork's data folder, so a copy there would be lost with it: choose a folder elsewhere, such as on another drive`,
    );
  return folder;
}

/** `Linkwork backup 16-11-2026 14.30`, or `… (2)` when a copy of that minute is there already. */
function freeOutsideName(folder: string, instant: Date): string {
  const name = outsideFolderNameOf(instant);
  let candidate = name;
  for (let n = 2; fs.existsSync(path.join(folder, candidate)); n++) candidate = `${name} (${n})`;
  return path.join(folder, candidate);
}

/**
 * Copies a finished backup folder (real copies, not links: the folder may be on another drive) and names it last.
 * Returns why it could not, or null.
 */
function copyOutside(from: string, to: string): string | null {
  const partial = `${to}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  try {
    fs.cpSync(from, partial, { recursive: true });
    fs.renameSync(partial, to);
    return null;
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    return (error as Error).message;
  }
}

/**
 * `backup.now`: a backup made like the daily one (checked, then named) as `manual-<date and time>` in the backups
 * folder, which the daily pruning never removes; with a folder, also copied there whole. Audited, even when the copy
 * to the folder fails: the backup in the backups folder is made all the same, and the error says where it is.
 */
export async function backUpNow(ctx: Ctx, input: { folder: string | null }): Promise<BackupMade> {
  const outside = input.folder === null ? null : checkedOutsideFolder(ctx, input.folder);
  const made = await writeBackupFolder(ctx, freeName(ctx, folderNameOf('manual', ctx.now())), { kind: 'manual' });
  const target = outside ? freeOutsideName(outside, ctx.now()) : null;
  const notCopied = target ? copyOutside(made.folder, target) : null;
  const location = target && notCopied === null ? target : made.folder;
  const backup = summaryOf(findBackup(ctx, made.name));
  inTransaction(ctx, () =>
    recordAudit(ctx, {
      action: 'backup.make',
      entity: 'backup',
      entityId: null,
      summary:
        `Backed up by hand ${onDayAtTime(made.madeAt)}` +
        (location !== made.folder ? `, and copied to ${location}` : '') +
        (notCopied !== null ? `; it could not be copied to ${outside}` : ''),
      after: {
        backup: made.name,
        location,
        people: backup.people,
        records: backup.records,
        evidenceFiles: backup.evidenceFiles,
      },
    }),
  );
  if (notCopied !== null)
    throw invalidField(
      'folder',
      `Backed up to ${path.dirname(made.folder)}, but could not copy it to ${outside}: ${notCopied}`,
    );
  return { backup, location };
}
