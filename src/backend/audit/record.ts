import type { Database } from 'better-sqlite3';
import type { Ctx } from '../context.ts';
import { actor } from '../context.ts';
import { sql } from '../db/statements.ts';
import type { ChainedEntry } from './hash-chain.ts';
import { entryHash } from './hash-chain.ts';
import type { Seal } from './seals.ts';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: number | null;
  workerId?: number | null;
  summary: string;
  before?: unknown;
  after?: unknown;
  /** Who, when it is Linkwork itself rather than the person at the screen. */
  actor?: string;
  /** The records this change locked, or changed as Linkwork may after locking, each sealed as it now stands. */
  seals?: readonly Seal[];
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** The newest entry: the one the next is chained to. */
export function chainHead(db: Database): { id: number; hash: string | null; at: string } | undefined {
  return sql(db, 'SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string | null; at: string } | undefined;
}

/** Appends one entry chained to the one before; call it inside the same transaction as the change it records. */
export function recordAudit(ctx: Ctx, entry: AuditRecord): void {
  const head = chainHead(ctx.db);
  const prevHash = head?.hash ?? null;
  const stored: ChainedEntry = {
    id: (head?.id ?? 0) + 1,
    at: ctx.now().toISOString(),
    actor: entry.actor ?? actor(ctx),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    workerId: entry.workerId ?? null,
    summary: entry.summary,
    beforeJson: json(entry.before),
    afterJson: json(entry.after),
    seals: entry.seals && entry.seals.length > 0 ? JSON.stringify(entry.seals) : null,
  };
  sql(
    ctx.db,
    `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, worker_id, summary, before_json, after_json, seals,
                            prev_hash, hash)
     VALUES (@id, @at, @actor, @action, @entity, @entityId, @workerId, @summary, @beforeJson, @afterJson, @seals,
             @prevHash, @hash)`,
  ).run({ ...stored, prevHash, hash: entryHash(prevHash, stored) });
}

/** Names the fields whose values differ, for a readable summary. */
export function changedFields<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map(String);
}
