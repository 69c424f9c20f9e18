import type { Ctx } from '../context.ts';
import { actor } from '../context.ts';
import { sql } from '../db/statements.ts';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId: number | null;
  workerId?: number | null;
  summary: string;
  before?: unknown;
  after?: unknown;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** Appends one entry; call it inside the same transaction as the change it records. */
export function recordAudit(ctx: Ctx, entry: AuditRecord): void {
  sql(
    ctx.db,
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, worker_id, summary, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    ctx.now().toISOString(),
    actor(ctx),
    entry.action,
    entry.entity,
    entry.entityId,
    entry.workerId ?? null,
    entry.summary,
    json(entry.before),
    json(entry.after),
  );
}

/** Names the fields whose values differ, for a readable summary. */
export function changedFields<T extends object>(before: T, after: T): string[] {
  return (Object.keys(after) as (keyof T)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map(String);
}
