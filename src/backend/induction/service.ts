import type { z } from 'zod';
import { inForce } from '../../shared/rules/record-history.ts';
import type { tickUndoing } from '../../shared/schemas/training.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction } from '../context.ts';
import { conflict, invalidField } from '../errors.ts';
import { recordsOfWorker, withdrawVersion } from '../training/queries.ts';
import { requirementFor } from '../training/record-rules.ts';

/**
 * Undoes an induction tick: the record that ticked the item (every one in force, should there be more) is
 * withdrawn with the reason, so the checklist shows the item open again, with who undid it and why.
 */
export function undoTick(ctx: Ctx, input: z.output<typeof tickUndoing>): void {
  inTransaction(ctx, () => {
    const { worker, requirement } = requirementFor(ctx, input.workerId, input.requirementId);
    if (requirement.kind !== 'induction') {
      throw invalidField('requirementId', `${requirement.title} is not an item of the induction checklist`);
    }
    const ticks = recordsOfWorker(ctx.db, worker.id).filter(
      (r) => r.requirementId === requirement.id && r.status === 'completed' && inForce(r),
    );
    if (ticks.length === 0) throw conflict(`"${requirement.title}" is not ticked for ${worker.name}`);
    const withdrawal = { at: ctx.now().toISOString(), by: actor(ctx), reason: input.reason };
    for (const tick of ticks) withdrawVersion(ctx.db, tick.id, withdrawal);
    recordAudit(ctx, {
      action: 'induction.undoTick',
      entity: 'training_record',
      entityId: ticks.at(-1)?.id ?? null,
      workerId: worker.id,
      summary: `Undid the tick on "${requirement.title}" for ${worker.name}: ${input.reason}`,
      before: ticks,
      after: withdrawal,
    });
  });
}
