import type { ClaimView } from '../../shared/domain/claims.ts';
import { formatMonth } from '../../shared/rules/dates.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { changesSinceChecked, revertReason } from './checked.ts';
import * as q from './queries.ts';
import { claimView, dataFor } from './service.ts';

/**
 * Sends every checked claim whose figures or flags no longer match those it was checked with back to draft,
 * saying which lines changed and how. The backend runs this after every committed write, whatever wrote;
 * a handler that answers with a claim month runs it first, so its answer already shows the draft.
 * Returns whether any claim went back.
 */
export function returnChangedClaimsToDraft(ctx: Ctx): boolean {
  let reverted = false;
  for (const claim of q.checkedClaims(ctx.db)) {
    // Worked out outside the transaction, so the month is kept for the page that asks for it next.
    const changes = changesSinceChecked(claim.checkedLines, dataFor(ctx, claim.month, claim.id).data);
    if (changes.length === 0) continue;
    const reason = revertReason(changes);
    inTransaction(ctx, () => {
      q.setClaimReverted(ctx.db, claim.id, ctx.now().toISOString(), reason);
      recordAudit(ctx, {
        action: 'claim.revert',
        entity: 'claim',
        entityId: claim.id,
        summary: `Returned the ARRS claim for ${formatMonth(claim.month)} to draft. ${reason}`,
        after: { changedLines: changes.length },
      });
    });
    reverted = true;
  }
  return reverted;
}

/** A month's claim after a write that may have moved its figures: any checked claim they changed is a draft. */
export function viewAfterWrite(ctx: Ctx, month: string): ClaimView {
  returnChangedClaimsToDraft(ctx);
  return claimView(ctx, month);
}
