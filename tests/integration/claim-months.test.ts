import { describe, expect, it } from 'vitest';
import { count, ok, testBackend } from '../support/backend.ts';

// The test backend's today is 24/11/2026.
describe('a claim month outside the scheme', () => {
  it('is a slip in the month, answered at once, for every method that reads or writes a month', async () => {
    const backend = testBackend();
    await ok(backend, 'app.loadExample', {});
    const { id: workerId } = (await ok(backend, 'worker.list', {}))[0] ?? { id: 1 };
    for (const month of ['0000-01', '1900-01', '2019-03', '2027-12', '9999-12']) {
      const calls = [
        backend.call('claim.view', { month }),
        backend.call('claim.readiness', { month }),
        backend.call('claim.position', { month }),
        backend.call('claim.csv', { month }),
        backend.call('claim.pdf', { month }),
        backend.call('claim.start', { month }),
        backend.call('claim.confirmNwrs', { month, workerId }),
        backend.call('claim.confirmNwrsAll', { month, workerIds: [workerId] }),
        backend.call('payroll.save', { workerId, month, salaryPence: 1, niPence: 0, pensionPence: 0 }),
      ];
      for (const answer of await Promise.all(calls))
        expect(answer).toMatchObject({
          ok: false,
          error: { code: 'VALIDATION', details: { fields: { month: expect.any(String) } } },
        });
    }
    expect((await ok(backend, 'claim.view', { month: '2019-04' })).data.month).toBe('2019-04');
    expect((await ok(backend, 'claim.position', { month: '2027-11' })).month).toBe('2027-11');
  });

  it('says why there is no claim', async () => {
    const backend = testBackend();
    expect(await backend.call('claim.view', { month: '1900-01' })).toMatchObject({
      error: { message: 'ARRS claims began in April 2019, so there is no claim for January 1900.' },
    });
    expect(await backend.call('claim.view', { month: '9999-12' })).toMatchObject({
      error: { message: 'December 9999 is too far ahead: a claim month can be opened up to 12 months ahead.' },
    });
  });

  it('leaves nothing written when refused', async () => {
    const backend = testBackend();
    await ok(backend, 'app.loadExample', {});
    const { id: workerId } = (await ok(backend, 'worker.list', {}))[0] ?? { id: 1 };
    await backend.call('payroll.save', { workerId, month: '1900-01', salaryPence: 1, niPence: 0, pensionPence: 0 });
    await backend.call('claim.start', { month: '1900-01' });
    expect(count(backend, 'payroll_actual')).toBe(0);
    expect(count(backend, 'claim')).toBe(0);
  });
});
