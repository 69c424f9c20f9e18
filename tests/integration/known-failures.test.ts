import { describe, expect, it } from 'vitest';
import { findAccount, insertAccount } from '../../src/backend/accounts/queries.ts';
import type { Backend } from '../../src/backend/backend.ts';
import { claimYear } from '../../src/backend/claims/year.ts';
import { count, ok, testBackend } from '../support/backend.ts';
import { MONTH, claimPcn, startClaim } from '../support/claim-month.ts';
import { linkWorker } from '../support/pcn.ts';

/** Calls that once answered INTERNAL for a known failure now answer a typed error, and write nothing. */

/** A link worker in the claim month's PCN with nothing recorded about them yet. */
async function newWorker(backend: Backend): Promise<number> {
  const { gpId } = await claimPcn(backend);
  return (await ok(backend, 'worker.create', linkWorker({ supervisorId: gpId, startDate: '2024-04-01' }))).id;
}

const auditRows = (backend: Backend) => count(backend, 'audit_log');

async function expectRemovalRefused(backend: Backend, id: number, naming: string): Promise<void> {
  const audited = auditRows(backend);
  expect(await backend.call('worker.removeMadeInError', { id, reason: 'Entered twice' })).toEqual({
    ok: false,
    error: {
      code: 'CONFLICT',
      message: `Florence Ndlovu has records that are kept (${naming}): mark them as a leaver instead`,
    },
  });
  expect(count(backend, 'worker')).toBe(1);
  expect(auditRows(backend)).toBe(audited);
}

describe('actual payroll for a worker not in the register', () => {
  it('answers VALIDATION naming workerId, and stores nothing', async () => {
    const backend = testBackend();
    await newWorker(backend);
    const audited = auditRows(backend);
    const answer = await backend.call('payroll.save', {
      workerId: 999_999,
      month: MONTH,
      salaryPence: 250_000,
      niPence: 30_000,
      pensionPence: 36_000,
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { workerId: 'That worker is not in the register' } } },
    });
    expect(count(backend, 'payroll_actual')).toBe(0);
    expect(auditRows(backend)).toBe(audited);
  });
});

describe('removing a worker made in error', () => {
  it('is refused, saying why, when their only record is pay', async () => {
    const backend = testBackend();
    const id = await newWorker(backend);
    await ok(backend, 'pay.save', {
      workerId: id,
      effectiveFrom: '2024-04-01',
      annualSalaryPence: 3_000_000,
      ni: { kind: 'percent', basisPoints: 800 },
      pension: { kind: 'percent', basisPoints: 1445 },
    });
    await expectRemovalRefused(backend, id, 'pay');
  });

  it('is refused, saying why, when their only record is a month’s actual payroll', async () => {
    const backend = testBackend();
    const id = await newWorker(backend);
    await ok(backend, 'payroll.save', { workerId: id, month: MONTH, salaryPence: 1, niPence: 0, pensionPence: 0 });
    await expectRemovalRefused(backend, id, 'payroll');
  });

  it('is refused, saying why, when their only record is an NWRS confirmation', async () => {
    const backend = testBackend();
    const id = await newWorker(backend);
    await ok(backend, 'claim.confirmNwrs', { month: MONTH, workerId: id });
    await expectRemovalRefused(backend, id, 'NWRS confirmations');
  });

  it('is refused, saying why, when they have a sign-in account', async () => {
    const backend = testBackend();
    const id = await newWorker(backend);
    const account = insertAccount(backend.ctx.db, {
      email: 'florence@nhs.net',
      workerId: id,
      colleagueId: null,
      lead: false,
      viewer: false,
      at: '2026-11-24T10:00:00Z',
    });
    await expectRemovalRefused(backend, id, 'a sign-in account');
    expect(findAccount(backend.ctx.db, account)).toBeDefined();
  });

  it('takes a draft claim’s decision on their line with them', async () => {
    const backend = testBackend();
    const id = await newWorker(backend);
    const claimId = await startClaim(backend);
    await ok(backend, 'claim.decideLine', { id: claimId, workerId: id, decision: 'exclude', reason: 'Made in error' });
    await ok(backend, 'worker.removeMadeInError', { id, reason: 'Entered twice' });
    expect(count(backend, 'worker')).toBe(0);
    expect(count(backend, 'claim_line_decision')).toBe(0);
  });

  it('is refused, saying why, when a checked claim holds a decision on their line', async () => {
    const backend = testBackend();
    const id = await newWorker(backend);
    const claimId = await startClaim(backend);
    await ok(backend, 'claim.decideLine', { id: claimId, workerId: id, decision: 'exclude', reason: 'Made in error' });
    await ok(backend, 'claim.check', { id: claimId });
    await expectRemovalRefused(backend, id, 'decisions on a checked or submitted claim');
    expect(count(backend, 'claim_line_decision')).toBe(1);
  });
});

describe('a financial year before ARRS began', () => {
  // Called past the schema, which may refuse such a year first: the service must still name the month well.
  it('is refused naming its April as a month, "April 0000"', async () => {
    const backend = testBackend();
    await newWorker(backend);
    expect(() => claimYear(backend.ctx, '0000/01')).toThrow(
      'ARRS claims began in April 2019, so there is no claim for April 0000.',
    );
  });
});
