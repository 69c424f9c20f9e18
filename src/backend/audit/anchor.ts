import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { IntegrityFinding } from '../../shared/domain/audit.ts';
import { sql } from '../db/statements.ts';
import { logFindings } from './findings.ts';
import { chainHead } from './record.ts';

/**
 * The end of the audit log as Linkwork last left it, kept in a small file beside the data file, so that emptying
 * the log or cutting off its newest entries shows even though every remaining link still holds.
 */
export interface ChainAnchor {
  lastId: number;
  lastHash: string;
  lastAt: string;
}

/** The anchor as read: missing (or unreadable) is not the same as an empty log. */
export type AnchorReading = { found: true; anchor: ChainAnchor } | { found: false };

export const anchorFileOf = (dataFile: string): string => `${dataFile}.audit-head.json`;

function isAnchor(value: unknown): value is ChainAnchor {
  const a = value as Partial<ChainAnchor> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    Number.isInteger(a.lastId) &&
    typeof a.lastHash === 'string' &&
    typeof a.lastAt === 'string'
  );
}

export function readAnchor(dataFile: string): AnchorReading {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(anchorFileOf(dataFile), 'utf8'));
    return isAnchor(value) ? { found: true, anchor: value } : { found: false };
  } catch {
    return { found: false };
  }
}

const anchorIn = (reading: AnchorReading): ChainAnchor | null => (reading.found ? reading.anchor : null);

/** The anchor this process last wrote for each open file. */
const written = new WeakMap<Database, ChainAnchor>();

/** The entry an anchor names is still in the log, as it was written. */
function stillThere(db: Database, anchor: ChainAnchor): boolean {
  const entry = sql(db, 'SELECT hash FROM audit_log WHERE id = ?').get(anchor.lastId) as
    { hash: string | null } | undefined;
  return entry?.hash === anchor.lastHash;
}

/**
 * Moves the anchor to the log's newest entry: after every committed write and on closing. It never moves past
 * entries that went missing since it was written, so the next check still finds that; only the check on opening,
 * once it has recorded what it found in the log itself, moves it on regardless (`rebase`). Written under a
 * temporary name and renamed, so a kill leaves the old anchor or the new one. An anchor left a step behind (a kill
 * before it was written) only makes the check weaker, never wrong.
 */
export function keepAnchor(db: Database, dataFile: string, { rebase = false } = {}): void {
  const head = chainHead(db);
  if (!head?.hash) return;
  const file = anchorFileOf(dataFile);
  const base = written.get(db) ?? anchorIn(readAnchor(dataFile));
  if (base?.lastHash === head.hash) return;
  if (base && !rebase && !stillThere(db, base)) return;
  const anchor: ChainAnchor = { lastId: head.id, lastHash: head.hash, lastAt: head.at };
  try {
    fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(anchor)}\n`);
    fs.renameSync(`${file}.tmp`, file);
    written.set(db, anchor);
  } catch (error) {
    // The write itself has committed; only the extra check against a cut-off log is lost until the next one.
    console.error(`Linkwork could not note the end of the audit log in ${file}: ${(error as Error).message}`);
  }
}

/** The entry the anchor names is still there, unchanged. */
export function checkAnchor(db: Database, dataFile: string, reading: AnchorReading): IntegrityFinding[] {
  const head = chainHead(db);
  if (!reading.found) return head ? [logFindings.noAnchor(path.basename(anchorFileOf(dataFile)))] : [];
  const { anchor } = reading;
  if (stillThere(db, anchor)) return [];
  return (head?.id ?? 0) < anchor.lastId
    ? [logFindings.missingAtEnd(anchor.lastId - (head?.id ?? 0), head ?? null, anchor.lastAt)]
    : [logFindings.rewritten(anchor.lastAt)];
}
