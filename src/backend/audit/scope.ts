import { visibleWorkers } from '../access/visible-workers.ts';
import type { Ctx } from '../context.ts';
import { actor, callerOf } from '../context.ts';
import { forbidden } from '../errors.ts';

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

/** A condition on audit_log rows and its named parameters. */
export interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The part of the log the caller may read: everything (null) for those who read everything; else the entries
 * about the people they can see and their own (sign-ins, what they changed). Asking for one worker's history
 * outside that is refused rather than answered empty.
 */
export function callerScope(ctx: Ctx, workerId: number | null): Condition | null {
  const caller = callerOf(ctx);
  const visible = visibleWorkers(ctx.db, caller);
  if (visible === 'all') return null;
  if (workerId !== null && !visible.has(workerId)) throw forbidden("You can't see this person's history");
  const about = `(worker_id IN (SELECT value FROM json_each(@scopeWorkers)) AND entity IN (SELECT value FROM json_each(@scopeKinds)))`;
  const mine = `(actor = @scopeActor OR (entity = 'account' AND entity_id = @scopeAccount))`;
  return {
    sql: `(${about} OR ${mine})`,
    params: {
      scopeWorkers: JSON.stringify(workerId === null ? [...visible] : [workerId]),
      scopeKinds: JSON.stringify(ABOUT_A_PERSON),
      scopeActor: actor(ctx),
      scopeAccount: caller.kind === 'account' ? caller.accountId : null,
    },
  };
}
