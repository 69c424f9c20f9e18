import type { Database } from 'better-sqlite3';
import type { PayFields } from '../../shared/domain/claims.ts';
import type { OnCost } from '../../shared/rules/arrs.ts';
import { sql } from '../db/statements.ts';

interface PayRow {
  workerId: number;
  effectiveFrom: string;
  annualSalaryPence: number;
  niMonthlyPence: number | null;
  niBasisPoints: number | null;
  pensionMonthlyPence: number | null;
  pensionBasisPoints: number | null;
}

const payColumns = `worker_id AS workerId, effective_from AS effectiveFrom, annual_salary_pence AS annualSalaryPence,
  ni_monthly_pence AS niMonthlyPence, ni_basis_points AS niBasisPoints,
  pension_monthly_pence AS pensionMonthlyPence, pension_basis_points AS pensionBasisPoints`;

const onCost = (monthlyPence: number | null, basisPoints: number | null): OnCost =>
  basisPoints !== null ? { kind: 'percent', basisPoints } : { kind: 'amount', monthlyPence: monthlyPence ?? 0 };

const payOf = (r: PayRow): PayFields => ({
  workerId: r.workerId,
  effectiveFrom: r.effectiveFrom,
  annualSalaryPence: r.annualSalaryPence,
  ni: onCost(r.niMonthlyPence, r.niBasisPoints),
  pension: onCost(r.pensionMonthlyPence, r.pensionBasisPoints),
});

/** Every worker's pay rows taking effect on or before the date: the candidates `payInForce` chooses from. */
export function payRowsUpTo(db: Database, date: string): PayFields[] {
  return (sql(db, `SELECT ${payColumns} FROM worker_pay WHERE effective_from <= ?`).all(date) as PayRow[]).map(payOf);
}

export function payHistory(db: Database, workerId: number): PayFields[] {
  return (
    sql(db, `SELECT ${payColumns} FROM worker_pay WHERE worker_id = ? ORDER BY effective_from DESC`).all(
      workerId,
    ) as PayRow[]
  ).map(payOf);
}

export function insertPay(db: Database, p: PayFields): void {
  sql(
    db,
    `INSERT INTO worker_pay (worker_id, effective_from, annual_salary_pence, ni_monthly_pence, ni_basis_points,
                             pension_monthly_pence, pension_basis_points)
     VALUES (@workerId, @effectiveFrom, @annualSalaryPence, @niMonthlyPence, @niBasisPoints, @pensionMonthlyPence, @pensionBasisPoints)
     ON CONFLICT (worker_id, effective_from) DO UPDATE SET annual_salary_pence = excluded.annual_salary_pence,
       ni_monthly_pence = excluded.ni_monthly_pence, ni_basis_points = excluded.ni_basis_points,
       pension_monthly_pence = excluded.pension_monthly_pence, pension_basis_points = excluded.pension_basis_points`,
  ).run({
    workerId: p.workerId,
    effectiveFrom: p.effectiveFrom,
    annualSalaryPence: p.annualSalaryPence,
    niMonthlyPence: p.ni.kind === 'amount' ? p.ni.monthlyPence : null,
    niBasisPoints: p.ni.kind === 'percent' ? p.ni.basisPoints : null,
    pensionMonthlyPence: p.pension.kind === 'amount' ? p.pension.monthlyPence : null,
    pensionBasisPoints: p.pension.kind === 'percent' ? p.pension.basisPoints : null,
  });
}
