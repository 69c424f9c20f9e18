import type { Database } from 'better-sqlite3';
import { sql } from '../db/statements.ts';
import { sha256 } from './hash-chain.ts';

/** The kinds of record that lock: a signed assessment, a supervision record signed by both, a submitted claim. */
export const LOCKED_KINDS = ['assessment', 'supervision', 'claim'] as const;
export type LockedKind = (typeof LOCKED_KINDS)[number];

/** A locked record as the `locked_record` view gives it: its canonical content, and what names it to a person. */
export interface LockedRecord {
  kind: LockedKind;
  id: number;
  workerId: number | null;
  /** The session's date, when the assessment was signed (an instant), or the claim's month. */
  dated: string;
  content: string;
}

/** What the audit log keeps of a locked record when it locks, and after each later change Linkwork makes to it. */
export interface Seal {
  kind: LockedKind;
  id: number;
  workerId: number | null;
  dated: string;
  hash: string;
}

const COLUMNS = 'SELECT kind, id, worker_id AS workerId, dated, content FROM locked_record';

export const sealOfRecord = ({ kind, id, workerId, dated, content }: LockedRecord): Seal => ({
  kind,
  id,
  workerId,
  dated,
  hash: sha256(content),
});

/** Every record locked now, in a stable order. */
export function lockedRecords(db: Database): LockedRecord[] {
  return sql(db, `${COLUMNS} ORDER BY kind, id`).all() as LockedRecord[];
}

/** The seal of one record as it stands now; call it after the change, in the same transaction. */
export function sealOf(db: Database, kind: LockedKind, id: number): Seal {
  const record = sql(db, `${COLUMNS} WHERE kind = ? AND id = ?`).get(kind, id) as LockedRecord | undefined;
  if (!record) throw new Error(`The ${kind} ${id} is not locked, so it has nothing to seal`);
  return sealOfRecord(record);
}

/** A seal as read back from the log, which anyone with the file could have written anything into. */
export function isSeal(value: unknown): value is Seal {
  const s = value as Partial<Seal> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    LOCKED_KINDS.includes(s.kind as LockedKind) &&
    Number.isInteger(s.id) &&
    typeof s.dated === 'string' &&
    typeof s.hash === 'string' &&
    (s.workerId === null || Number.isInteger(s.workerId))
  );
}
