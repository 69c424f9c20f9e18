import type { BackupKind } from '../../shared/domain/backups.ts';
import { formatUkDateTime, ukDateOf } from '../../shared/rules/dates.ts';
import { BROKEN_LABEL } from './leftovers.ts';

/** The folders a backup is written as: `daily-2026-11-16`, `manual-2026-11-16-14.30.05`, `before-restore-…`. */
export type FolderKind = Exclude<BackupKind, 'beforeUpgrade'>;

const PREFIX: Record<FolderKind, string> = { daily: 'daily-', manual: 'manual-', beforeRestore: 'before-restore-' };

const UK_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The UK time of day of an instant as `[hh, mm, ss]`. */
function ukClock(instant: Date): [string, string, string] {
  const parts = UK_CLOCK.formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return [get('hour'), get('minute'), get('second')];
}

/** `manual-2026-11-16-14.30.05` (UK time): sorts by when it was made, and reads as a date and time. */
export function folderNameOf(kind: FolderKind, instant: Date): string {
  if (kind === 'daily') return `${PREFIX.daily}${ukDateOf(instant)}`;
  return `${PREFIX[kind]}${ukDateOf(instant)}-${ukClock(instant).join('.')}`;
}

/** `on 16/11/2026 at 14:30` (UK time), for the audit log's sentences. */
export function onDayAtTime(isoInstant: string): string {
  const [day, time] = formatUkDateTime(isoInstant).split(' ');
  return `on ${day} at ${time}`;
}

/** The folder a copy taken elsewhere goes into: `Linkwork backup 16-11-2026 14.30` (UK date and time). */
export function outsideFolderNameOf(instant: Date): string {
  const [year, month, day] = ukDateOf(instant).split('-');
  const [hour, minute] = ukClock(instant);
  return `Linkwork backup ${day}-${month}-${year} ${hour}.${minute}`;
}

const FOLDER = /^(daily|manual|before-restore)-\d{4}-\d{2}-\d{2}(-\d{2}\.\d{2}\.\d{2})?(-\d+)?$/;
const KIND_OF_PREFIX: Record<string, FolderKind> = {
  daily: 'daily',
  manual: 'manual',
  'before-restore': 'beforeRestore',
};

/** The copy taken before an upgrade (db/open.ts): `linkwork-v17-before-v18-2026-11-16T14-30-05-123Z.sqlite`. */
const BEFORE_UPGRADE = /^.+-v\d+-before-v\d+-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

export interface NamedBackup {
  kind: BackupKind;
  /** When its name says it was made (a before-upgrade copy's name holds the instant); null when it does not say. */
  madeAt: string | null;
}

/** What an entry of the backups folder is, by its name; null for anything that is not a backup. */
export function backupNamed(name: string, isFolder: boolean): NamedBackup | null {
  if (isFolder) {
    const match = FOLDER.exec(name);
    const kind = match ? KIND_OF_PREFIX[match[1] as string] : undefined;
    return kind ? { kind, madeAt: null } : null;
  }
  if (name.endsWith(`${BROKEN_LABEL}.sqlite`)) return null;
  const match = BEFORE_UPGRADE.exec(name);
  if (!match) return null;
  const [, day, hour, minute, second, milli] = match;
  return { kind: 'beforeUpgrade', madeAt: `${day}T${hour}:${minute}:${second}.${milli}Z` };
}
