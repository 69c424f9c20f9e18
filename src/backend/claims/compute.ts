import type { Database } from 'better-sqlite3';
import type { ClaimLineView, ClaimMonth, ReadinessFlag } from '../../shared/domain/claims.ts';
import { ROLES } from '../../shared/domain/staff.ts';
import { claimLine, maximumForMonth, payInForce } from '../../shared/rules/arrs.ts';
import { describeEvaluation, evaluateRequirement, isLapsed } from '../../shared/rules/compliance.ts';
import { endOfMonth, financialYearOf, formatMonth } from '../../shared/rules/dates.ts';
import { loadFactSources } from '../compliance/fact-sources.ts';
import { readPcn } from '../pcn/queries.ts';
import { listRequirements } from '../requirements/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { monthTrainingTime } from '../../shared/rules/training-time.ts';
import { exemptionsByWorker, timeRecordsByWorker } from '../training/queries.ts';
import { payRowsUpTo } from './pay-queries.ts';
import * as q from './queries.ts';
import { listRates } from './rate-queries.ts';

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
  const rates = listRates(db);
  const maxima = new Map(ROLES.map((role) => [role, maximumForMonth(rates, role, settings.pcnArea, month)]));
  const pay = payInForce(payRowsUpTo(db, last), last);
  const actuals = q.payrollActuals(db, month);
  const confirmed = q.nwrsConfirmed(db, month);
  const requirements = listRequirements(db).filter((r) => r.retiredOn === null);
  const factsFor = loadFactSources(db, asOf);
  const exemptions = exemptionsByWorker(db);
  const timeRecords = timeRecordsByWorker(db, first, last);
  const byRole = new Map(ROLES.map((role) => [role, requirements.filter((r) => r.roles.includes(role))]));

  const lines = q.claimWorkers(db, first, last).map((w): ClaimLineView => {
    const worker = { ...w, subcontracted: w.subcontracted === 1 };
    const maximum = maxima.get(w.role);
    const workerPay = pay.get(w.id);
    const actual = actuals.get(w.id);
    const line = claimLine({
      month,
      startDate: w.startDate,
      leavingDate: w.leavingDate,
      hoursPerWeek: w.hoursPerWeek,
      fullTimeHours,
      claimableHoursLimit: settings.claimableHoursLimit,
      annualMaxPence: maximum?.rate?.annualMaxPence ?? null,
      costs: actual ? { actual } : workerPay ? { pay: workerPay } : null,
      subcontracted: worker.subcontracted,
      contributionPencePerMonthPerWte: settings.subcontractedContributionPence,
    });

    const blocking: ReadinessFlag[] = [];
    const warnings: ReadinessFlag[] = [];
    const exempt = exemptions.get(w.id);
    for (const req of byRole.get(w.role) ?? []) {
      const e = evaluateRequirement(req, w, factsFor(req, w.id), exempt?.has(req.id) ?? false, asOf, settings);
      if (!isLapsed(e.status)) continue;
      const flag = {
        requirementId: req.id,
        title: req.title,
        kind: req.kind,
        date: e.date,
        reason: describeEvaluation(e, req, w, null),
      };
      (req.blocksClaim ? blocking : warnings).push(flag);
    }
    if (maximum?.flag) blocking.push(maximum.flag);
    const nwrsConfirmed = confirmed.has(w.id);
    if (!nwrsConfirmed) blocking.push(NWRS_FLAG(month));
    const trainingGaps = blocking.filter((f) => f.kind === 'training');
    const problem = !workerPay && !actual ? 'No pay on record' : null;

    return {
      workerId: w.id,
      name: w.name,
      role: w.role,
      startDate: w.startDate,
      leavingDate: w.leavingDate,
      hoursPerWeek: w.hoursPerWeek,
      subcontracted: worker.subcontracted,
      ...line,
      problem,
      blocking,
      warnings,
      nwrsConfirmed,
      meetsTrainingRequirements: trainingGaps.length === 0,
      trainingReason: trainingGaps.map((f) => `${f.title} (${f.reason})`).join('; '),
      trainingTime: monthTrainingTime(timeRecords.get(w.id) ?? [], { month, hoursPerWeek: w.hoursPerWeek, ...line }),
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
