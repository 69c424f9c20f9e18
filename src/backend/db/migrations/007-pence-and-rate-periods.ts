import { financialYearBounds } from '../../../shared/rules/arrs.ts';
import { financialYearOf } from '../../../shared/rules/dates.ts';
import { basisPointsFromPercent, penceFromPounds } from '../../../shared/rules/money.ts';
import type { Migration } from '../migrate.ts';

/** The rows version 1 of the rates catalogue installed, as shipped: matching rows are the catalogue's to update. */
const CATALOGUE_V1 = `VALUES
  ('splw', '2019-04-01', 3411300, 'SPLW maximum 2019/20 [C]'),
  ('splw', '2020-04-01', 3538900, 'SPLW maximum 2020/21 [C]'),
  ('care_coordinator', '2020-04-01', 2913500, 'Care coordinator maximum 2020/21 [C]'),
  ('splw', '2022-04-01', 3642800, 'SPLW maximum 2022/23 [C]'),
  ('splw', '2024-04-01', 4015900, 'SPLW maximum £40,159 [C]; that it is the 2024/25 figure is not confirmed [U]')`;

/**
 * Money in integer pence everywhere, and maxima that belong to an area and a period.
 *
 * Employer's NI and pension were REAL: pounds a month for an amount, a percentage otherwise. Each becomes one of
 * two integer columns, so the unit is in the name: `_monthly_pence`, or `_basis_points` (hundredths of a percent,
 * 1438 = 14.38%), exactly one of them set. The values do not change: 180.1 → 18010 pence, 14.38 → 1438; a
 * fraction of a penny, which only old data can hold, rounds half up by money.ts's rule (1234.565 → 123457).
 *
 * Each existing maximum keeps its figure, is national, and ends with its financial year (or the day before the
 * same role's next row, so that two rows never overlap); its mark comes from its source text ([U] else [C], else
 * U). Rows exactly as the first catalogue shipped them are marked as the catalogue's, which on opening replaces
 * them with its corrected version (`claims/rates.ts`); rows anyone entered are left as they are.
 */
export const penceAndRatePeriods: Migration = {
  version: 7,
  name: 'On-costs in pence and basis points; ARRS maxima by area and period; the ARRS sum per weighted patient',
  functions: {
    pence_from_pounds: (pounds: number) => penceFromPounds(pounds),
    basis_points_from_percent: (percent: number) => basisPointsFromPercent(percent),
    financial_year_of: (iso: string) => financialYearOf(iso),
    financial_year_end: (iso: string) => financialYearBounds(iso).to,
  },
  sql: `
ALTER TABLE worker_pay RENAME TO worker_pay_v6;

CREATE TABLE worker_pay (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  effective_from TEXT NOT NULL,
  annual_salary_pence INTEGER NOT NULL CHECK (annual_salary_pence >= 0),
  -- Each on-cost is either a fixed amount a month in pence or a share of the salary in basis points (1438 = 14.38%).
  ni_monthly_pence INTEGER CHECK (ni_monthly_pence >= 0),
  ni_basis_points INTEGER CHECK (ni_basis_points BETWEEN 0 AND 10000),
  pension_monthly_pence INTEGER CHECK (pension_monthly_pence >= 0),
  pension_basis_points INTEGER CHECK (pension_basis_points BETWEEN 0 AND 10000),
  CHECK ((ni_monthly_pence IS NULL) <> (ni_basis_points IS NULL)),
  CHECK ((pension_monthly_pence IS NULL) <> (pension_basis_points IS NULL)),
  UNIQUE (worker_id, effective_from)
) STRICT;

INSERT INTO worker_pay (id, worker_id, effective_from, annual_salary_pence, ni_monthly_pence, ni_basis_points,
                        pension_monthly_pence, pension_basis_points)
SELECT id, worker_id, effective_from, annual_salary_pence,
       CASE ni_kind WHEN 'amount' THEN pence_from_pounds(ni_value) END,
       CASE ni_kind WHEN 'percent' THEN basis_points_from_percent(ni_value) END,
       CASE pension_kind WHEN 'amount' THEN pence_from_pounds(pension_value) END,
       CASE pension_kind WHEN 'percent' THEN basis_points_from_percent(pension_value) END
FROM worker_pay_v6;

DROP TABLE worker_pay_v6;

ALTER TABLE arrs_rate RENAME TO arrs_rate_v6;

CREATE TABLE arrs_rate (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('splw', 'care_coordinator', 'hwbc')),
  area TEXT NOT NULL CHECK (area IN ('national', 'outer_london', 'inner_london')),
  effective_from TEXT NOT NULL,
  -- The last day the maximum applies; NULL while no end is known.
  effective_to TEXT CHECK (effective_to >= effective_from),
  annual_max_pence INTEGER NOT NULL CHECK (annual_max_pence > 0),
  financial_year TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  mark TEXT NOT NULL CHECK (mark IN ('C', 'U', 'P')),
  backdated INTEGER NOT NULL DEFAULT 0 CHECK (backdated IN (0, 1)),
  origin TEXT NOT NULL CHECK (origin IN ('catalogue', 'local')),
  UNIQUE (role, area, effective_from)
) STRICT;

INSERT INTO arrs_rate (id, role, area, effective_from, effective_to, annual_max_pence, financial_year, source, mark,
                       backdated, origin)
SELECT id, role, 'national', effective_from,
       min(financial_year_end(effective_from),
           coalesce(date(lead(effective_from) OVER (PARTITION BY role ORDER BY effective_from), '-1 day'), '9999-12-31')),
       annual_max_pence, financial_year_of(effective_from), source,
       CASE WHEN source LIKE '%[U]%' THEN 'U' WHEN source LIKE '%[C]%' THEN 'C' ELSE 'U' END,
       0,
       CASE WHEN (role, effective_from, annual_max_pence, source) IN (${CATALOGUE_V1}) THEN 'catalogue' ELSE 'local' END
FROM arrs_rate_v6;

-- A database that held rates had the first catalogue applied; the current one is applied on opening.
INSERT INTO setting (key, value) SELECT 'arrsRatesCatalogueVersion', '1' WHERE EXISTS (SELECT 1 FROM arrs_rate_v6);

DROP TABLE arrs_rate_v6;

CREATE TABLE arrs_sum_rate (
  financial_year TEXT PRIMARY KEY,
  -- Per weighted patient, in tenths of a penny: 22671 = £22.671.
  tenth_pence INTEGER NOT NULL CHECK (tenth_pence > 0),
  source TEXT NOT NULL DEFAULT '',
  mark TEXT NOT NULL CHECK (mark IN ('C', 'U', 'P')),
  origin TEXT NOT NULL CHECK (origin IN ('catalogue', 'local'))
) STRICT;
`,
};
