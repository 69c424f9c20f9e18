import type { auditMethods } from '../../shared/api/methods/audit.ts';
import type { AuditEntry } from '../../shared/domain/audit.ts';
import { visibleWorkers } from '../access/visible-workers.ts';
import type { Ctx } from '../context.ts';
import { actor, callerOf } from '../context.ts';
import { sql } from '../db/statements.ts';
import { forbidden } from '../errors.ts';
import type { HandlerTable } from '../handler.ts';
import { checkNow } from './run-check.ts';

interface AuditRow extends Omit<AuditEntry, 'before' | 'after'> {
  beforeJson: string | null;
  afterJson: string | null;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/**
 * What a supervisor or a worker may read of the history of the people they can see: their records, not the PCN's
 * money about them (pay, payroll, claim lines), which only the lead and the viewer read.
 */
const ABOUT_A_PERSON = [
  'worker',
  'training_record',
  'exemption',
  'assessment',
  'development_action',
  'supervision_session',
  'supervision_action',
];

/** The WHERE clause and its parameters: everything for those who read everything, else the caller's part. */
function scope(ctx: Ctx, workerId: number | null): { where: string; params: Record<string, unknown> } {
  const caller = callerOf(ctx);
  const visible = visibleWorkers(ctx.db, caller);
  if (visible === 'all') {
    return workerId === null
      ? { where: '', params: {} }
      : { where: 'WHERE worker_id = @workerId', params: { workerId } };
  }
  if (workerId !== null && !visible.has(workerId)) throw forbidden("You can't see this person's history");
  const own = caller.kind === 'account' ? caller.accountId : null;
  const params = {
    workers: JSON.stringify(workerId === null ? [...visible] : [workerId]),
    kinds: JSON.stringify(ABOUT_A_PERSON),
    actor: actor(ctx),
    account: own,
  };
  const about = `(worker_id IN (SELECT value FROM json_each(@workers)) AND entity IN (SELECT value FROM json_each(@kinds)))`;
  const mine = `(actor = @actor OR (entity = 'account' AND entity_id = @account))`;
  return {
    where: workerId === null ? `WHERE ${about} OR ${mine}` : `WHERE worker_id = @workerId AND (${about} OR ${mine})`,
    params: workerId === null ? params : { ...params, workerId },
  };
}

export const auditHandlers = {
  // Cut to the entries about workers the caller may see and the caller's own (sign-ins, what they changed).
  'audit.list': ({ workerId, limit, offset }, ctx) => {
    const { where, params } = scope(ctx, workerId);
    const rows = sql(
      ctx.db,
      `SELECT id, at, actor, action, entity, entity_id AS entityId, worker_id AS workerId, summary,
              before_json AS beforeJson, after_json AS afterJson
       FROM audit_log ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit, offset }) as AuditRow[];
    const { total } = sql(ctx.db, `SELECT count(*) AS total FROM audit_log ${where}`).get(params) as {
      total: number;
    };
    const entries = rows.map(({ beforeJson, afterJson, ...rest }) => ({
      ...rest,
      before: parse(beforeJson),
      after: parse(afterJson),
    }));
    return { entries, total };
  },
  'audit.checkIntegrity': (_input, ctx) => checkNow(ctx),
} satisfies HandlerTable<keyof typeof auditMethods>;
