import fs from 'node:fs';
import { loadDriver } from '../db/driver.ts';

/** What a copy is called until it has been checked: anything ending so is unfinished, never a backup. */
export const UNFINISHED_SUFFIX = '.tmp';

/** The files SQLite may keep beside a database. */
export const SIDE_FILE_SUFFIXES = ['-journal', '-wal', '-shm'] as const;

export function removeDatabaseFile(file: string): void {
  for (const suffix of ['', ...SIDE_FILE_SUFFIXES]) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** Makes the copy one self-contained file (no WAL beside it) and checks every page of it. */
function checkCopy(file: string): void {
  const Driver = loadDriver();
  const copy = new Driver(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
    const verdict = rows.map((r) => r.integrity_check).join('; ');
    if (verdict !== 'ok') throw new Error(`the copy failed SQLite's integrity check: ${verdict}`);
  } finally {
    copy.close();
  }
}

/**
 * Writes a database copy under a temporary name beside `target`, checks it with `PRAGMA integrity_check`, and only
 * then renames it to `target`: a file with a backup's name is always a whole, checked copy. A copy that fails is
 * removed. `write` fills the temporary file, synchronously (`VACUUM INTO`) or not (SQLite's online backup); the
 * result follows suit.
 */
export function writeCheckedCopy(target: string, write: (temporary: string) => void): void;
export function writeCheckedCopy(target: string, write: (temporary: string) => Promise<unknown>): Promise<void>;
export function writeCheckedCopy(
  target: string,
  write: (temporary: string) => void | Promise<unknown>,
): void | Promise<void> {
  const temporary = `${target}${UNFINISHED_SUFFIX}`;
  const finish = () => {
    checkCopy(temporary);
    fs.renameSync(temporary, target);
  };
  const fail = (error: unknown): never => {
    removeDatabaseFile(temporary);
    throw error;
  };
  removeDatabaseFile(temporary);
  try {
    const written = write(temporary);
    if (written instanceof Promise) return written.then(finish).catch(fail);
    finish();
  } catch (error) {
    fail(error);
  }
}
