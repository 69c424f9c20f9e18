import type { NwrsBulkResult } from '../../shared/domain/claims.ts';
import { formatMonth } from '../../shared/rules/dates.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction } from '../context.ts';
import { invalidField } from '../errors.ts';
import * as q from './queries.ts';
import { viewAfterWrite } from './revert.ts';
import { keptMonth, requireClaimMonth } from './service.ts';

const lines = (n: number) => (n === 1 ? '1 line' : `${n} lines`);

/** Every worker named must have a line in the month: a confirmation for anyone else would be a slip. */
function requireLines(ctx: Ctx, month: string, workerIds: readonly number[]): void {
  const inMonth = new Set(keptMonth(ctx, month).lines.map((l) => l.workerId));
  const strays = workerIds.filter((id) => !inMonth.has(id));
  if (strays.length > 0)
    throw invalidField(
      'workerIds',
      `${strays.length === 1 ? `Worker ${strays[0]} has` : `${strays.length} of the workers have`} no line in the ${formatMonth(month)} claim`,
    );
}

/**
 * Confirms (or takes back) the month's NWRS record for many lines at once: one transaction and one audit entry
 * naming the count. Lines already so are left alone, so asking twice changes nothing the second time.
 */
function setNwrs(ctx: Ctx, input: { month: string; workerIds: number[] }, confirm: boolean): NwrsBulkResult {
  requireClaimMonth(ctx, input.month);
  const workerIds = [...new Set(input.workerIds)];
  requireLines(ctx, input.month, workerIds);
  const changed = inTransaction(ctx, () => {
    const n = confirm
      ? q.confirmNwrsMany(ctx.db, workerIds, input.month, ctx.now().toISOString(), actor(ctx))
      : q.unconfirmNwrsMany(ctx.db, workerIds, input.month);
    if (n > 0)
      recordAudit(ctx, {
        action: confirm ? 'claim.nwrsAll' : 'claim.unconfirmNwrsAll',
        entity: 'nwrs_confirmation',
        entityId: null,
        summary: confirm
          ? `Confirmed the NWRS record for ${formatMonth(input.month)} on ${lines(n)}`
          : `Took back the NWRS confirmation for ${formatMonth(input.month)} on ${lines(n)}`,
        after: { month: input.month, workerIds },
      });
    return n;
  });
  return { changed, view: viewAfterWrite(ctx, input.month) };
}

export const confirmNwrsAll = (ctx: Ctx, input: { month: string; workerIds: number[] }) => setNwrs(ctx, input, true);

export const unconfirmNwrsAll = (ctx: Ctx, input: { month: string; workerIds: number[] }) => setNwrs(ctx, input, false);
