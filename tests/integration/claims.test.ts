import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { ok, testBackend } from '../support/backend.ts';
import { claimPcn, claimWorker, MONTH } from '../support/claim-month.ts';
import { pdfText } from '../support/pdf-text.ts';
import { linkWorker } from '../support/pcn.ts';

/** Florence, 0.8 WTE on £30,000 with 8% NI and 14.45% pension, with her supervisor and contact named. */
async function claimReady(backend: Backend, change: Partial<InputOf<'worker.create'>> = {}) {
  const { gpId } = await claimPcn(backend);
  return claimWorker(backend, { gpId, hoursPerWeek: 30, ...change });
}

const line = async (backend: Backend, month = MONTH) => (await ok(backend, 'claim.view', { month })).data.lines[0];

describe('the claim month', () => {
  it('works out the line in pence from pay and the rate', async () => {
    const backend = testBackend();
    await claimReady(backend);
    expect(await line(backend)).toMatchObject({
      daysInPost: 31,
      wte: 0.8,
      salaryPence: 250000,
      niPence: 20000,
      pensionPence: 36125,
      costPence: 306125,
      capPence: 267727,
      claimablePence: 267727,
      blocking: [],
      meetsTrainingRequirements: true,
    });
  });

  it('flags an overdue blocking training item with the item and its due date; an exemption or a record clears it', async () => {
    const backend = testBackend();
    const { gpId } = await claimPcn(backend);
    const id = await claimWorker(backend, { gpId, startDate: '2025-03-01', trained: [], paid: false });

    const flagged = await line(backend);
    expect(flagged?.meetsTrainingRequirements).toBe(false);
    expect(flagged?.blocking).toContainEqual(
      expect.objectContaining({ requirementId: 'splw-elfh-programme', date: '2025-09-01' }),
    );
    expect(flagged?.trainingReason).toContain('was due by 01/09/2025');

    await ok(backend, 'training.exempt', {
      workerId: id,
      requirementId: 'splw-pci-training',
      reason: 'Qualified before joining',
    });
    await ok(backend, 'training.record', {
      workerId: id,
      requirementId: 'splw-elfh-programme',
      status: 'completed',
      completedOn: '2025-08-15',
    });
    const cleared = (await line(backend))?.blocking.map((f) => f.requirementId);
    expect(cleared).not.toContain('splw-elfh-programme');
    expect(cleared).not.toContain('splw-pci-training');
  });

  it('uses actual payroll figures for a month over the pay on record', async () => {
    const backend = testBackend();
    const id = await claimReady(backend);
    const view = await ok(backend, 'payroll.save', {
      workerId: id,
      month: MONTH,
      salaryPence: 180000,
      niPence: 15000,
      pensionPence: 26010,
    });
    expect(view.data.lines[0]).toMatchObject({
      salaryPence: 180000,
      niPence: 15000,
      pensionPence: 26010,
      costPence: 221010,
      claimablePence: 221010,
    });
    expect((await line(backend, '2025-11'))?.salaryPence).toBe(250000);
  });

  it('gives a leaver a part-month line, and no line the month after', async () => {
    const backend = testBackend();
    await claimReady(backend, { leavingDate: '2025-10-15' });
    expect(await line(backend)).toMatchObject({
      daysInPost: 15,
      capPence: Math.floor((4015900 / 12) * 0.8 * (15 / 31) + 0.5),
    });
    expect((await ok(backend, 'claim.view', { month: '2025-11' })).data.lines).toEqual([]);
  });

  it('blocks a line until the NWRS record is confirmed for the month', async () => {
    const backend = testBackend();
    await claimReady(backend);
    const november = await line(backend, '2025-11');
    expect(november?.blocking.map((f) => f.requirementId)).toEqual(['nwrs-monthly']);
    expect((await ok(backend, 'claim.view', { month: '2025-11' })).data.totalPence).toBe(0);
  });

  it('freezes a submitted claim against later pay changes; an amendment shows the difference', async () => {
    const backend = testBackend();
    const id = await claimReady(backend);
    let view = await ok(backend, 'claim.start', { month: MONTH });
    view = await ok(backend, 'claim.check', { id: view.claim?.id ?? 0 });
    view = await ok(backend, 'claim.submit', {
      id: view.claim?.id ?? 0,
      submittedOn: '2026-11-24',
      portalReference: 'PCWP-123',
    });
    expect(view.frozen).toBe(true);
    expect(view.data.totalPence).toBe(267727);

    await ok(backend, 'pay.save', {
      workerId: id,
      effectiveFrom: '2025-10-01',
      annualSalaryPence: 1200000,
      ni: { kind: 'amount', monthlyPence: 5000 },
      pension: { kind: 'amount', monthlyPence: 10000 },
    });
    await ok(backend, 'worker.update', {
      id,
      fields: linkWorker({ hoursPerWeek: 15, supervisorId: 1, firstContactId: 1, startDate: '2024-04-01' }),
    });
    expect((await ok(backend, 'claim.view', { month: MONTH })).data.totalPence).toBe(267727);

    const amended = await ok(backend, 'claim.start', { month: MONTH });
    expect(amended.claim?.version).toBe(2);
    expect(amended.frozen).toBe(false);
    expect(amended.changes).toEqual([
      { workerId: id, name: 'Florence Ndlovu', beforePence: 267727, afterPence: 115000 },
    ]);
  });

  it('exports the claim pack: CSV in the portal form layout and a PDF with the flags', async () => {
    const backend = testBackend();
    await claimReady(backend);
    const csv = await ok(backend, 'claim.csv', { month: MONTH });
    const rows = Papa.parse<string[]>(csv.text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'Role',
      'Worker id',
      'Start date',
      'Leaving date',
      'Monthly salary',
      "Employer's NI",
      "Employer's pension",
      'Hours a week',
      'Monthly fees',
      'Meets training requirements',
      'Reason',
      'Claimable',
    ]);
    expect(rows[1]).toEqual([
      'Social prescribing link worker',
      '1',
      '01/04/2024',
      '',
      '2500.00',
      '200.00',
      '361.25',
      '30',
      '0.00',
      'Yes',
      '',
      '2677.27',
    ]);
    const pdf = await pdfText(Buffer.from((await ok(backend, 'claim.pdf', { month: MONTH })).dataBase64, 'base64'));
    expect(pdf).toContain('Florence Ndlovu');
    expect(pdf).toContain('£2,677.27');
    expect(pdf).toContain('Clinical director');
  });
});

describe('the PCN year', () => {
  it('adds up the year to date and projects this month to 31 March against the ARRS sum', async () => {
    const backend = testBackend();
    const id = await claimReady(backend);
    await ok(backend, 'claim.confirmNwrs', { month: '2025-09', workerId: id });
    const total = async (month: string) => (await ok(backend, 'claim.view', { month })).data.totalPence;
    const september = await total('2025-09');
    const october = await total(MONTH);
    expect(september).toBe(267727); // the month's cap: £2,677.27
    expect(october).toBe(267727);
    expect(await total('2025-08')).toBe(0); // NWRS not confirmed: blocked

    const position = () => ok(backend, 'claim.position', { month: MONTH });
    // April to October so far; November to March still to come at October's figure.
    expect(await position()).toMatchObject({
      month: MONTH,
      yearToDatePence: september + october,
      projectionPence: september + october + 5 * october,
      arrsSumPence: null,
      warning: expect.stringContaining('weighted population'),
    });

    const settings = await ok(backend, 'settings.get', {});
    await ok(backend, 'settings.update', { ...settings, weightedPopulation: 1000 }); // × £26.631 = £26,631.00
    expect(await position()).toMatchObject({ arrsSumPence: 2663100, warning: null });
    await ok(backend, 'settings.update', { ...settings, weightedPopulation: 500 }); // £13,315.50 < £18,740.89
    expect(await position()).toMatchObject({
      arrsSumPence: 1331550,
      warning: expect.stringContaining('would exceed'),
    });
  });

  it('refuses a month that is not YYYY-MM, naming the field', async () => {
    const backend = testBackend();
    await claimReady(backend);
    for (const month of ['2025-13', '10/2025', '']) {
      expect(await backend.call('claim.position', { month })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: { fields: { month: 'A month is written YYYY-MM' } } },
      });
    }
  });
});
