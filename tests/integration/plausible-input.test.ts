import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { ok, testBackend } from '../support/backend.ts';
import { claimPcn, claimWorker, MONTH } from '../support/claim-month.ts';
import { linkWorker, supervisedLinkWorker } from '../support/pcn.ts';
import { refused } from '../support/refused.ts';
import { newSupervisionSession } from '../support/supervision-session.ts';

// The test backend's today is 24/11/2026.
const FAR_YEARS = ['0000-01-01', '9999-12-31'];

const pay = (workerId: number, change: Partial<InputOf<'pay.save'>> = {}) => ({
  workerId,
  effectiveFrom: '2026-04-01',
  annualSalaryPence: 3_000_000,
  ni: { kind: 'percent' as const, basisPoints: 800 },
  pension: { kind: 'percent' as const, basisPoints: 1445 },
  ...change,
});

const rate = (change: Record<string, unknown> = {}) => ({
  role: 'splw' as const,
  area: 'national' as const,
  effectiveFrom: '2027-04-01',
  effectiveTo: null,
  annualMaxPence: 4_100_000,
  source: 'test',
  mark: 'P' as const,
  ...change,
});

describe('dates of years 0000 and 9999', () => {
  it('are refused in start, leaving, session, pay and rate dates, naming the field, and write nothing', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await supervisedLinkWorker(backend);
    for (const date of FAR_YEARS) {
      await refused(backend, 'worker.create', linkWorker({ startDate: date }), 'startDate', 'worker');
      await refused(backend, 'worker.create', linkWorker({ leavingDate: date }), 'leavingDate', 'worker');
      await refused(backend, 'worker.markLeaver', { id: workerId, leavingDate: date }, 'leavingDate', 'worker');
      await refused(
        backend,
        'supervision.save',
        newSupervisionSession(workerId, gpId, { date }),
        'date',
        'supervision_session',
      );
      await refused(backend, 'pay.save', pay(workerId, { effectiveFrom: date }), 'effectiveFrom', 'worker_pay');
      await refused(backend, 'rate.save', rate({ effectiveFrom: date }), 'effectiveFrom', 'arrs_rate');
    }
    expect(
      await refused(backend, 'worker.create', linkWorker({ startDate: '9999-12-31' }), 'startDate', 'worker'),
    ).toBe('Check the year of the start date: use a year from 1900 to 2199');
    expect((await ok(backend, 'worker.get', { id: workerId })).leavingDate).toBeNull();
  });

  it('are refused within those years too when far from today, with the window in the message', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    expect(
      await refused(backend, 'worker.create', linkWorker({ startDate: '2150-01-01' }), 'startDate', 'worker'),
    ).toBe('The start date cannot be after 24/11/2036: check the year');
    expect(
      await refused(backend, 'worker.create', linkWorker({ startDate: '1920-01-01' }), 'startDate', 'worker'),
    ).toBe('The start date cannot be before 24/11/1966: check the year');
    expect(
      await refused(backend, 'pay.save', pay(workerId, { effectiveFrom: '2040-04-01' }), 'effectiveFrom', 'worker_pay'),
    ).toBe('The date the pay takes effect cannot be after 24/11/2036: check the year');
    expect(
      await refused(backend, 'rate.save', rate({ effectiveFrom: '2018-04-01' }), 'effectiveFrom', 'arrs_rate'),
    ).toBe('The date it takes effect cannot be before 01/04/2019, when ARRS began');
  });

  it('leave a plausible date alone', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    await ok(backend, 'worker.markLeaver', { id: workerId, leavingDate: '2036-11-24' });
    await ok(backend, 'pay.save', pay(workerId));
    await ok(backend, 'rate.save', rate());
  });
});

describe('a claim month outside the scheme', () => {
  it('is refused as a slip in the month field when something would be written for it', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    expect(await refused(backend, 'claim.start', { month: '0000-01' }, 'month', 'claim')).toBe(
      'ARRS claims began in April 2019, so there is no claim for January 0000.',
    );
    const payroll = { workerId, month: '0000-01', salaryPence: 1, niPence: 0, pensionPence: 0 };
    await refused(backend, 'payroll.save', payroll, 'month', 'payroll_actual');
    await refused(backend, 'claim.confirmNwrs', { month: '9999-12', workerId }, 'month', 'nwrs_confirmation');
  });
});

describe('supervision', () => {
  it('is not recorded in the future', async () => {
    const backend = testBackend();
    const { workerId, gpId } = await supervisedLinkWorker(backend);
    const answer = newSupervisionSession(workerId, gpId, { date: '2030-01-15' });
    expect(await refused(backend, 'supervision.save', answer, 'date', 'supervision_session')).toBe(
      'The session date cannot be in the future',
    );
  });
});

describe('a claim', () => {
  async function checkedClaim(backend: Backend): Promise<number> {
    const { gpId } = await claimPcn(backend);
    await claimWorker(backend, { gpId });
    const started = await ok(backend, 'claim.start', { month: MONTH });
    const id = started.claim?.id ?? 0;
    await ok(backend, 'claim.check', { id });
    return id;
  }

  it('is not submitted on a day before it was checked', async () => {
    const backend = testBackend();
    const id = await checkedClaim(backend);
    const input = { id, submittedOn: '2026-11-01', portalReference: 'CQRS-1' };
    expect(await refused(backend, 'claim.submit', input, 'submittedOn', 'claim')).toBe(
      'The submission date cannot be before the claim was checked, on 24/11/2026',
    );
    expect((await ok(backend, 'claim.view', { month: MONTH })).claim?.status).toBe('checked');
  });

  it('is not paid before it was submitted, nor in the future', async () => {
    const backend = testBackend();
    const id = await checkedClaim(backend);
    await ok(backend, 'claim.submit', { id, submittedOn: '2026-11-24', portalReference: 'CQRS-1' });
    expect(await refused(backend, 'claim.paid', { id, paidOn: '2026-11-20' }, 'paidOn', 'claim')).toBe(
      'The payment date cannot be before the claim was submitted, on 24/11/2026',
    );
    expect(await refused(backend, 'claim.paid', { id, paidOn: '2026-12-01' }, 'paidOn', 'claim')).toBe(
      'The payment date cannot be in the future',
    );
    expect((await ok(backend, 'claim.view', { month: MONTH })).claim?.status).toBe('submitted');
    await ok(backend, 'claim.paid', { id, paidOn: '2026-11-24' });
  });
});

describe('financial years', () => {
  it('are written as one year and the next: 2026/99 is refused', async () => {
    const backend = testBackend();
    const sum = { financialYear: '2026/99', tenthPence: 30000, source: 'test', mark: 'P' };
    await refused(backend, 'arrsSum.save', sum, 'financialYear', 'arrs_sum_rate');
    await refused(backend, 'rate.save', rate({ financialYear: '2026/99' }), 'financialYear', 'arrs_rate');
    await refused(backend, 'claim.year', { financialYear: '2026/99' }, 'financialYear', 'claim');
  });

  it('are within ARRS and not too far ahead', async () => {
    const backend = testBackend();
    const sum = (financialYear: string) => ({ financialYear, tenthPence: 30000, source: 'test', mark: 'P' as const });
    expect(await refused(backend, 'arrsSum.save', sum('9999/00'), 'financialYear', 'arrs_sum_rate')).toBe(
      '9999/00 is too far ahead: use a year up to 2036/37',
    );
    expect(await refused(backend, 'arrsSum.save', sum('2000/01'), 'financialYear', 'arrs_sum_rate')).toBe(
      'ARRS began in 2019/20, so there is nothing for 2000/01',
    );
    await ok(backend, 'arrsSum.save', sum('2036/37'));
  });

  it('hold the date a rate takes effect: a 2026/27 rate cannot take effect in 2020', async () => {
    const backend = testBackend();
    const input = rate({ effectiveFrom: '2020-06-01', financialYear: '2026/27' });
    expect(await refused(backend, 'rate.save', input, 'financialYear', 'arrs_rate')).toBe(
      'The financial year must be the one the start date falls in',
    );
  });
});

describe('training records', () => {
  it('have no completion date while booked, and expire after they were completed', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const record = { workerId, requirementId: 'fire-safety', status: 'booked', completedOn: '2026-11-01' };
    expect(await refused(backend, 'training.record', record, 'completedOn', 'training_record')).toBe(
      'Only a completed record has a completion date: leave it empty, or choose completed',
    );
    const expired = { ...record, status: 'completed', expiresOn: '2026-10-01' };
    await refused(backend, 'training.record', expired, 'expiresOn', 'training_record');
    const future = { ...record, status: 'completed', completedOn: '2026-12-01' };
    await refused(backend, 'training.record', future, 'completedOn', 'training_record');
  });
});

describe('money', () => {
  it('is refused above a plausible ceiling, so nothing can print Infinity or NaN', async () => {
    const backend = testBackend();
    const { gpId } = await claimPcn(backend);
    const workerId = await claimWorker(backend, { gpId, paid: false });
    const huge = { kind: 'amount' as const, monthlyPence: 1e308 };
    await refused(backend, 'pay.save', pay(workerId, { pension: huge }), 'pension.monthlyPence', 'worker_pay');
    await refused(
      backend,
      'pay.save',
      pay(workerId, { annualSalaryPence: 100_000_001 }),
      'annualSalaryPence',
      'worker_pay',
    );
    const payroll = { workerId, month: MONTH, salaryPence: 250_000, niPence: 0, pensionPence: 1e308 };
    await refused(backend, 'payroll.save', payroll, 'pensionPence', 'payroll_actual');

    // The most that is allowed still adds up to a figure.
    const most = { kind: 'amount', monthlyPence: 8_333_334 } as const;
    await ok(
      backend,
      'pay.save',
      pay(workerId, { effectiveFrom: '2024-04-01', annualSalaryPence: 100_000_000, ni: most, pension: most }),
    );
    const { text } = await ok(backend, 'claim.csv', { month: MONTH });
    expect(text).not.toMatch(/Infinity|NaN/);
  });
});
