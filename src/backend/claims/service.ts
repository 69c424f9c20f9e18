import type {
  ClaimMonth,
  ClaimReadiness,
  ClaimView,
  LineChange,
  PayFields,
  PcnPosition,
} from '../../shared/domain/claims.ts';
import { claimDueOn as dueOn, financialYearMonthsTo, yearPosition } from '../../shared/rules/claim-calendar.ts';
import { addMonths, financialYearOf, formatMonth } from '../../shared/rules/dates.ts';
import { arrsSumPence as arrsSum } from '../../shared/rules/money.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction, today } from '../context.ts';
import { untilWrite } from '../db/until-write.ts';
import { conflict, DomainError, invalidField, notFound } from '../errors.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { findWorker } from '../staff/queries.ts';
import { computeClaimMonth } from './compute.ts';
import { insertPay, payHistory } from './pay-queries.ts';
import * as q from './queries.ts';
import { findArrsSum } from './rate-queries.ts';

/** A month's figures: the frozen snapshot once submitted, otherwise worked out now. */
function dataFor(ctx: Ctx, month: string, claimId: number | null): { data: ClaimMonth; frozen: boolean } {
  const snapshot = claimId === null ? null : q.claimSnapshot(ctx.db, claimId);
  return snapshot
    ? { data: JSON.parse(snapshot) as ClaimMonth, frozen: true }
    : { data: untilWrite(ctx.db, today(ctx), `claim ${month}`, () => computeMonth(ctx, month)), frozen: false };
}

const computeMonth = (ctx: Ctx, month: string): ClaimMonth => computeClaimMonth(ctx.db, month, today(ctx));

/** The first month ARRS could be claimed for: the scheme began with the 2019/20 network contract. */
const FIRST_CLAIM_MONTH = '2019-04';
/** How far ahead a month can be opened: there is nothing to claim further out. */
const MONTHS_AHEAD = 12;

/** A month outside the scheme has no claim: it is refused before anything is worked out or written. */
export function requireClaimMonth(ctx: Ctx, month: string): void {
  const last = addMonths(`${today(ctx).slice(0, 7)}-01`, MONTHS_AHEAD).slice(0, 7);
  if (month < FIRST_CLAIM_MONTH)
    throw new DomainError(
      'NOT_FOUND',
      `ARRS claims began in April 2019, so there is no claim for ${formatMonth(month)}.`,
    );
  if (month > last)
    throw new DomainError(
      'NOT_FOUND',
      `${formatMonth(month)} is too far ahead: a claim month can be opened up to ${MONTHS_AHEAD} months ahead.`,
    );
}

/** An earlier month's claimable total: the submitted figure once there is one, else worked out now. */
function earlierMonthTotal(ctx: Ctx, month: string): number {
  const latest = q.claimVersions(ctx.db, month)[0];
  const snapshot = latest ? q.claimSnapshot(ctx.db, latest.id) : null;
  if (snapshot) return (JSON.parse(snapshot) as ClaimMonth).totalPence;
  // Only the total is kept, so looking back over a year does not hold a year of lines in memory.
  return untilWrite(ctx.db, today(ctx), `claim total ${month}`, () => computeMonth(ctx, month).totalPence);
}

export function pcnPosition(ctx: Ctx, month: string): PcnPosition {
  requireClaimMonth(ctx, month);
  const thisMonthPence = dataFor(ctx, month, q.claimVersions(ctx.db, month)[0]?.id ?? null).data.totalPence;
  const earlier = financialYearMonthsTo(month)
    .slice(0, -1)
    .map((m) => earlierMonthTotal(ctx, m));
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
          ? `Started the ARRS claim for ${month}`
          : `Started amendment ${version} of the ARRS claim for ${month}`,
    });
  });
  return claimView(ctx, month);
}

function load(ctx: Ctx, id: number) {
  const claim = q.findClaim(ctx.db, id);
  if (!claim) throw notFound('claim', id);
  return claim;
}

export function markChecked(ctx: Ctx, id: number): ClaimView {
  const claim = load(ctx, id);
  inTransaction(ctx, () => {
    if (claim.status !== 'draft') throw conflict('Only a draft claim can be marked as checked');
    q.setClaimState(ctx.db, id, { status: 'checked' });
    recordAudit(ctx, {
      action: 'claim.check',
      entity: 'claim',
      entityId: id,
      summary: `Checked the ARRS claim for ${claim.month}`,
    });
  });
  return claimView(ctx, claim.month);
}

/** Freezes the figures and flags as they stand: later pay or training changes do not alter a submitted claim. */
export function submit(ctx: Ctx, input: { id: number; submittedOn: string; portalReference: string }): ClaimView {
  const claim = load(ctx, input.id);
  inTransaction(ctx, () => {
    if (claim.status !== 'checked') throw conflict('Mark the claim as checked before recording its submission');
    if (input.submittedOn > today(ctx))
      throw invalidField('submittedOn', 'The submission date cannot be in the future');
    const snapshot = JSON.stringify(computeMonth(ctx, claim.month));
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
      summary: `Submitted the ARRS claim for ${claim.month} (portal reference ${input.portalReference})`,
    });
  });
  return claimView(ctx, claim.month);
}

export function markPaid(ctx: Ctx, input: { id: number; paidOn: string }): ClaimView {
  const claim = load(ctx, input.id);
  inTransaction(ctx, () => {
    if (claim.status !== 'submitted') throw conflict('Only a submitted claim can be marked as paid');
    q.setClaimState(ctx.db, input.id, { status: 'paid', paidOn: input.paidOn });
    recordAudit(ctx, {
      action: 'claim.paid',
      entity: 'claim',
      entityId: input.id,
      summary: `Recorded payment of the ARRS claim for ${claim.month}`,
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
      summary: `Confirmed ${worker.name}'s NWRS record for ${month}`,
    });
  });
}

export function savePay(ctx: Ctx, pay: PayFields): PayFields[] {
  return inTransaction(ctx, () => {
    const worker = findWorker(ctx.db, pay.workerId);
    if (!worker) throw invalidField('workerId', 'That worker is not in the register');
    insertPay(ctx.db, pay);
    recordAudit(ctx, {
      action: 'pay.save',
      entity: 'worker_pay',
      entityId: null,
      workerId: worker.id,
      summary: `Recorded pay for ${worker.name} from ${pay.effectiveFrom}`,
      after: pay,
    });
    return payHistory(ctx.db, pay.workerId);
  });
}
