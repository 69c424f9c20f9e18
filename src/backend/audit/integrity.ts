import type { Database } from 'better-sqlite3';
import type { IntegrityReport } from '../../shared/domain/audit.ts';
import { readPcn } from '../pcn/queries.ts';
import type { AnchorReading } from './anchor.ts';
import { checkAnchor } from './anchor.ts';
import { checkChain } from './chain-check.ts';
import { logFindings } from './findings.ts';
import { checkLockedRecords } from './record-check.ts';
import { checkSafeguards } from './safeguards.ts';

export interface IntegrityCheckOptions {
  dataFile: string;
  anchor: AnchorReading;
  /** True when this launch made the chain (the upgrade to schema 12), so no anchor has been written yet. */
  anchorMayBeMissing: boolean;
  now: Date;
}

/**
 * Checks the data file as it is: the safeguards are in place, the audit log's hash chain holds, its end is where
 * Linkwork left it, and every locked record is as its newest seal says. Only reads.
 */
export function checkIntegrity(db: Database, options: IntegrityCheckOptions): IntegrityReport {
  const safeguards = checkSafeguards(db);
  const chain = checkChain(db);
  const anchor =
    options.anchor.found || !options.anchorMayBeMissing ? checkAnchor(db, options.dataFile, options.anchor) : [];
  // Said once: an anchor that names an entry already says the log was emptied.
  const emptyLog =
    chain.entries === 0 && anchor.length === 0 && readPcn(db) !== null ? [logFindings.emptyWithData()] : [];
  const records = checkLockedRecords(db, chain.seals);
  return {
    checkedAt: options.now.toISOString(),
    entries: chain.entries,
    lockedRecords: records.lockedRecords,
    findings: [...safeguards, ...chain.findings, ...anchor, ...emptyLog, ...records.findings],
  };
}
