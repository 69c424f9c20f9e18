import type { ClaimView, LineDecisionKind } from '../../shared/domain/claims.ts';
import { overrideRefusal } from '../../shared/rules/claim-decisions.ts';
import { formatMonth } from '../../shared/rules/dates.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction } from '../context.ts';
import { conflict, invalidField, notFound } from '../errors.ts';
import * as q from './queries.ts';
import { claimView, keptMonth } from './service.ts';

/**
 * The draft claim a decision is for, and the line it is about. Read before the write's transaction, so the
 * month the page has just shown is used as kept; nothing else can write in between.
 */
function draftLine(ctx: Ctx, claimId: number, workerId: number) {
  const claim = q.findClaim(ctx.db, claimId);
  if (!claim) throw notFound('claim', claimId);
  if (claim.status !== 'draft')
    throw conflict('Lines can be excluded or overridden only while the claim is a draft: amend it to change them');
  const line = keptMonth(ctx, claim.month).lines.find((l) => l.workerId === workerId);
  if (!line) throw invalidField('workerId', `That worker has no line in the ${formatMonth(claim.month)} claim`);
  return { claim, line };
}

const DONE: Record<LineDecisionKind, string> = {
  exclude: 'Excluded {name} from the ARRS claim for {month}, to be claimed later',
  override: "Claimed {name}'s line despite its flags in the ARRS claim for {month}",
};

/** Excludes a line from this month (to be claimed later) or claims it despite its flags, with a reason. */
export function decideLine(
  ctx: Ctx,
  input: { id: number; workerId: number; decision: LineDecisionKind; reason: string },
): ClaimView {
  const found = draftLine(ctx, input.id, input.workerId);
  if (input.decision === 'override') {
    const refusal = overrideRefusal(found.line);
    if (refusal) throw conflict(refusal);
  }
  inTransaction(ctx, () => {
    const before = q.lineDecisions(ctx.db, input.id).get(input.workerId);
    const decision = {
      decision: input.decision,
      reason: input.reason,
      decidedBy: actor(ctx),
      decidedAt: ctx.now().toISOString(),
    };
    q.saveLineDecision(ctx.db, input.id, input.workerId, decision);
    const what = DONE[input.decision]
      .replace('{name}', found.line.name)
      .replace('{month}', formatMonth(found.claim.month));
    recordAudit(ctx, {
      action: `claim.${input.decision}`,
      entity: 'claim',
      entityId: input.id,
      workerId: input.workerId,
      summary: `${what}: ${input.reason}`,
      before,
      after: decision,
    });
  });
  return claimView(ctx, found.claim.month);
}

/** Takes a decision back: the line is blocked again if it still has flags. */
export function removeDecision(ctx: Ctx, input: { id: number; workerId: number }): ClaimView {
  const found = draftLine(ctx, input.id, input.workerId);
  inTransaction(ctx, () => {
    const before = q.lineDecisions(ctx.db, input.id).get(input.workerId);
    if (!before) return;
    q.deleteLineDecision(ctx.db, input.id, input.workerId);
    recordAudit(ctx, {
      action: 'claim.undecide',
      entity: 'claim',
      entityId: input.id,
      workerId: input.workerId,
      summary: `Took back the decision to ${before.decision} ${found.line.name}'s line in the ARRS claim for ${formatMonth(found.claim.month)}`,
      before,
    });
  });
  return claimView(ctx, found.claim.month);
}
