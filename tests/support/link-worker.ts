import type { InputOf } from '../../src/shared/api/contract.ts';

/**
 * Florence Ndlovu, a full-time link worker who started on 01/04/2025; change any field. Needs no vitest, so the
 * end-to-end tests and child processes can use it too.
 */
export function linkWorker(change: Partial<InputOf<'worker.create'>> = {}): InputOf<'worker.create'> {
  return {
    name: 'Florence Ndlovu',
    role: 'splw',
    employerId: 1,
    basePracticeId: 1,
    arrsFunded: true,
    startDate: '2025-04-01',
    leavingDate: null,
    hoursPerWeek: 37.5,
    supervisorId: null,
    firstContactId: null,
    ...change,
  };
}
