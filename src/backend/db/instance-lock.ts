import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatUkDateTime } from '../../shared/rules/dates.ts';

/** Beside the data file: present while a Linkwork has the folder open, naming which one. */
export const LOCK_FILE_NAME = 'linkwork.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** Which Linkwork: "browser mode", "team mode", "the desktop app", "npm run accounts"… */
  shell: string;
  /** When the process started (ISO instant): with `pid`, tells it from a later process given the same id. */
  startedAt: string;
}

export interface InstanceLock {
  file: string;
  holder: LockHolder;
  /** Removes the lock file if it is still ours; safe to call more than once. */
  release(): void;
}

/** A lock file found empty or unreadable this long after it was written is a start that was killed mid-way. */
const UNWRITTEN_LOCK_GRACE_MS = 10_000;

function describe(holder: LockHolder): string {
  return `${holder.shell} (process ${holder.pid} on ${holder.host}, started ${formatUkDateTime(holder.startedAt)})`;
}

export class DataFolderInUseError extends Error {
  readonly dataDir: string;
  /** Null when the lock file was found but not yet written (a start under way). */
  readonly holder: LockHolder | null;
  readonly lockFile: string;

  constructor(dataDir: string, holder: LockHolder | null, lockFile: string) {
    const who = holder ? `by ${describe(holder)}` : 'by another Linkwork that is starting';
    super(
      `The data folder ${dataDir} is already in use ${who}. Only one Linkwork can use a data folder at a time: ` +
        'close that one first (Ctrl+C where it runs, or quit the desktop app), or give this one another folder ' +
        `with --data-dir. If no Linkwork is running there, delete ${lockFile} and start again.`,
    );
    this.name = 'DataFolderInUseError';
    this.dataDir = dataDir;
    this.holder = holder;
    this.lockFile = lockFile;
  }
}

/** Locks this thread holds, by file, released when the process exits. */
const held = new Map<string, InstanceLock>();
let releaseOnExit = false;

/** The same for every thread of this process. */
const processStartedAt = () => Date.now() - process.uptime() * 1000;

/**
 * Process ids are reused (a container's app is often process 1 every time), so a lock naming this process's id
 * is this process's (any of its threads) only if it also started when this process did.
 */
const PROCESS_START_TOLERANCE_MS = 1000;
const startedWithThisProcess = (holder: LockHolder) =>
  Math.abs(Date.parse(holder.startedAt) - processStartedAt()) < PROCESS_START_TOLERANCE_MS;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    const ok =
      Number.isInteger(value.pid) &&
      typeof value.host === 'string' &&
      typeof value.shell === 'string' &&
      typeof value.startedAt === 'string';
    return ok ? (value as LockHolder) : null;
  } catch {
    return null;
  }
}

/** Creates `file` only if it does not exist (`wx`), with `text` in it; false if it already existed. */
function createExclusively(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function olderThan(file: string, ms: number): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs > ms;
  } catch {
    return true;
  }
}

/**
 * Whether the lock's holder has certainly gone: a process of this computer that no longer runs (or an earlier one
 * that had this process's id). A holder on another computer (a shared folder) cannot be checked: it stays.
 */
function isStale(file: string, text: string): boolean {
  const holder = parseHolder(text);
  if (!holder) return olderThan(file, UNWRITTEN_LOCK_GRACE_MS);
  if (holder.host !== os.hostname()) return false;
  if (holder.pid === process.pid) return !startedWithThisProcess(holder);
  return !isRunning(holder.pid);
}

/**
 * Removes a stale lock, still as it was when judged. Two starts may find the same stale lock at once: the one that
 * creates the takeover file removes it, so neither removes a lock the other has just taken.
 */
function removeStaleLock(file: string, judged: string): boolean {
  const takeover = `${file}.takeover`;
  if (!createExclusively(takeover, String(process.pid))) {
    // Another start is taking over now, unless it was killed doing so (a moment's window).
    const pid = Number(readText(takeover));
    const abandoned = Number.isInteger(pid) && pid > 0 ? !isRunning(pid) : olderThan(takeover, UNWRITTEN_LOCK_GRACE_MS);
    if (abandoned) fs.rmSync(takeover, { force: true });
    return false;
  }
  try {
    if (readText(file) === judged) fs.rmSync(file, { force: true });
    return true;
  } finally {
    fs.rmSync(takeover, { force: true });
  }
}

function hold(file: string, holder: LockHolder, text: string): InstanceLock {
  const lock: InstanceLock = {
    file,
    holder,
    release: () => {
      if (held.get(file) !== lock) return;
      held.delete(file);
      if (readText(file) === text) fs.rmSync(file, { force: true });
    },
  };
  held.set(file, lock);
  if (!releaseOnExit) {
    releaseOnExit = true;
    process.once('exit', () => [...held.values()].forEach((l) => l.release()));
  }
  return lock;
}

/**
 * Takes the data folder for this process: one Linkwork per folder, whichever shell it is. A lock left by a
 * process of this computer that has ended is taken over; any other holder is named in the refusal.
 */
export function acquireInstanceLock(dataDir: string, shell: string): InstanceLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const startedAt = new Date(processStartedAt()).toISOString();
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), shell, startedAt };
  const text = `${JSON.stringify(holder, null, 2)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createExclusively(file, text)) return hold(file, holder, text);
    const found = readText(file);
    if (found === null) continue; // released between our two looks
    if (!isStale(file, found)) throw new DataFolderInUseError(dataDir, parseHolder(found), file);
    removeStaleLock(file, found);
  }
  throw new DataFolderInUseError(dataDir, parseHolder(readText(file) ?? ''), file);
}

/** How this process is named in a lock when its shell does not say. */
export function thisProcessName(): string {
  if (process.versions.electron) return 'the desktop app';
  const script = process.argv[1];
  return script ? `node ${path.basename(script)}` : 'a Linkwork script';
}
