import type { auditMethods } from '../../shared/api/methods/audit.ts';
import type { AuditEntry } from '../../shared/domain/audit.ts';
import { sql } from '../db/statements.ts';
import type { HandlerTable } from '../handler.ts';

interface AuditRow extends Omit<AuditEntry, 'before' | 'after'> {
  beforeJson: string | null;
  afterJson: string | null;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export const auditHandlers = {
  'audit.list': ({ workerId, limit, offset }, { db }) => {
    const where = workerId === null ? '' : 'WHERE worker_id = @workerId';
    const filter = workerId === null ? {} : { workerId };
    const rows = sql(
      db,
      `SELECT id, at, actor, action, entity, entity_id AS entityId, worker_id AS workerId, summary,
              before_json AS beforeJson, after_json AS afterJson
       FROM audit_log ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    ).all({ ...filter, limit, offset }) as AuditRow[];
    const { total } = sql(db, `SELECT count(*) AS total FROM audit_log ${where}`).get(filter) as { total: number };
    const entries = rows.map(({ beforeJson, afterJson, ...rest }) => ({
      ...rest,
      before: parse(beforeJson),
      after: parse(afterJson),
    }));
    return { entries, total };
  },
} satisfies HandlerTable<keyof typeof auditMethods>;
