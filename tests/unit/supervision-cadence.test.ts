import { describe, expect, it } from 'vitest';
import type { RecordFacts, RuleFacts, WorkerFacts } from '../../src/shared/rules/compliance.ts';
import { requirementStatus } from '../../src/shared/rules/compliance.ts';

const monthly: RuleFacts = {
  roles: ['splw'],
  due: { type: 'after_start', months: 1 },
  renewalMonths: 1,
  check: 'supervision',
  appliesFrom: '2000-01-01',
};
const settings = { expiringSoonDays: 7 };
const worker: WorkerFacts = {
  role: 'splw',
  startDate: '2025-04-15',
  leavingDate: null,
  supervisorId: 1,
  firstContactId: null,
};
const sessions = (...dates: string[]): RecordFacts[] =>
  dates.map((d) => ({ status: 'completed', completedOn: d, expiresOn: null }));
const cadence = (today: string, dates: string[], w: WorkerFacts = worker) =>
  requirementStatus(monthly, w, sessions(...dates), null, today, settings);

describe('supervision cadence', () => {
  it('expects the first session within a month of a mid-month start', () => {
    expect(cadence('2025-05-01', [])).toMatchObject({ status: 'not_yet_due', date: '2025-05-15' });
    expect(cadence('2025-05-10', [])).toMatchObject({ status: 'due', date: '2025-05-15' });
    expect(cadence('2025-05-16', [])).toMatchObject({
      status: 'overdue',
      reason: 'Nothing recorded yet; was due by 15/05/2025',
    });
  });

  it('moves the next due date a month on from each session', () => {
    expect(cadence('2025-06-01', ['2025-05-12'])).toMatchObject({
      status: 'complete',
      date: '2025-06-12',
      reason: 'Last session 12/05/2025; next due by 12/06/2025',
    });
    expect(cadence('2025-06-06', ['2025-05-12'])).toMatchObject({ status: 'expiring_soon', date: '2025-06-12' });
    expect(cadence('2025-07-01', ['2025-05-12', '2025-06-10'])).toMatchObject({
      status: 'complete',
      date: '2025-07-10',
    });
  });

  it('flags a gap as overdue until the next session', () => {
    expect(cadence('2025-08-20', ['2025-05-12', '2025-06-10'])).toMatchObject({
      status: 'overdue',
      reason: 'Last session 10/06/2025; the next was due by 10/07/2025',
    });
    expect(cadence('2025-08-20', ['2025-05-12', '2025-06-10', '2025-08-19']).status).toBe('complete');
  });

  it('stops counting for a leaver at their last day', () => {
    const leaver = { ...worker, leavingDate: '2025-06-30' };
    expect(cadence('2026-01-01', ['2025-06-10'], leaver)).toMatchObject({ status: 'complete', date: '2025-07-10' });
    expect(cadence('2026-01-01', [], { ...worker, leavingDate: '2025-05-31' }).status).toBe('overdue');
  });
});
