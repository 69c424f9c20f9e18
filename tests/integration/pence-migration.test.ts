import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import { migrations } from '../../src/backend/db/migrations/index.ts';
import { openDatabase } from '../../src/backend/db/open.ts';
import { ok, tempDir } from '../support/backend.ts';

const dirs: string[] = [];
const backends: Backend[] = [];
afterEach(() => {
  backends.splice(0).forEach((b) => b.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

const open = (dataDir: string) => {
  const backend = createBackend({ dataDir, now: () => new Date('2026-11-24T10:00:00Z'), osUser: 'tester' });
  backends.push(backend);
  return backend;
};

/** The first rates catalogue, as version 6 databases hold it, and two rows someone entered. */
const V6_RATES = [
  ['2019/20', 'splw', 3411300, '2019-04-01', 'SPLW maximum 2019/20 [C]'],
  ['2020/21', 'splw', 3538900, '2020-04-01', 'SPLW maximum 2020/21 [C]'],
  ['2020/21', 'care_coordinator', 2950000, '2020-04-01', 'Care coordinator maximum 2020/21 [C]'], // corrected by hand
  ['2022/23', 'splw', 3642800, '2022-04-01', 'SPLW maximum 2022/23 [C]'],
  [
    '2024/25',
    'splw',
    4015900,
    '2024-04-01',
    'SPLW maximum £40,159 [C]; that it is the 2024/25 figure is not confirmed [U]',
  ],
  ['2025/26', 'splw', 4335200, '2025-04-01', 'ICB letter, August 2025'], // entered in Linkwork
  ['2025/26', 'splw', 4400000, '2025-10-01', 'ICB letter, October 2025 [C]'],
] as const;

/** [NI kind, NI value, pension kind, pension value] as version 6 stored them: pounds a month, or a percentage. */
const V6_PAY = [
  ['amount', 180.1, 'amount', 289.35],
  ['percent', 0.1, 'percent', 14.38],
  ['amount', 0.1, 'percent', 11.5],
  ['amount', 1234.565, 'amount', 0],
] as const;

/** A data folder holding a version 6 database with pay and rates in the old shapes. */
function version6DataDir(): string {
  const dir = tempDir('linkwork-v6-');
  dirs.push(dir);
  const { db } = openDatabase(path.join(dir, 'linkwork.sqlite'), migrations.slice(0, 6));
  db.exec(`INSERT INTO employer (id, name, kind) VALUES (1, 'Riverside Surgery', 'lead_practice');
    INSERT INTO worker (id, name, role, employer_id, arrs_funded, start_date, hours_per_week)
    VALUES (1, 'Florence Ndlovu', 'splw', 1, 1, '2024-04-01', 37.5);`);
  const pay = db.prepare(
    `INSERT INTO worker_pay (worker_id, effective_from, annual_salary_pence, ni_kind, ni_value, pension_kind, pension_value)
     VALUES (1, ?, 3000000, ?, ?, ?, ?)`,
  );
  V6_PAY.forEach((p, i) => pay.run(`2024-0${i + 4}-01`, ...p));
  const rate = db.prepare(
    'INSERT INTO arrs_rate (financial_year, role, annual_max_pence, effective_from, source) VALUES (?, ?, ?, ?, ?)',
  );
  for (const r of V6_RATES) rate.run(...r);
  db.close();
  return dir;
}

describe('migration 7', () => {
  it('moves REAL NI and pension to integer pence and basis points without changing any value', () => {
    const dir = version6DataDir();
    const { db } = openDatabase(path.join(dir, 'linkwork.sqlite'));
    const rows = db
      .prepare(
        `SELECT ni_monthly_pence AS niPence, ni_basis_points AS niBp, pension_monthly_pence AS pensionPence,
                pension_basis_points AS pensionBp, typeof(ni_monthly_pence) AS niType
         FROM worker_pay ORDER BY effective_from`,
      )
      .all();
    db.close();
    expect(rows).toEqual([
      { niPence: 18010, niBp: null, pensionPence: 28935, pensionBp: null, niType: 'integer' },
      { niPence: null, niBp: 10, pensionPence: null, pensionBp: 1438, niType: 'null' },
      { niPence: 10, niBp: null, pensionPence: null, pensionBp: 1150, niType: 'integer' },
      // Half a penny can only come from old data: it rounds up, by money.ts's rule.
      { niPence: 123457, niBp: null, pensionPence: 0, pensionBp: null, niType: 'integer' },
    ]);
  });

  it('gives pay back through the API in pence and basis points', async () => {
    const backend = open(version6DataDir());
    const history = await ok(backend, 'pay.history', { workerId: 1 });
    expect(history.map((p) => [p.ni, p.pension]).reverse()).toEqual([
      [
        { kind: 'amount', monthlyPence: 18010 },
        { kind: 'amount', monthlyPence: 28935 },
      ],
      [
        { kind: 'percent', basisPoints: 10 },
        { kind: 'percent', basisPoints: 1438 },
      ],
      [
        { kind: 'amount', monthlyPence: 10 },
        { kind: 'percent', basisPoints: 1150 },
      ],
      [
        { kind: 'amount', monthlyPence: 123457 },
        { kind: 'amount', monthlyPence: 0 },
      ],
    ]);
  });

  it('keeps each maximum’s figure, national, ending with its year or the day before the next, marked from its source', () => {
    const dir = version6DataDir();
    const { db } = openDatabase(path.join(dir, 'linkwork.sqlite'));
    const rows = db
      .prepare(
        `SELECT id, role, area, effective_from AS "from", effective_to AS "to", annual_max_pence AS pence,
                financial_year AS year, mark, backdated, origin FROM arrs_rate ORDER BY id`,
      )
      .all();
    const applied = db.prepare("SELECT value FROM setting WHERE key = 'arrsRatesCatalogueVersion'").get();
    db.close();
    expect(rows).toEqual([
      {
        id: 1,
        role: 'splw',
        area: 'national',
        from: '2019-04-01',
        to: '2020-03-31',
        pence: 3411300,
        year: '2019/20',
        mark: 'C',
        backdated: 0,
        origin: 'catalogue',
      },
      {
        id: 2,
        role: 'splw',
        area: 'national',
        from: '2020-04-01',
        to: '2021-03-31',
        pence: 3538900,
        year: '2020/21',
        mark: 'C',
        backdated: 0,
        origin: 'catalogue',
      },
      {
        id: 3,
        role: 'care_coordinator',
        area: 'national',
        from: '2020-04-01',
        to: '2021-03-31',
        pence: 2950000,
        year: '2020/21',
        mark: 'C',
        backdated: 0,
        origin: 'local',
      },
      {
        id: 4,
        role: 'splw',
        area: 'national',
        from: '2022-04-01',
        to: '2023-03-31',
        pence: 3642800,
        year: '2022/23',
        mark: 'C',
        backdated: 0,
        origin: 'catalogue',
      },
      {
        id: 5,
        role: 'splw',
        area: 'national',
        from: '2024-04-01',
        to: '2025-03-31',
        pence: 4015900,
        year: '2024/25',
        mark: 'U',
        backdated: 0,
        origin: 'catalogue',
      },
      {
        id: 6,
        role: 'splw',
        area: 'national',
        from: '2025-04-01',
        to: '2025-09-30',
        pence: 4335200,
        year: '2025/26',
        mark: 'U',
        backdated: 0,
        origin: 'local',
      },
      {
        id: 7,
        role: 'splw',
        area: 'national',
        from: '2025-10-01',
        to: '2026-03-31',
        pence: 4400000,
        year: '2025/26',
        mark: 'C',
        backdated: 0,
        origin: 'local',
      },
    ]);
    expect(applied).toEqual({ value: '1' });
  });

  it('then corrects the catalogue’s rows on opening, adds the known figures and leaves rows someone entered alone', async () => {
    const backend = open(version6DataDir());
    const rates = await ok(backend, 'rate.list', {});
    const row = (role: string, from: string) => rates.find((r) => r.role === role && r.effectiveFrom === from);
    // The "probably 2024/25" £40,159 from April 2024 now ends on 30 September, followed by £42,437.
    expect(row('splw', '2024-04-01')).toMatchObject({ annualMaxPence: 4015900, effectiveTo: '2024-09-30', mark: 'U' });
    expect(row('splw', '2024-10-01')).toMatchObject({ annualMaxPence: 4243700, mark: 'U', origin: 'catalogue' });
    expect(row('splw', '2023-04-01')).toMatchObject({ annualMaxPence: 3818700, effectiveTo: '2023-06-30', mark: 'C' });
    expect(row('splw', '2023-07-01')).toMatchObject({ annualMaxPence: 4015900, backdated: false });
    expect(row('splw', '2022-04-01')).toMatchObject({ mark: 'U' });
    expect(row('care_coordinator', '2020-04-01')).toMatchObject({ annualMaxPence: 2950000, origin: 'local' });
    expect(row('splw', '2025-04-01')).toMatchObject({ annualMaxPence: 4335200, origin: 'local' });
    expect(rates).toHaveLength(12);
    expect((await ok(backend, 'arrsSum.list', {})).map((s) => [s.financialYear, s.tenthPence, s.mark])).toEqual([
      ['2023/24', 22671, 'C'],
      ['2024/25', 22894, 'C'],
      ['2025/26', 26631, 'C'],
    ]);
    const audit = backend.ctx.db.prepare("SELECT summary FROM audit_log WHERE action = 'catalogue.rates'").all();
    expect(audit).toEqual([
      {
        summary:
          'Applied the ARRS rates catalogue, version 2: 8 added, 4 corrected, 0 removed, 1 left as entered in Linkwork',
      },
    ]);
  });
});

describe('the shipped rates on a new database', () => {
  it('are installed once: a removed row stays removed when the file is opened again', async () => {
    const dir = tempDir('linkwork-rates-');
    dirs.push(dir);
    let backend = open(dir);
    const rates = await ok(backend, 'rate.list', {});
    expect(rates).toHaveLength(10);
    expect(rates.every((r) => r.area === 'national' && r.effectiveTo !== null && r.origin === 'catalogue')).toBe(true);
    expect(rates.filter((r) => r.role === 'hwbc')).toEqual([]);
    const first = rates[0]?.id ?? 0;
    await ok(backend, 'rate.remove', { id: first });
    backends.pop()?.close();
    backend = open(dir);
    expect((await ok(backend, 'rate.list', {})).map((r) => r.id)).not.toContain(first);
  });
});
