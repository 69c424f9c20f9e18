import type { Database } from 'better-sqlite3';
import type { ClaimLineView, ClaimMonth, PayFields, ReadinessFlag } from '../../shared/domain/claims.ts';
import { ROLES } from '../../shared/domain/staff.ts';
import { claimLine, rateFor } from '../../shared/rules/arrs.ts';
import { describeEvaluation, evaluateRequirement } from '../../shared/rules/compliance.ts';
import { endOfMonth, financialYearOf, formatMonth } from '../../shared/rules/dates.ts';
import { roundPence } from '../../shared/rules/money.ts';
import { loadFactSources } from '../compliance/fact-sources.ts';
import { readPcn } from '../pcn/queries.ts';
import { listRequirements } from '../requirements/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { exemptionsByWorker } from '../training/queries.ts';
import * as q from './queries.ts';

function monthlyPay(pay: PayFields, share: number) {
  const salaryPence = roundPence((pay.annualSalaryPence / 12) * share);
  const part = (kind: PayFields['niKind'], value: number) =>
    kind === 'percent' ? roundPence((salaryPence * value) / 100) : roundPence(value * 100 * share);
  return { salaryPence, niPence: part(pay.niKind, pay.niValue), pensionPence: part(pay.pensionKind, pay.pensionValue) };
}

const NWRS_FLAG = (month: string): ReadinessFlag => ({
  requirementId: 'nwrs-monthly',
  title: 'NWRS record confirmed for this month',
  kind: 'arrs_condition',
  date: endOfMonth(`${month}-01`),
  reason: `Confirm the worker's NWRS entry for ${formatMonth(month)} before claiming`,
});

/**
 * Every ARRS-funded worker in post in the month: the arithmetic, and every requirement not met as at the
 * month's end (or today, if earlier). Blocking flags stop a line; warnings are listed apart.
 */
export function computeClaimMonth(db: Database, month: string, today: string): ClaimMonth {
  const first = `${month}-01`;
  const last = endOfMonth(first);
  const asOf = last < today ? last : today;
  const settings = readAppSettings(db);
  const fullTimeHours = readPcn(db)?.fullTimeHours ?? 37.5;
  const rates = q.listRates(db);
  const pay = q.payInForce(db, last);
  const actuals = q.payrollActuals(db, month);
  const confirmed = q.nwrsConfirmed(db, month);
  const requirements = listRequirements(db).filter((r) => r.retiredOn === null);
  const factsFor = loadFactSources(db, asOf);
  const exemptions = exemptionsByWorker(db);
  const byRole = new Map(ROLES.map((role) => [role, requirements.filter((r) => r.roles.includes(role))]));

  const lines = q.claimWorkers(db, first, last).map((w): ClaimLineView => {
    const worker = { ...w, subcontracted: w.subcontracted === 1 };
    const rate = rateFor(rates, w.role, month);
    const workerPay = pay.get(w.id);
    const base = claimLine({
      month,
      startDate: w.startDate,
      leavingDate: w.leavingDate,
      hoursPerWeek: w.hoursPerWeek,
      fullTimeHours,
      claimableHoursLimit: settings.claimableHoursLimit,
      annualMaxPence: rate?.annualMaxPence ?? 0,
      salaryPence: 0,
      employerNiPence: 0,
      employerPensionPence: 0,
      subcontracted: worker.subcontracted,
      contributionPencePerMonthPerWte: settings.subcontractedContributionPence,
    });
    const costs =
      actuals.get(w.id) ??
      (workerPay
        ? monthlyPay(workerPay, base.daysInPost / base.daysInMonth)
        : { salaryPence: 0, niPence: 0, pensionPence: 0 });
    const costPence = costs.salaryPence + costs.niPence + costs.pensionPence;
    const claimablePence = base.daysInPost === 0 ? 0 : Math.min(costPence + base.contributionPence, base.capPence);

    const blocking: ReadinessFlag[] = [];
    const warnings: ReadinessFlag[] = [];
    const exempt = exemptions.get(w.id);
    for (const req of byRole.get(w.role) ?? []) {
      const e = evaluateRequirement(req, w, factsFor(req, w.id), exempt?.has(req.id) ?? false, asOf, settings);
      if (e.status !== 'overdue') continue;
      const flag = {
        requirementId: req.id,
        title: req.title,
        kind: req.kind,
        date: e.date,
        reason: describeEvaluation(e, req, w, null),
      };
      (req.blocksClaim ? blocking : warnings).push(flag);
    }
    if (rate && rate.financialYear !== financialYearOf(first)) {
      warnings.push({
        requirementId: 'arrs-rate',
        title: `No ${financialYearOf(first)} maximum for this role yet`,
        kind: 'arrs_condition',
        date: null,
        reason: `Using the ${rate.financialYear} maximum; set this year's figure in Settings when it is published`,
      });
    }
    const nwrsConfirmed = confirmed.has(w.id);
    if (!nwrsConfirmed) blocking.push(NWRS_FLAG(month));
    const trainingGaps = blocking.filter((f) => f.kind === 'training');
    const problem = !rate
      ? `No ARRS maximum for this role in ${formatMonth(month)}: add one in Settings`
      : !workerPay && !actuals.has(w.id)
        ? 'No pay on record'
        : null;

    return {
      workerId: w.id,
      name: w.name,
      role: w.role,
      startDate: w.startDate,
      leavingDate: w.leavingDate,
      hoursPerWeek: w.hoursPerWeek,
      subcontracted: worker.subcontracted,
      ...base,
      ...costs,
      costPence,
      claimablePence,
      problem,
      blocking,
      warnings,
      nwrsConfirmed,
      meetsTrainingRequirements: trainingGaps.length === 0,
      trainingReason: trainingGaps.map((f) => `${f.title} (${f.reason})`).join('; '),
    };
  });

  const claimable = lines.filter((l) => l.blocking.length === 0 && l.problem === null);
  return {
    month,
    financialYear: financialYearOf(first),
    asOf,
    lines,
    totalPence: claimable.reduce((sum, l) => sum + l.claimablePence, 0),
    blockedLines: lines.length - claimable.length,
  };
}
