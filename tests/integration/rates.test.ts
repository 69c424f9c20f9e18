import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { count, ok, testBackend } from '../support/backend.ts';
import { linkWorker, pcnWithGp } from '../support/pcn.ts';

const SPLW_2025: InputOf<'rate.save'> = {
  role: 'splw',
  area: 'national',
  annualMaxPence: 4200000,
  effectiveFrom: '2025-04-01',
  effectiveTo: '2026-03-31',
  source: 'test figure',
  mark: 'U',
};

const refused = async (backend: Backend, method: 'rate.save', input: InputOf<'rate.save'>) => {
  const answer = await backend.call(method, input);
  if (answer.ok) throw new Error('expected a refusal');
  return answer.error;
};

/** A full-time worker (a link worker unless changed) whose cost is above any cap, trained, with NWRS confirmed. */
async function workerAboveCap(backend: Backend, months: string[], change: Parameters<typeof linkWorker>[0] = {}) {
  const { gpId } = await pcnWithGp(backend);
  const { id } = await ok(
    backend,
    'worker.create',
    linkWorker({ supervisorId: gpId, firstContactId: gpId, startDate: '2023-04-01', ...change }),
  );
  await ok(backend, 'pay.save', {
    workerId: id,
    effectiveFrom: '2023-04-01',
    annualSalaryPence: 4500000,
    ni: { kind: 'percent', basisPoints: 800 },
    pension: { kind: 'amount', monthlyPence: 50000 },
  });
  const roleTraining: [string, string][] = [
    ['splw-elfh-programme', '2023-06-01'],
    ['splw-pci-training', '2023-06-01'],
  ];
  const records: [string, string][] = [
    ...((change.role ?? 'splw') === 'splw' ? roleTraining : []),
    ['additionality-declared', '2023-04-01'],
    ['nwrs-recorded', '2023-04-01'],
  ];
  for (const [requirementId, completedOn] of records)
    await ok(backend, 'training.record', { workerId: id, requirementId, status: 'completed', completedOn });
  for (const month of months) await ok(backend, 'claim.confirmNwrs', { month, workerId: id });
  return id;
}

const lineOf = async (backend: Backend, month: string) => (await ok(backend, 'claim.view', { month })).data.lines[0];

describe('ARRS maxima', () => {
  it('are added, corrected and removed, each audited', async () => {
    const backend = testBackend();
    const added = await ok(backend, 'rate.save', SPLW_2025);
    const row = added.find((r) => r.effectiveFrom === '2025-04-01');
    expect(row).toMatchObject({ financialYear: '2025/26', origin: 'local', backdated: false, mark: 'U' });
    const id = row?.id ?? 0;

    const corrected = await ok(backend, 'rate.update', {
      id,
      fields: { ...SPLW_2025, annualMaxPence: 4335200, backdated: true, mark: 'C', source: 'Uplift of 1 August 2025' },
    });
    expect(corrected.find((r) => r.id === id)).toMatchObject({ annualMaxPence: 4335200, backdated: true, mark: 'C' });

    const removed = await ok(backend, 'rate.remove', { id });
    expect(removed.find((r) => r.id === id)).toBeUndefined();

    const audit = backend.ctx.db
      .prepare(
        "SELECT action, summary, before_json IS NOT NULL AS hasBefore FROM audit_log WHERE entity = 'arrs_rate' AND entity_id = ? ORDER BY id",
      )
      .all(id);
    expect(audit).toEqual([
      {
        action: 'rate.save',
        summary:
          'Added the Social prescribing link worker (national) maximum of £42,000.00 from 01/04/2025 to 31/03/2026',
        hasBefore: 0,
      },
      {
        action: 'rate.update',
        summary:
          'Corrected the Social prescribing link worker (national) maximum of £42,000.00 from 01/04/2025 to 31/03/2026 to the Social prescribing link worker (national) maximum of £43,352.00 from 01/04/2025 to 31/03/2026',
        hasBefore: 1,
      },
      {
        action: 'rate.remove',
        summary:
          'Removed the Social prescribing link worker (national) maximum of £43,352.00 from 01/04/2025 to 31/03/2026',
        hasBefore: 1,
      },
    ]);
  });

  it('refuse a period that overlaps another row for the role and area, saying which, and change nothing', async () => {
    const backend = testBackend();
    const before = count(backend, 'arrs_rate');
    const error = await refused(backend, 'rate.save', { ...SPLW_2025, effectiveFrom: '2024-11-01' });
    expect(error.details?.fields).toEqual({
      effectiveFrom:
        'These dates overlap the Social prescribing link worker (national) maximum of £42,437.00 from 01/10/2024 to 31/03/2025: correct or remove that row first, or change these dates',
    });
    expect(count(backend, 'arrs_rate')).toBe(before);
    // The same dates in another area, or for another role, are fine.
    await ok(backend, 'rate.save', { ...SPLW_2025, effectiveFrom: '2024-11-01', area: 'inner_london' });
    await ok(backend, 'rate.save', { ...SPLW_2025, role: 'hwbc' });
  });

  it('refuse an end before the start, a year that does not match, and implausible amounts, naming the field', async () => {
    const backend = testBackend();
    const fields = async (input: InputOf<'rate.save'>) => (await refused(backend, 'rate.save', input)).details?.fields;
    expect(await fields({ ...SPLW_2025, effectiveTo: '2025-03-31' })).toEqual({
      effectiveTo: 'The last day must be after the date it takes effect',
    });
    expect(await fields({ ...SPLW_2025, financialYear: '2024/25' })).toEqual({
      financialYear: 'The financial year must be the one the start date falls in',
    });
    expect(await fields({ ...SPLW_2025, annualMaxPence: 999999 })).toEqual({
      annualMaxPence: 'A maximum below £10,000 a year is not plausible: check the figure',
    });
    expect(await fields({ ...SPLW_2025, annualMaxPence: 15000001 })).toEqual({
      annualMaxPence: 'A maximum above £150,000 a year is not plausible: check the figure',
    });
    expect(await backend.call('rate.update', { id: 9999, fields: SPLW_2025 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('a month with no known maximum', () => {
  it('blocks the line, says so plainly, and one maximum entered for the gap fixes every affected line', async () => {
    const backend = testBackend();
    const id = await workerAboveCap(backend, ['2026-09', '2026-10'], { role: 'hwbc', name: 'Grace Okafor' });
    const october = await lineOf(backend, '2026-10');
    expect(october?.capPence).toBe(0);
    const flag = october?.blocking.find((f) => f.requirementId === 'arrs-maximum');
    expect(flag).toMatchObject({
      reason: 'No ARRS maximum is known for health and wellbeing coach (national) in October 2026',
      missingRate: { role: 'hwbc', area: 'national', from: '2026-04-01', to: '2027-03-31' },
    });
    expect(october?.warnings.map((w) => w.reason).join()).not.toContain('Using the');

    await ok(backend, 'rate.save', {
      role: 'hwbc',
      area: 'national',
      annualMaxPence: 4335200,
      effectiveFrom: flag?.missingRate?.from ?? '',
      effectiveTo: flag?.missingRate?.to ?? null,
      source: 'Band 5, from the ICB',
      mark: 'U',
    });
    for (const month of ['2026-09', '2026-10']) {
      const line = await lineOf(backend, month);
      expect(line?.blocking.map((f) => f.requirementId)).not.toContain('arrs-maximum');
      expect(line).toMatchObject({ workerId: id, capPence: 361267 });
    }
  });

  it('blocks a care coordinator in 2026/27 rather than capping them at the 2020/21 figure', async () => {
    const backend = testBackend();
    await workerAboveCap(backend, ['2026-10'], { role: 'care_coordinator' });
    const line = await lineOf(backend, '2026-10');
    expect(line?.capPence).toBe(0);
    expect(line?.blocking.map((f) => f.reason)).toContain(
      'No ARRS maximum is known for care coordinator (national) in October 2026',
    );
  });
});

describe('the maximum a claim uses', () => {
  it('is the PCN area’s: an inner-London PCN uses the inner-London figure', async () => {
    const backend = testBackend();
    await workerAboveCap(backend, ['2023-08']);
    expect((await lineOf(backend, '2023-08'))?.capPence).toBe(334658); // £40,159 ÷ 12, national
    await ok(backend, 'rate.save', {
      role: 'splw',
      area: 'inner_london',
      annualMaxPence: 4432100,
      effectiveFrom: '2023-07-01',
      effectiveTo: '2024-03-31',
      source: 'test inner-London figure',
      mark: 'U',
    });
    const settings = await ok(backend, 'settings.get', {});
    await ok(backend, 'settings.update', { ...settings, pcnArea: 'inner_london' });
    expect((await lineOf(backend, '2023-08'))?.capPence).toBe(369342); // £44,321 ÷ 12
    await ok(backend, 'settings.update', { ...settings, pcnArea: 'outer_london' });
    expect((await lineOf(backend, '2023-08'))?.blocking.map((f) => f.reason)).toContain(
      'No ARRS maximum is known for social prescribing link worker (outer London) in August 2023',
    );
  });

  it('changes with a backdated uplift entered in August only for claims not yet submitted', async () => {
    const backend = testBackend('2025-08-15T10:00:00Z');
    await workerAboveCap(backend, ['2025-04', '2025-05']);
    const [rate] = (await ok(backend, 'rate.save', SPLW_2025)).filter((r) => r.effectiveFrom === '2025-04-01');
    let april = await ok(backend, 'claim.start', { month: '2025-04' });
    april = await ok(backend, 'claim.check', { id: april.claim?.id ?? 0 });
    april = await ok(backend, 'claim.submit', {
      id: april.claim?.id ?? 0,
      submittedOn: '2025-08-15', // not before it was checked, today
      portalReference: 'PCWP-APR',
    });
    expect(april.data.totalPence).toBe(350000); // £42,000 ÷ 12
    const may = await ok(backend, 'claim.start', { month: '2025-05' });
    expect(may.data.totalPence).toBe(350000);

    // August: the 2025/26 uplift is applied, backdated to 1 April.
    await ok(backend, 'rate.update', {
      id: rate?.id ?? 0,
      fields: { ...SPLW_2025, annualMaxPence: 4335200, backdated: true, source: 'Uplift of 1 August 2025, backdated' },
    });
    const aprilAfter = await ok(backend, 'claim.view', { month: '2025-04' });
    expect(aprilAfter.frozen).toBe(true);
    expect(aprilAfter.data.totalPence).toBe(350000);
    expect(aprilAfter.data.lines[0]?.capPence).toBe(350000);
    const mayAfter = await ok(backend, 'claim.view', { month: '2025-05' });
    expect(mayAfter.frozen).toBe(false);
    expect(mayAfter.data.lines[0]?.capPence).toBe(361267); // £43,352 ÷ 12
    expect(mayAfter.data.totalPence).toBe(361267);
    // An amendment of April would use the corrected figure.
    expect((await ok(backend, 'claim.start', { month: '2025-04' })).data.totalPence).toBe(361267);
  });
});

describe('the ARRS sum per weighted patient', () => {
  it('is read from the database, editable per year, and audited', async () => {
    const backend = testBackend();
    const settings = await ok(backend, 'settings.get', {});
    await ok(backend, 'settings.update', { ...settings, weightedPopulation: 1000 });
    expect(await ok(backend, 'claim.position', { month: '2026-10' })).toMatchObject({
      arrsSumPence: null,
      warning:
        'No ARRS sum per weighted patient is known for 2026/27: enter it in Settings to check the projection against it',
    });
    const years = await ok(backend, 'arrsSum.save', {
      financialYear: '2026/27',
      tenthPence: 27100,
      source: 'test',
      mark: 'U',
    });
    expect(years.map((y) => y.financialYear)).toEqual(['2023/24', '2024/25', '2025/26', '2026/27']);
    expect(await ok(backend, 'claim.position', { month: '2026-10' })).toMatchObject({
      arrsSumPence: 2710000,
      warning: null,
    });

    await ok(backend, 'arrsSum.save', { financialYear: '2025/26', tenthPence: 26000, source: 'corrected', mark: 'U' });
    expect((await ok(backend, 'claim.position', { month: '2025-10' })).arrsSumPence).toBe(2600000);
    await ok(backend, 'arrsSum.remove', { financialYear: '2026/27' });
    expect((await ok(backend, 'claim.position', { month: '2026-10' })).arrsSumPence).toBeNull();

    const audit = backend.ctx.db
      .prepare("SELECT summary FROM audit_log WHERE entity = 'arrs_sum_rate' ORDER BY id")
      .all();
    expect(audit).toEqual([
      { summary: 'Set the 2026/27 ARRS sum at £27.100 per weighted patient' },
      { summary: 'Corrected the 2025/26 ARRS sum from £26.631 to £26.000 per weighted patient' },
      { summary: 'Removed the 2026/27 ARRS sum of £27.100 per weighted patient' },
    ]);
    expect(
      await backend.call('arrsSum.save', { financialYear: '2026/27', tenthPence: 99, source: '', mark: 'U' }),
    ).toMatchObject({
      ok: false,
      error: { details: { fields: { tenthPence: expect.stringContaining('not plausible') } } },
    });
  });
});

describe('pay', () => {
  it('is taken in pence and basis points, refusing a percentage above 100 at its field', async () => {
    const backend = testBackend();
    await pcnWithGp(backend);
    const { id } = await ok(backend, 'worker.create', linkWorker());
    expect(
      await backend.call('pay.save', {
        workerId: id,
        effectiveFrom: '2025-04-01',
        annualSalaryPence: 3000000,
        ni: { kind: 'percent', basisPoints: 10001 },
        pension: { kind: 'amount', monthlyPence: 12.5 },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        details: {
          fields: { 'ni.basisPoints': 'A percentage is at most 100', 'pension.monthlyPence': 'Use whole pence' },
        },
      },
    });
    expect(count(backend, 'worker_pay')).toBe(0);
  });
});
