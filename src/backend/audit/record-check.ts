import type { Database } from 'better-sqlite3';
import type { IntegrityFinding } from '../../shared/domain/audit.ts';
import { sql } from '../db/statements.ts';
import type { LatestSeals } from './chain-check.ts';
import { sealKey } from './chain-check.ts';
import { recordFindings } from './findings.ts';
import type { LockedKind } from './seals.ts';
import { lockedRecords, sealOfRecord } from './seals.ts';

const TABLE_OF: Record<LockedKind, string> = {
  assessment: 'assessment',
  supervision: 'supervision_session',
  claim: 'claim',
};

const stillThere = (db: Database, kind: LockedKind, id: number): boolean =>
  sql(db, `SELECT 1 FROM ${TABLE_OF[kind]} WHERE id = ?`).get(id) !== undefined;

/**
 * Every record locked now matches its newest seal, every locked record has one, and every sealed record is still
 * there and still locked.
 */
export function checkLockedRecords(
  db: Database,
  seals: LatestSeals,
): { lockedRecords: number; findings: IntegrityFinding[] } {
  const findings: IntegrityFinding[] = [];
  const records = lockedRecords(db);
  const seen = new Set<string>();
  for (const record of records) {
    const now = sealOfRecord(record);
    const key = sealKey(now);
    seen.add(key);
    const sealed = seals.get(key);
    if (!sealed) findings.push(recordFindings.unsealed(db, now));
    else if (sealed.hash !== now.hash) findings.push(recordFindings.changed(db, sealed));
  }
  for (const [key, sealed] of seals) {
    if (seen.has(key)) continue;
    findings.push(
      stillThere(db, sealed.kind, sealed.id) ? recordFindings.unlocked(db, sealed) : recordFindings.deleted(db, sealed),
    );
  }
  return { lockedRecords: records.length, findings };
}
