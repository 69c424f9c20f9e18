import fs from 'node:fs';
import path from 'node:path';
import { removeDatabaseFile, SIDE_FILE_SUFFIXES, UNFINISHED_SUFFIX } from './checked-copy.ts';

/** Where backups live, beside the data file: the copies taken before an upgrade and the backup folders. */
export const BACKUP_FOLDER = 'backups';

/** Added to a copy that was interrupted before it was finished, so it never passes for a backup. */
export const BROKEN_LABEL = '-broken';

/** A backup folder (daily, made by hand, before a restore) is made in a hidden folder and renamed into place when whole. */
export const unfinishedFolderName = (name: string) => `.${name}.partial`;
const UNFINISHED_FOLDER = /^\..*\.partial$/;

const hasSideFile = (file: string) => SIDE_FILE_SUFFIXES.some((suffix) => fs.existsSync(`${file}${suffix}`));

/** `name.sqlite` → `name-broken.sqlite`, with its journal renamed alongside so the pair stays as it was found. */
function labelBroken(dir: string, name: string): string {
  const labelled = `${path.basename(name, '.sqlite')}${BROKEN_LABEL}.sqlite`;
  for (const suffix of ['', ...SIDE_FILE_SUFFIXES]) {
    const from = path.join(dir, `${name}${suffix}`);
    if (fs.existsSync(from)) fs.renameSync(from, path.join(dir, `${labelled}${suffix}`));
  }
  return labelled;
}

/**
 * What a backup killed part-way leaves in `backups/`, dealt with on opening: an unfinished copy (`*.tmp`) or daily
 * folder is removed; a copy with a journal beside it (written by a version before copies were checked, and rolled
 * back to nothing by that journal) is labelled `-broken`. Returns one line for the log per thing done.
 */
export function tidyBackupFolder(dataDir: string): string[] {
  const dir = path.join(dataDir, BACKUP_FOLDER);
  if (!fs.existsSync(dir)) return [];
  const done: string[] = [];
  const databases = new Set<string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && UNFINISHED_FOLDER.test(entry.name)) {
      fs.rmSync(path.join(dir, entry.name), { recursive: true, force: true });
      const daily = entry.name.startsWith('.daily-') ? 'daily ' : '';
      done.push(`Removed an unfinished ${daily}backup: ${path.join(dir, entry.name)}`);
    } else if (entry.isFile()) {
      // A journal left without its database still belongs to it.
      const side = SIDE_FILE_SUFFIXES.find((suffix) => entry.name.endsWith(suffix));
      databases.add(side ? entry.name.slice(0, -side.length) : entry.name);
    }
  }
  for (const name of databases) {
    const full = path.join(dir, name);
    if (name.endsWith(UNFINISHED_SUFFIX)) {
      removeDatabaseFile(full);
      done.push(`Removed an unfinished backup copy: ${full}`);
    } else if (name.endsWith('.sqlite') && !name.endsWith(`${BROKEN_LABEL}.sqlite`) && hasSideFile(full)) {
      done.push(`Labelled a backup copy that was never finished: ${path.join(dir, labelBroken(dir, name))}`);
    }
  }
  return done;
}
