import { createHash } from 'node:crypto';
import type { AuditRow } from './queries.ts';

/** SHA-256 of a text, as 64 lower-case hex digits. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** An audit entry as stored: every column its hash covers. */
export interface ChainedEntry extends AuditRow {
  /** The content hashes of the records this entry locked or changed after locking (JSON of `Seal[]`). */
  seals: string | null;
}

/**
 * The hash of one entry: of its content and of the entry before it (null for the first), so changing, removing
 * or reordering any entry breaks every link after it unless all of them are recomputed.
 */
export function entryHash(previousHash: string | null, e: ChainedEntry): string {
  return sha256(
    JSON.stringify([
      previousHash,
      e.id,
      e.at,
      e.actor,
      e.action,
      e.entity,
      e.entityId,
      e.workerId,
      e.summary,
      e.beforeJson,
      e.afterJson,
      e.seals,
    ]),
  );
}
