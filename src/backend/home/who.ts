import { readsEverything } from '../access/caller.ts';
import { maySeeWorker } from '../access/visible-workers.ts';
import type { Ctx } from '../context.ts';
import { callerOf } from '../context.ts';
import { forbidden, invalidField } from '../errors.ts';

/**
 * Whose supervisees a supervisor's home shows: a signed-in supervisor's own; in personal mode (and for the lead
 * and the viewer) the colleague named, else the one chosen under "Acting as". Null: no one is a supervisor here.
 */
export function supervisorFor(ctx: Ctx, named: number | undefined): number | null {
  const caller = callerOf(ctx);
  if (caller.kind === 'account' && !readsEverything(caller)) {
    if (named !== undefined && named !== caller.colleagueId) throw forbidden('you can see only your own supervisees');
    return caller.colleagueId;
  }
  if (named !== undefined) return named;
  const acting = ctx.launch.actingAs;
  return acting?.kind === 'colleague' ? acting.id : null;
}

/**
 * Whose next steps a worker's home shows: a signed-in worker's own; a worker the caller may see when named; in
 * personal mode the worker chosen under "Acting as" when none is named.
 */
export function workerFor(ctx: Ctx, named: number | undefined): number {
  const caller = callerOf(ctx);
  if (named !== undefined) {
    if (!maySeeWorker(ctx.db, caller, named))
      throw forbidden('you can see only your own next steps and your supervisees’');
    return named;
  }
  if (caller.kind === 'account' && caller.workerId !== null) return caller.workerId;
  const acting = ctx.launch.actingAs;
  if (caller.kind !== 'account' && acting?.kind === 'worker') return acting.id;
  throw invalidField('workerId', 'Choose whose next steps to show');
}
