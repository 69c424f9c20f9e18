import type {
  ClaimMonth,
  ClaimReadiness,
  ClaimView,
  LineChange,
  PayFields,
  PcnPosition,
} from '../../shared/domain/claims.ts';
import { isClaimed, lineStanding, namesList, withDecisions } from '../../shared/rules/claim-decisions.ts';
import { claimDueOn as dueOn, financialYearMonthsTo, yearPosition } from '../../shared/rules/claim-calendar.ts';
import { financialYearOf, formatMonth, formatUkDate, ukDateOf } from '../../shared/rules/dates.ts';
import { claimMonthProblem } from '../../shared/rules/plausible.ts';
import { arrsSumPence as arrsSum, formatPounds } from '../../shared/rules/money.ts';
import { countOf } from '../../shared/rules/words.ts';
import { recordAudit } from '../audit/record.ts';
import { sealOf } from '../audit/seals.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction, today } from '../context.ts';
import { untilWrite } from '../db/until-write.ts';
import { requirePlausibleDates } from '../plausible.ts';
import { conflict, invalidField, notFound } from '../errors.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { findWorker } from '../staff/queries.ts';
import { changesSinceChecked, checkedLinesOf, revertReason } from './checked.ts';
import { computeClaimMonth } from './compute.ts';
import { insertPay, payHistory } from './pay-queries.ts';
import * as q from './queries.ts';
import { findArrsSum } from './rate-queries.ts';

/**
 * A month's figures: the frozen snapshot once submitted, otherwise worked out now with the claim version's
 * line decisions (excluded lines not counted, overridden ones counted). Worked-out lines are kept until the
 * next write unless `keepLines` is false (a look over many months keeps only what it needs).
 */
export function dataFor(
  ctx: Ctx,
  month: string,
  claimId: number | null,
  keepLines = true,
): { data: ClaimMonth; frozen: boolean } {
  const snapshot = claimId === null ? null : q.claimSnapshot(ctx.db, claimId);
  if (snapshot) return { data: JSON.parse(snapshot) as ClaimMonth, frozen: true };
  const computed = keepLines ? keptMonth(ctx, month) : computeMonth(ctx, month);
  return {
    data: claimId === null ? computed : withDecisions(computed, q.lineDecisions(ctx.db, claimId)),
    frozen: false,
  };
}

const computeMonth = (ctx: Ctx, month: string): ClaimMonth => computeClaimMonth(ctx.db, month, today(ctx));

/** A month's lines as worked out now, before any claim's decisions; kept until the next write. */
export const keptMonth = (ctx: Ctx, month: string): ClaimMonth =>
  untilWrite(ctx.db, today(ctx), `claim ${month}`, () => computeMonth(ctx, month));

/**
 * A month outside the scheme (rules/plausible.ts) is refused before anything is worked out or written: a slip in
 * the field that brought it (VALIDATION naming it), whether the call reads or writes.
 */
export function requireClaimMonth(ctx: Ctx, month: string, field = 'month'): void {
  const problem = claimMonthProblem(month, today(ctx));
  if (problem !== null) throw invalidField(field, problem);
}

/** An earlier month's claimable total: the submitted figure once there is one, else worked out now. */
/**
 * A month's total, lines and blocked lines under its latest claim: the submitted figures once submitted,
 * otherwise as they stand with that version's decisions. Only these numbers are kept until the next write, so
 * looking over a year does not hold a year of lines in memory.
 */
export function monthFigures(ctx: Ctx, month: string): { totalPence: number; lines: number; blockedLines: number } {
  return untilWrite(ctx.db, today(ctx), `claim figures ${month}`, () => {
    const { data } = dataFor(ctx, month, q.claimVersions(ctx.db, month)[0]?.id ?? null, false);
    return { totalPence: data.totalPence, lines: data.lines.length, blockedLines: data.blockedLines };
  });
}

export function pcnPosition(ctx: Ctx, month: string): PcnPosition {
  requireClaimMonth(ctx, month);
  const thisMonthPence = dataFor(ctx, month, q.claimVersions(ctx.db, month)[0]?.id ?? null).data.totalPence;
  const earlier = financialYearMonthsTo(month)
    .slice(0, -1)
    .map((m) => monthFigures(ctx, m).totalPence);
  const { yearToDatePence, projectionPence } = yearPosition(month, thisMonthPence, earlier);
  const fy = financialYearOf(`${month}-01`);
  const perPatient = findArrsSum(ctx.db, fy)?.tenthPence;
  const population = readAppSettings(ctx.db).weightedPopulation;
  const arrsSumPence = perPatient && population > 0 ? arrsSum(population, perPatient) : null;
  const warning =
    population === 0
      ? 'Enter the weighted population in Settings to check the projection against the ARRS sum'
      : !perPatient
        ? `No ARRS sum per weighted patient is known for ${fy}: enter it in Settings to check the projection against it`
        : arrsSumPence !== null && projectionPence > arrsSumPence
          ? 'At this rate the year would exceed the PCN’s ARRS sum: unused money does not carry forward, but overspend is not reimbursed'
          : null;
  return { month, yearToDatePence, projectionPence, arrsSumPence, warning };
}

function changesAgainst(previous: ClaimMonth, current: ClaimMonth): LineChange[] {
  const before = new Map(previous.lines.map((l) => [l.workerId, l]));
  const after = new Map(current.lines.map((l) => [l.workerId, l]));
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids]
    .map((id) => ({
      workerId: id,
      name: after.get(id)?.name ?? before.get(id)?.name ?? '',
      beforePence: before.get(id)?.claimablePence ?? null,
      afterPence: after.get(id)?.claimablePence ?? null,
    }))
    .filter((c) => c.beforePence !== c.afterPence);
}

function claimDueOn(ctx: Ctx, month: string): string {
  return dueOn(month, readAppSettings(ctx.db).claimDayOfMonth);
}

/** Just enough for the home page: when the claim is due and how many lines are blocked, without the year's totals. */
export function claimReadiness(ctx: Ctx, month: string): ClaimReadiness {
  requireClaimMonth(ctx, month);
  const latest = q.claimVersions(ctx.db, month)[0];
  const { data, frozen } = dataFor(ctx, month, latest?.id ?? null);
  return {
    month,
    claimDueOn: claimDueOn(ctx, month),
    frozen,
    lines: data.lines.length,
    blockedLines: data.blockedLines,
  };
}

export function claimView(ctx: Ctx, month: string): ClaimView {
  requireClaimMonth(ctx, month);
  const versions = q.claimVersions(ctx.db, month);
  const claim = versions[0] ?? null;
  const { data, frozen } = dataFor(ctx, month, claim?.id ?? null);
  const previousSubmitted = versions.slice(1).find((v) => v.status === 'submitted' || v.status === 'paid');
  const changes =
    claim && previousSubmitted ? changesAgainst(dataFor(ctx, month, previousSubmitted.id).data, data) : [];
  return {
    claim,
    versions,
    data,
    frozen,
    changes,
    claimDueOn: claimDueOn(ctx, month),
  };
}

export function start(ctx: Ctx, month: string): ClaimView {
  requireClaimMonth(ctx, month);
  inTransaction(ctx, () => {
    const latest = q.claimVersions(ctx.db, month)[0];
    if (latest && latest.status !== 'submitted' && latest.status !== 'paid')
      throw conflict('This month already has a claim in progress');
    const version = (latest?.version ?? 0) + 1;
    const id = q.insertClaim(ctx.db, month, version, ctx.now().toISOString());
    recordAudit(ctx, {
      action: 'claim.start',
      entity: 'claim',
      entityId: id,
      summary:
        version === 1
          ? `Started the ARRS claim for ${formatMonth(month)}`
          : `Started amendment ${version} of the ARRS claim for ${formatMonth(month)}`,
    });
  });
  return claimView(ctx, month);
}

function load(ctx: Ctx, id: number) {
  const claim = q.findClaim(ctx.db, id);
  if (!claim) throw notFound('claim', id);
  return claim;
}

/** A claim can be checked only when no line still stops it: each is resolved, excluded or overridden. */
function refuseBlockedLines(data: ClaimMonth): void {
  const blocked = data.lines.filter((l) => lineStanding(l) === 'blocked');
  if (blocked.length === 0) return;
  const lines = blocked.length === 1 ? '1 line is' : `${blocked.length} lines are`;
  throw conflict(
    `${lines} still blocked (${namesList(blocked.map((l) => l.name))}): resolve each, exclude it from this month ` +
      'or override it, with a reason, before marking the claim as checked',
  );
}

/** The line decisions' summary for the audit log: "2 lines excluded, 1 overridden". */
function decisionsSummary(data: ClaimMonth): string {
  const excluded = data.lines.filter((l) => lineStanding(l) === 'excluded').length;
  const overridden = data.lines.filter((l) => lineStanding(l) === 'overridden').length;
  return excluded + overridden === 0 ? '' : ` (${excluded} excluded, ${overridden} overridden)`;
}

/** Keeps the figures and flags it was checked with: any later change to them returns the claim to draft. */
export function markChecked(ctx: Ctx, id: number): ClaimView {
  const claim = load(ctx, id);
  if (claim.status !== 'draft') throw conflict('Only a draft claim can be marked as checked');
  // The month as the page has just shown it, kept since the last write: nothing can write in between.
  const { data } = dataFor(ctx, claim.month, id);
  refuseBlockedLines(data);
  inTransaction(ctx, () => {
    q.setClaimChecked(ctx.db, id, checkedLinesOf(data));
    recordAudit(ctx, {
      action: 'claim.check',
      entity: 'claim',
      entityId: id,
      summary: `Checked the ARRS claim for ${formatMonth(claim.month)}: ${formatPounds(data.totalPence)} on ${countOf(
        data.lines.filter(isClaimed).length,
        'line',
      )}${decisionsSummary(data)}`,
    });
  });
  return claimView(ctx, claim.month);
}

/** Takes a checked claim back to draft, to change a decision before submitting it. */
export function reopen(ctx: Ctx, id: number): ClaimView {
  const claim = load(ctx, id);
  inTransaction(ctx, () => {
    if (claim.status !== 'checked') throw conflict('Only a checked claim can go back to draft');
    q.setClaimReverted(ctx.db, id, null, null);
    recordAudit(ctx, {
      action: 'claim.reopen',
      entity: 'claim',
      entityId: id,
      summary: `Returned the ARRS claim for ${formatMonth(claim.month)} to draft to change it`,
    });
  });
  return claimView(ctx, claim.month);
}

/** Freezes the figures and flags as they stand: later pay or training changes do not alter a submitted claim. */
export function submit(ctx: Ctx, input: { id: number; submittedOn: string; portalReference: string }): ClaimView {
  const claim = load(ctx, input.id);
  if (claim.status !== 'checked') throw conflict('Mark the claim as checked before recording its submission');
  requirePlausibleDates(ctx, [
    { field: 'submittedOn', date: input.submittedOn, kind: 'past', what: 'submission date' },
  ]);
  const checkedAt = q.lastCheckedAt(ctx.db, input.id);
  const checkedOn = checkedAt === null ? null : ukDateOf(new Date(checkedAt));
  if (checkedOn !== null && input.submittedOn < checkedOn)
    throw invalidField(
      'submittedOn',
      `The submission date cannot be before the claim was checked, on ${formatUkDate(checkedOn)}`,
    );
  const { data } = dataFor(ctx, claim.month, input.id);
  // Every write returns a changed claim to draft; this only guards against a change that slipped past.
  const changes = changesSinceChecked(q.claimCheckedLines(ctx.db, input.id), data);
  if (changes.length > 0) throw conflict(`${revertReason(changes)} Check the claim again before submitting it.`);
  refuseBlockedLines(data);
  inTransaction(ctx, () => {
    const snapshot = JSON.stringify(data);
    q.setClaimState(ctx.db, input.id, {
      status: 'submitted',
      submittedOn: input.submittedOn,
      portalReference: input.portalReference,
      snapshot,
    });
    recordAudit(ctx, {
      action: 'claim.submit',
      entity: 'claim',
      entityId: input.id,
      seals: [sealOf(ctx.db, 'claim', input.id)],
      summary: `Submitted the ARRS claim for ${formatMonth(claim.month)} on ${formatUkDate(input.submittedOn)}: ${formatPounds(
        data.totalPence,
      )}${decisionsSummary(data)} (portal reference ${input.portalReference})`,
    });
  });
  return claimView(ctx, claim.month);
}

export function markPaid(ctx: Ctx, input: { id: number; paidOn: string }): ClaimView {
  const claim = load(ctx, input.id);
  if (claim.status !== 'submitted') throw conflict('Only a submitted claim can be marked as paid');
  requirePlausibleDates(ctx, [{ field: 'paidOn', date: input.paidOn, kind: 'past', what: 'payment date' }]);
  if (claim.submittedOn !== null && input.paidOn < claim.submittedOn)
    throw invalidField(
      'paidOn',
      `The payment date cannot be before the claim was submitted, on ${formatUkDate(claim.submittedOn)}`,
    );
  inTransaction(ctx, () => {
    q.setClaimState(ctx.db, input.id, { status: 'paid', paidOn: input.paidOn });
    recordAudit(ctx, {
      action: 'claim.paid',
      entity: 'claim',
      entityId: input.id,
      seals: [sealOf(ctx.db, 'claim', input.id)],
      summary: `Recorded payment of the ARRS claim for ${formatMonth(claim.month)}`,
    });
  });
  return claimView(ctx, claim.month);
}

export function confirmNwrs(ctx: Ctx, workerId: number, month: string): void {
  requireClaimMonth(ctx, month);
  inTransaction(ctx, () => {
    const worker = findWorker(ctx.db, workerId);
    if (!worker) throw notFound('worker', workerId);
    q.confirmNwrs(ctx.db, workerId, month, ctx.now().toISOString(), actor(ctx));
    recordAudit(ctx, {
      action: 'claim.nwrs',
      entity: 'worker',
      entityId: workerId,
      workerId,
      summary: `Confirmed ${worker.name}'s NWRS record for ${formatMonth(month)}`,
    });
  });
}

export function savePay(ctx: Ctx, pay: PayFields): PayFields[] {
  requirePlausibleDates(ctx, [
    { field: 'effectiveFrom', date: pay.effectiveFrom, kind: 'working', what: 'date the pay takes effect' },
  ]);
  return inTransaction(ctx, () => {
    const worker = findWorker(ctx.db, pay.workerId);
    if (!worker) throw invalidField('workerId', 'That worker is not in the register');
    insertPay(ctx.db, pay);
    recordAudit(ctx, {
      action: 'pay.save',
      entity: 'worker_pay',
      entityId: null,
      workerId: worker.id,
      summary: `Recorded pay for ${worker.name} from ${formatUkDate(pay.effectiveFrom)}`,
      after: pay,
    });
    return payHistory(ctx.db, pay.workerId);
  });
}
