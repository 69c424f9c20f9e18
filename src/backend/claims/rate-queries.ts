import type { Database } from 'better-sqlite3';
import type { ArrsSumRate, Rate } from '../../shared/domain/rates.ts';
import { sql } from '../db/statements.ts';

const rateColumns = `id, role, area, effective_from AS effectiveFrom, effective_to AS effectiveTo, annual_max_pence AS annualMaxPence,
  financial_year AS financialYear, source, mark, backdated, origin`;

type RateRow = Omit<Rate, 'backdated'> & { backdated: 0 | 1 };
const rateOf = (row: RateRow): Rate => ({ ...row, backdated: row.backdated === 1 });

export type RateRecord = Omit<Rate, 'id'>;

export function listRates(db: Database): Rate[] {
  return (sql(db, `SELECT ${rateColumns} FROM arrs_rate ORDER BY effective_from, role, area`).all() as RateRow[]).map(
    rateOf,
  );
}

export function findRate(db: Database, id: number): Rate | undefined {
  const row = sql(db, `SELECT ${rateColumns} FROM arrs_rate WHERE id = ?`).get(id) as RateRow | undefined;
  return row && rateOf(row);
}

const params = (r: RateRecord) => ({ ...r, backdated: r.backdated ? 1 : 0 });

export function insertRate(db: Database, r: RateRecord): number {
  return Number(
    sql(
      db,
      `INSERT INTO arrs_rate (role, area, effective_from, effective_to, annual_max_pence, financial_year, source, mark, backdated, origin)
       VALUES (@role, @area, @effectiveFrom, @effectiveTo, @annualMaxPence, @financialYear, @source, @mark, @backdated, @origin)`,
    ).run(params(r)).lastInsertRowid,
  );
}

export function updateRate(db: Database, id: number, r: RateRecord): void {
  sql(
    db,
    `UPDATE arrs_rate SET role = @role, area = @area, effective_from = @effectiveFrom, effective_to = @effectiveTo,
       annual_max_pence = @annualMaxPence, financial_year = @financialYear, source = @source, mark = @mark,
       backdated = @backdated, origin = @origin
     WHERE id = @id`,
  ).run({ ...params(r), id });
}

export function deleteRate(db: Database, id: number): void {
  sql(db, 'DELETE FROM arrs_rate WHERE id = ?').run(id);
}

const sumColumns = 'financial_year AS financialYear, tenth_pence AS tenthPence, source, mark, origin';

export function listArrsSums(db: Database): ArrsSumRate[] {
  return sql(db, `SELECT ${sumColumns} FROM arrs_sum_rate ORDER BY financial_year`).all() as ArrsSumRate[];
}

export function findArrsSum(db: Database, financialYear: string): ArrsSumRate | undefined {
  return sql(db, `SELECT ${sumColumns} FROM arrs_sum_rate WHERE financial_year = ?`).get(financialYear) as
    ArrsSumRate | undefined;
}

export function upsertArrsSum(db: Database, s: ArrsSumRate): void {
  sql(
    db,
    `INSERT INTO arrs_sum_rate (financial_year, tenth_pence, source, mark, origin) VALUES (@financialYear, @tenthPence, @source, @mark, @origin)
     ON CONFLICT (financial_year) DO UPDATE SET tenth_pence = excluded.tenth_pence, source = excluded.source, mark = excluded.mark,
       origin = excluded.origin`,
  ).run(s);
}

export function deleteArrsSum(db: Database, financialYear: string): void {
  sql(db, 'DELETE FROM arrs_sum_rate WHERE financial_year = ?').run(financialYear);
}
