import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { ok, testBackend } from '../support/backend.ts';
import { MONTH, threeLines } from '../support/claim-month.ts';
import { pdfText } from '../support/pdf-text.ts';
import { levelThreeCourse as course } from '../support/training-time.ts';

// "Now" is 24/11/2026 (the test backend's); the claim month is October 2025.
const lineOf = async (backend: Backend, workerId: number) => {
  const line = (await ok(backend, 'claim.view', { month: MONTH })).data.lines.find((l) => l.workerId === workerId);
  if (!line) throw new Error(`no line for worker ${workerId}`);
  return line;
};

describe('reimbursable training time on the claim line', () => {
  it('shows the month’s marked hours and their cost at the line’s own pay, apart from what is claimed', async () => {
    const backend = testBackend();
    const w = await threeLines(backend);
    const before = await lineOf(backend, w.ready);

    await ok(backend, 'training.record', course(w.ready));
    await ok(backend, 'training.record', course(w.ready, { completedOn: '2025-10-16', reimbursable: false }));
    await ok(backend, 'training.record', course(w.ready, { completedOn: '2025-09-30', trainingHours: 2 }));
    const mistaken = await ok(backend, 'training.record', course(w.ready, { completedOn: '2025-10-20' }));
    await ok(backend, 'training.withdraw', { recordId: mistaken.id, reason: 'Entered twice by mistake' });

    const after = await lineOf(backend, w.ready);
    // Florence: 30 hours a week (130 a month) costing £3,061.25: £3,061.25 ÷ 130 × 7.5 = £176.6105… → £176.61.
    expect(after.trainingTime).toEqual({ hours: 7.5, costPence: 17661 });
    expect(after.claimablePence).toBe(before.claimablePence);
    expect((await lineOf(backend, w.untrained)).trainingTime).toEqual({ hours: 0, costPence: 0 });
  });

  it('counts training under way nothing until it is completed, then once, in the month of completion', async () => {
    const backend = testBackend();
    const w = await threeLines(backend);
    const underWay = await ok(
      backend,
      'training.record',
      course(w.ready, { status: 'in_progress', startDate: '2025-10-06', completedOn: null }),
    );
    expect((await lineOf(backend, w.ready)).trainingTime).toEqual({ hours: 0, costPence: 0 });

    await ok(backend, 'training.correct', {
      recordId: underWay.id,
      status: 'completed',
      startDate: '2025-10-06',
      completedOn: '2025-11-10',
      provider: underWay.provider,
      trainingHours: 7.5,
      reimbursable: true,
      reason: 'Finished the module',
    });
    const hoursIn = async (month: string) =>
      (await ok(backend, 'claim.view', { month })).data.lines.find((l) => l.workerId === w.ready)?.trainingTime?.hours;
    expect(await hoursIn(MONTH)).toBe(0);
    expect(await hoursIn('2025-11')).toBe(7.5);
  });

  it('prints the figure in the claim pack for the clinical director', async () => {
    const backend = testBackend();
    const w = await threeLines(backend);
    await ok(backend, 'training.record', course(w.ready));
    const pdf = await pdfText(Buffer.from((await ok(backend, 'claim.pdf', { month: MONTH })).dataBase64, 'base64'));
    expect(pdf).toContain('Level 3 training');
    expect(pdf).toContain('7.5 hours');
    expect(pdf).toContain('£176.61');
    expect(pdf).toContain('None');
    expect(pdf).toContain('part of the staff cost already claimed, so it is shown apart and not added');
  });
});
