import type { ReadinessFlag } from '../domain/claims.ts';
import type { RateArea } from '../domain/rates.ts';
import { AREA_LABELS } from '../domain/rates.ts';
import type { Role } from '../domain/staff.ts';
import { ROLE_LABELS } from '../domain/staff.ts';
import { addDays, dayNumber, endOfMonth, financialYearOf, formatMonth } from './dates.ts';
import { percentOfPence, roundPence } from './money.ts';

/** A maximum reimbursable amount for 1.0 WTE a year, for a role in an area over a period. */
export interface RateEntry {
  role: string;
  area: string;
  annualMaxPence: number;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** London maxima began with 2021/22: before then one figure, held as the national one, applied everywhere. */
export const LONDON_MAXIMA_FROM = '2021-04-01';

const overlaps = (r: RateEntry, from: string, to: string) =>
  r.effectiveFrom <= to && (r.effectiveTo === null || r.effectiveTo >= from);

const appliesTo = (r: RateEntry, role: string, area: string, monthFirst: string) =>
  r.role === role && (r.area === area || (r.area === 'national' && monthFirst < LONDON_MAXIMA_FROM));

/**
 * The maximum in force for a role and area in a month (`YYYY-MM`): a row applies only within its period. If
 * the maximum changes part way through a month, the later row applies to the whole month; the PCN's own
 * area wins over the national figure used before London maxima existed. Null when no row covers the month.
 */
export function rateInForce<R extends RateEntry>(
  rates: readonly R[],
  role: string,
  area: string,
  month: string,
): R | null {
  const first = `${month}-01`;
  const last = endOfMonth(first);
  let best: R | null = null;
  for (const r of rates) {
    if (!appliesTo(r, role, area, first) || !overlaps(r, first, last)) continue;
    const ownArea = r.area === area;
    const bestOwnArea = best?.area === area;
    if (!best || (ownArea && !bestOwnArea) || (ownArea === bestOwnArea && r.effectiveFrom > best.effectiveFrom))
      best = r;
  }
  return best;
}

/** The row (other than `exceptId`) for the same role and area whose period overlaps the candidate's, if any. */
export function overlappingRate<R extends RateEntry & { id: number }>(
  rates: readonly R[],
  candidate: RateEntry,
  exceptId: number | null = null,
): R | null {
  return (
    rates.find(
      (r) =>
        r.id !== exceptId &&
        r.role === candidate.role &&
        r.area === candidate.area &&
        overlaps(r, candidate.effectiveFrom, candidate.effectiveTo ?? '9999-12-31'),
    ) ?? null
  );
}

/**
 * The maximum for a role in the PCN's area in a month, or, when none is known, the blocking flag that says so
 * plainly and carries the gap a new maximum would fill (the claim page's one-step fix).
 */
export function maximumForMonth<R extends RateEntry>(
  rates: readonly R[],
  role: Role,
  area: RateArea,
  month: string,
): { rate: R; flag: null } | { rate: null; flag: ReadinessFlag } {
  const rate = rateInForce(rates, role, area, month);
  if (rate) return { rate, flag: null };
  return {
    rate: null,
    flag: {
      requirementId: 'arrs-maximum',
      title: 'ARRS maximum',
      kind: 'arrs_condition',
      date: null,
      reason: `No ARRS maximum is known for ${ROLE_LABELS[role].toLowerCase()} (${AREA_LABELS[area]}) in ${formatMonth(month)}`,
      missingRate: { role, area, ...missingRatePeriod(rates, role, area, month) },
    },
  };
}

/** The start and end of the financial year a date falls in: 1 April to 31 March. */
export function financialYearBounds(iso: string): { from: string; to: string } {
  const start = Number(financialYearOf(iso).slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/**
 * For a month no row covers: the gap around it that a new maximum would fill, within the month's financial
 * year, between the last row ending before it and the next one starting after it.
 */
export function missingRatePeriod(
  rates: readonly RateEntry[],
  role: string,
  area: string,
  month: string,
): { from: string; to: string } {
  const first = `${month}-01`;
  const last = endOfMonth(first);
  let { from, to } = financialYearBounds(first);
  for (const r of rates) {
    if (r.role !== role || r.area !== area) continue;
    if (r.effectiveTo !== null && r.effectiveTo < first && r.effectiveTo >= from) from = addDays(r.effectiveTo, 1);
    if (r.effectiveFrom > last && r.effectiveFrom <= to) to = addDays(r.effectiveFrom, -1);
  }
  return { from, to };
}

/** Each worker's pay in force at a date: of the rows taking effect on or before it, the latest. */
export function payInForce<P extends { workerId: number; effectiveFrom: string }>(
  rows: readonly P[],
  date: string,
): Map<number, P> {
  const inForce = new Map<number, P>();
  for (const p of rows) {
    if (p.effectiveFrom > date) continue;
    const current = inForce.get(p.workerId);
    if (!current || p.effectiveFrom > current.effectiveFrom) inForce.set(p.workerId, p);
  }
  return inForce;
}

/** Employer's NI or pension: a share of the salary, or a fixed amount a month. */
export type OnCost = { kind: 'percent'; basisPoints: number } | { kind: 'amount'; monthlyPence: number };

/** A worker's pay from a date: annual salary and the two on-costs. */
export interface AnnualPay {
  annualSalaryPence: number;
  ni: OnCost;
  pension: OnCost;
}

/** What a month costs: from actual payroll, or worked out from the pay in force. */
export interface MonthCosts {
  salaryPence: number;
  niPence: number;
  pensionPence: number;
}

/**
 * A month's pay for the part of it in post (`share` = days in post ÷ days in the month): the salary ÷ 12 pro rata,
 * a percentage on-cost of that salary, a fixed on-cost pro rata.
 */
export function monthlyPay(pay: AnnualPay, share: number): MonthCosts {
  const salaryPence = roundPence((pay.annualSalaryPence / 12) * share);
  const part = (c: OnCost) =>
    c.kind === 'percent' ? percentOfPence(salaryPence, c.basisPoints) : roundPence(c.monthlyPence * share);
  return { salaryPence, niPence: part(pay.ni), pensionPence: part(pay.pension) };
}

/** Whole-time equivalent: contracted hours, counted up to the claimable limit, ÷ full-time hours. */
export function wholeTimeEquivalent(hoursPerWeek: number, fullTimeHours: number, claimableHoursLimit: number): number {
  return Math.min(hoursPerWeek, claimableHoursLimit) / fullTimeHours;
}

/** The month's cap: annual maximum ÷ 12 × WTE × days in post ÷ days in the month. */
export function monthCap(annualMaxPence: number, wte: number, share: number): number {
  return roundPence((annualMaxPence / 12) * wte * share);
}

/** A sub-contracted provider's contribution: the monthly amount per WTE × WTE (at most 1) × the share of the month. */
export function subcontractedContribution(pencePerMonthPerWte: number, wte: number, share: number): number {
  return roundPence(pencePerMonthPerWte * Math.min(wte, 1) * share);
}

/** What can be claimed: cost plus contribution, within the cap; nothing for a month not in post. */
export function claimable(costPence: number, contributionPence: number, capPence: number, daysInPost: number): number {
  return daysInPost === 0 ? 0 : Math.min(costPence + contributionPence, capPence);
}

export interface ClaimInput {
  /** `YYYY-MM`. */
  month: string;
  startDate: string;
  leavingDate: string | null;
  hoursPerWeek: number;
  fullTimeHours: number;
  /** Hours above full time count towards WTE up to this many hours a week. */
  claimableHoursLimit: number;
  /** The maximum in force; null when none is known, which gives a cap of £0.00. */
  annualMaxPence: number | null;
  /** Actual payroll for the month when entered; otherwise the pay in force, or null when there is none. */
  costs: { actual: MonthCosts } | { pay: AnnualPay } | null;
  subcontracted: boolean;
  /** The sub-contracted provider's contribution cap: £200 a month per WTE, and £200 a month at most. */
  contributionPencePerMonthPerWte: number;
}

export interface ClaimLine extends MonthCosts {
  daysInPost: number;
  daysInMonth: number;
  wte: number;
  costPence: number;
  contributionPence: number;
  capPence: number;
  claimablePence: number;
}

/** Days from `from` to `to` inclusive, or 0 when they do not overlap. */
function overlapDays(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

/** One worker's line for one claim month, in integer pence, each amount rounded once by `money.ts`. */
export function claimLine(input: ClaimInput): ClaimLine {
  const first = `${input.month}-01`;
  const last = endOfMonth(first);
  const daysInMonth = overlapDays(first, last);
  const from = input.startDate > first ? input.startDate : first;
  const to = input.leavingDate !== null && input.leavingDate < last ? input.leavingDate : last;
  const daysInPost = from <= to ? overlapDays(from, to) : 0;
  const share = daysInPost / daysInMonth;
  const wte = wholeTimeEquivalent(input.hoursPerWeek, input.fullTimeHours, input.claimableHoursLimit);

  const capPence = monthCap(input.annualMaxPence ?? 0, wte, share);
  const contributionPence = input.subcontracted
    ? subcontractedContribution(input.contributionPencePerMonthPerWte, wte, share)
    : 0;
  const costs =
    input.costs === null
      ? { salaryPence: 0, niPence: 0, pensionPence: 0 }
      : 'actual' in input.costs
        ? input.costs.actual
        : monthlyPay(input.costs.pay, share);
  const costPence = costs.salaryPence + costs.niPence + costs.pensionPence;
  return {
    daysInPost,
    daysInMonth,
    wte,
    salaryPence: costs.salaryPence,
    niPence: costs.niPence,
    pensionPence: costs.pensionPence,
    costPence,
    contributionPence,
    capPence,
    claimablePence: claimable(costPence, contributionPence, capPence, daysInPost),
  };
}
