import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { correctionInWords, recordInWords } from '../../src/shared/rules/record-history.ts';
import { ok, testBackend } from '../support/backend.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';
import { refused } from '../support/refused.ts';
import { levelThreeCourse as course } from '../support/training-time.ts';

// "Now" is 24/11/2026 (the test backend's).
describe('training time on a record', () => {
  it('keeps the hours and the level 3 mark, and says so in the record’s details', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const record = await ok(backend, 'training.record', course(workerId));
    expect(record).toMatchObject({ trainingHours: 7.5, reimbursable: true });
    expect(recordInWords(record)).toBe(
      'Completed 15/10/2025 · Level 3 apprenticeship provider · 7.5 hours, towards a level 3 standard (reimbursable)',
    );
    const unmarked = await ok(
      backend,
      'training.record',
      course(workerId, { trainingHours: 3.25, reimbursable: false }),
    );
    expect(recordInWords(unmarked)).toContain('· 3.25 hours');

    const { entries } = await ok(backend, 'audit.list', { action: 'training.record', limit: 2, offset: 0 });
    expect(entries.at(-1)?.changes).toEqual(
      expect.arrayContaining([
        { field: 'hours spent', before: null, after: '7.5' },
        { field: 'towards a level 3 standard (reimbursable)', before: null, after: 'yes' },
      ]),
    );
  });

  it('a correction may add the hours and the mark, and the history names the change', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const first = await ok(backend, 'training.record', course(workerId, { trainingHours: null, reimbursable: false }));
    const corrected = await ok(backend, 'training.correct', {
      recordId: first.id,
      status: 'completed',
      completedOn: '2025-10-15',
      provider: first.provider,
      trainingHours: 7.5,
      reimbursable: true,
      reason: 'The hours were left out',
    });
    expect(corrected).toMatchObject({ trainingHours: 7.5, reimbursable: true });
    expect(correctionInWords(corrected.corrections[0] ?? expect.fail('no correction'))).toContain(
      'time spent 7.5 hours added; marked towards a level 3 standard (reimbursable)',
    );
  });

  it('refuses the mark without hours, implausible hours, and hours on a booking, writing nothing', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const refuse = (change: Partial<InputOf<'training.record'>>) =>
      refused(backend, 'training.record', course(workerId, change), 'trainingHours', 'training_record');

    expect(await refuse({ trainingHours: null })).toBe('Enter the hours spent: only time can be reimbursed');
    expect(await refuse({ trainingHours: 0 })).toBe('Enter the hours the training took, more than 0');
    expect(await refuse({ trainingHours: -2 })).toBe('Enter the hours the training took, more than 0');
    expect(await refuse({ trainingHours: 2.1 })).toBe('Give the hours to the nearest quarter hour, such as 3.25');
    expect(await refuse({ trainingHours: 5000 })).toBe('A record holds at most 2,000 hours');
    expect(await refuse({ trainingHours: 'seven' as never })).toBe('Enter the hours as a number, such as 7.5');
    expect(await refuse({ startDate: '2025-10-14', trainingHours: 50 })).toBe(
      '50 hours is more than the 2 days from start to completion hold',
    );
    expect(await refuse({ status: 'booked', completedOn: null, startDate: '2026-12-01', reimbursable: false })).toBe(
      'Record the hours once the training has begun, not while it is booked',
    );
  });
});
