import type { Database } from 'better-sqlite3';
import type { IntegrityFinding } from '../../shared/domain/audit.ts';
import { sql } from '../db/statements.ts';
import { logFindings } from './findings.ts';
import type { ChainedEntry } from './hash-chain.ts';
import { entryHash } from './hash-chain.ts';
import type { Seal } from './seals.ts';
import { isSeal } from './seals.ts';

/** Each locked record's newest seal in the log, by `kind:id`. */
export type LatestSeals = Map<string, Seal>;

export const sealKey = (s: Pick<Seal, 'kind' | 'id'>): string => `${s.kind}:${s.id}`;

export interface ChainCheck {
  entries: number;
  seals: LatestSeals;
  findings: IntegrityFinding[];
}

interface StoredEntry extends ChainedEntry {
  prevHash: string | null;
  hash: string | null;
}

const ENTRIES = `SELECT id, at, actor, action, entity, entity_id AS entityId, worker_id AS workerId, summary,
  before_json AS beforeJson, after_json AS afterJson, seals, prev_hash AS prevHash, hash
  FROM audit_log ORDER BY id`;

function parseSeals(text: string | null): Seal[] {
  if (text === null) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isSeal) : [];
  } catch {
    return [];
  }
}

/**
 * Walks the log in id order: each entry's hash must match its content and the entry before it. Runs of altered
 * entries are reported once; a gap in the ids is reported as missing entries. Collects each record's newest seal.
 */
export function checkChain(db: Database): ChainCheck {
  const findings: IntegrityFinding[] = [];
  const seals: LatestSeals = new Map();
  let entries = 0;
  let before: StoredEntry | null = null;
  let altered: { first: StoredEntry; last: StoredEntry; count: number } | null = null;
  const closeAlteredRun = () => {
    if (altered) findings.push(logFindings.altered(altered.first, altered.last, altered.count));
    altered = null;
  };

  for (const entry of sql(db, ENTRIES).iterate() as IterableIterator<StoredEntry>) {
    entries++;
    const intact = entry.hash === entryHash(entry.prevHash, entry);
    const expectedId = (before?.id ?? 0) + 1;
    if (entry.id > expectedId) {
      closeAlteredRun();
      findings.push(logFindings.missingBetween(entry.id - expectedId, before, entry));
    } else if (intact && entry.prevHash !== (before?.hash ?? null)) {
      // Sealed as it was written, but to an entry that is no longer the one before it.
      closeAlteredRun();
      findings.push(logFindings.brokenLink(entry.at));
    }
    if (!intact) {
      if (altered) {
        altered.last = entry;
        altered.count++;
      } else altered = { first: entry, last: entry, count: 1 };
    } else closeAlteredRun();
    for (const seal of parseSeals(entry.seals)) seals.set(sealKey(seal), seal);
    before = entry;
  }
  closeAlteredRun();
  return { entries, seals, findings };
}
