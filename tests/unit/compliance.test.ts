import { describe, expect, it } from 'vitest';
import type { RecordFacts, RuleFacts, WorkerFacts } from '../../src/shared/rules/compliance.ts';
import { dueDate, requirementStatus, worstStatus } from '../../src/shared/rules/compliance.ts';
import { addMonths } from '../../src/shared/rules/dates.ts';

const settings = { expiringSoonDays: 90 };
const worker: WorkerFacts = {
  role: 'splw',
  startDate: '2025-04-01',
  leavingDate: null,
  supervisorId: null,
  firstContactId: null,
};
const within6Months: RuleFacts = {
  roles: ['splw'],
  due: { type: 'after_start', months: 6 },
  renewalMonths: null,
  check: 'record',
  appliesFrom: '2020-01-01',
};
const every3Years: RuleFacts = { ...within6Months, roles: ['splw', 'care_coordinator', 'hwbc'], renewalMonths: 36 };
const completed = (on: string, expiresOn: string | null = null): RecordFacts => ({
  status: 'completed',
  completedOn: on,
  expiresOn,
});
const status = (
  rule: RuleFacts,
  today: string,
  records: RecordFacts[] = [],
  w: WorkerFacts = worker,
  exemption: string | null = null,
) => requirementStatus(rule, w, records, exemption, today, settings);

describe('due dates', () => {
  it('count months from the start, or from when the requirement was added if later', () => {
    expect(dueDate({ type: 'after_start', months: 6 }, '2025-04-01', '2020-01-01')).toBe('2025-10-01');
    expect(dueDate({ type: 'after_start', months: 6 }, '2025-04-01', '2025-09-15')).toBe('2026-03-15');
    expect(dueDate({ type: 'after_start', days: 30 }, '2025-04-01', '2020-01-01')).toBe('2025-05-01');
    expect(dueDate({ type: 'before_first_claim' }, '2025-04-10', '2020-01-01')).toBe('2025-04-30');
    expect(dueDate({ type: 'fixed_date', date: '2025-12-31' }, '2025-04-10', '2020-01-01')).toBe('2025-12-31');
    expect(dueDate({ type: 'fixed_date', date: '2025-01-31' }, '2025-04-10', '2020-01-01')).toBe('2025-04-10');
  });

  it('keep to the last day of a short month, and 29 February', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-29', 6)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(dueDate({ type: 'after_start', months: 6 }, '2023-08-31', '2020-01-01')).toBe('2024-02-29');
  });
});

describe('requirement status', () => {
  it('is not required for another role, or with an exemption, and says why', () => {
    expect(status(within6Months, '2025-05-01', [], { ...worker, role: 'hwbc' })).toEqual({
      status: 'not_required',
      date: null,
      reason: 'Not required for health and wellbeing coaches',
    });
    expect(status(within6Months, '2026-05-01', [], worker, 'Qualified elsewhere in 2024')).toMatchObject({
      status: 'exempt',
      reason: 'Exempt: Qualified elsewhere in 2024',
    });
  });

  it('is not yet due while far from due, due soon inside the window, and overdue the day after the due date', () => {
    expect(status(within6Months, '2025-04-01')).toMatchObject({ status: 'not_yet_due', date: '2025-10-01' });
    expect(status(within6Months, '2025-07-02').status).toBe('not_yet_due');
    expect(status(within6Months, '2025-07-03')).toMatchObject({ status: 'due', date: '2025-10-01' });
    expect(status(within6Months, '2025-10-01').status).toBe('due');
    expect(status(within6Months, '2025-10-02')).toMatchObject({
      status: 'overdue',
      reason: 'Nothing recorded yet; was due by 01/10/2025',
    });
  });

  it('counts a booking by its due date like anything else outstanding, and says it is in progress', () => {
    const booked: RecordFacts = { status: 'booked', completedOn: null, expiresOn: null };
    expect(status(within6Months, '2025-04-10', [booked])).toMatchObject({
      status: 'not_yet_due',
      reason: 'In progress; due by 01/10/2025',
    });
    expect(status(within6Months, '2025-07-03', [booked])).toMatchObject({
      status: 'due',
      reason: 'In progress; due by 01/10/2025',
    });
    expect(status(within6Months, '2025-10-02', [booked]).status).toBe('overdue');
  });

  it('is exempt, not merely not required, when waived for the person', () => {
    expect(status(within6Months, '2026-05-01', [], worker, 'Qualified elsewhere').status).toBe('exempt');
  });

  it('is complete once completed, for good when it never renews', () => {
    expect(status(within6Months, '2030-01-01', [completed('2025-06-01')])).toEqual({
      status: 'complete',
      date: '2025-06-01',
      reason: 'Completed on 01/06/2025',
    });
  });

  it('turns amber inside the expiring-soon window and expired (red) on the expiry date', () => {
    const records = [completed('2023-01-10')]; // expires 10/01/2026
    expect(status(every3Years, '2025-10-11').status).toBe('overdue');
    expect(status(every3Years, '2025-10-11', records)).toMatchObject({ status: 'complete', date: '2026-01-10' });
    expect(status(every3Years, '2025-10-12', records)).toMatchObject({ status: 'expiring_soon', date: '2026-01-10' });
    expect(status(every3Years, '2026-01-09', records).status).toBe('expiring_soon');
    expect(status(every3Years, '2026-01-10', records)).toMatchObject({
      status: 'expired',
      reason: expect.stringContaining('Expired on 10/01/2026'),
    });
  });

  it('honours the window setting and an expiry date given on the certificate', () => {
    const records = [completed('2023-01-10', '2025-12-01')];
    expect(requirementStatus(every3Years, worker, records, null, '2025-11-20', { expiringSoonDays: 5 }).status).toBe(
      'complete',
    );
    expect(requirementStatus(every3Years, worker, records, null, '2025-11-26', { expiringSoonDays: 5 }).status).toBe(
      'expiring_soon',
    );
  });

  it('takes the latest completion after a renewal, whatever order the records come in', () => {
    const records = [completed('2025-12-01'), completed('2022-12-01')];
    expect(status(every3Years, '2026-06-01', records)).toMatchObject({ status: 'complete', date: '2028-12-01' });
    expect(status(every3Years, '2026-06-01', [...records].reverse())).toMatchObject({ date: '2028-12-01' });
  });

  it('expires a completion on 29 February on 28 February when the renewal year is not a leap year', () => {
    const yearly: RuleFacts = { ...every3Years, renewalMonths: 12 };
    const records = [completed('2024-02-29')];
    expect(status(yearly, '2025-02-27', records).status).toBe('expiring_soon');
    expect(status(yearly, '2025-02-28', records)).toMatchObject({ status: 'expired', date: '2025-02-28' });
  });

  it('judges a leaver as at their last day', () => {
    const leaver = { ...worker, leavingDate: '2025-09-30' };
    expect(status(within6Months, '2026-06-01', [], leaver).status).toBe('due');
    const early = { ...worker, leavingDate: '2025-10-15' };
    expect(status(within6Months, '2026-06-01', [], early).status).toBe('overdue');
    expect(status(within6Months, '2026-06-01', [completed('2025-12-01')], early).status).toBe('overdue');
  });

  it('counts an enrolment or training under way as meeting a requirement met by enrolment, from its start', () => {
    const byEnrolment: RuleFacts = { ...within6Months, metBy: 'enrolment' };
    const enrolled: RecordFacts = { status: 'enrolled', startDate: '2025-05-12', completedOn: null, expiresOn: null };
    const underWay: RecordFacts = { ...enrolled, status: 'in_progress' };
    expect(status(byEnrolment, '2025-11-20', [enrolled])).toEqual({
      status: 'complete',
      date: '2025-05-12',
      reason: 'Enrolled since 12/05/2025',
    });
    expect(status(byEnrolment, '2025-11-20', [underWay]).status).toBe('complete');
    expect(status(byEnrolment, '2025-11-20', [{ ...enrolled, startDate: null }])).toMatchObject({
      status: 'complete',
      reason: 'Enrolled; no start date recorded',
    });
    expect(status(byEnrolment, '2025-11-20', [enrolled, completed('2025-11-01')]).reason).toBe(
      'Completed on 01/11/2025',
    );
  });

  it('does not count a booking, an enrolment from a later day, or any enrolment where completion is required', () => {
    const byEnrolment: RuleFacts = { ...within6Months, metBy: 'enrolment' };
    const enrolled: RecordFacts = { status: 'enrolled', startDate: '2025-05-12', completedOn: null, expiresOn: null };
    const booked: RecordFacts = { ...enrolled, status: 'booked' };
    expect(status(byEnrolment, '2025-11-20', [booked]).status).toBe('overdue');
    expect(status(byEnrolment, '2025-05-11', [enrolled])).toMatchObject({ status: 'not_yet_due' });
    const leftBeforeEnrolling = { ...worker, leavingDate: '2025-05-01' };
    expect(status(byEnrolment, '2025-11-20', [enrolled], leftBeforeEnrolling).status).toBe('not_yet_due');
    expect(status(within6Months, '2025-11-20', [enrolled])).toMatchObject({
      status: 'overdue',
      reason: 'In progress; was due by 01/10/2025',
    });
    const sessions: RuleFacts = { ...byEnrolment, check: 'supervision', renewalMonths: 3 };
    expect(status(sessions, '2025-11-20', [{ ...enrolled, status: 'in_progress' }]).status).toBe('overdue');
  });

  it('counts a requirement added after the start from the day it was added', () => {
    const addedLater = { ...within6Months, appliesFrom: '2026-01-01' };
    expect(status(addedLater, '2026-03-01')).toMatchObject({ status: 'not_yet_due', date: '2026-07-01' });
  });

  it('checks the register for a named supervisor', () => {
    const named: RuleFacts = { ...within6Months, due: { type: 'before_first_claim' }, check: 'named_supervisor' };
    expect(status(named, '2025-05-01')).toMatchObject({
      status: 'overdue',
      reason: 'A named supervisor is not in the register yet; was due by 30/04/2025',
    });
    expect(status(named, '2025-05-01', [], { ...worker, supervisorId: 3 }).status).toBe('complete');
  });

  it('ranks a group by its worst status', () => {
    expect(worstStatus(['complete', 'expiring_soon', 'not_required'])).toBe('expiring_soon');
    expect(worstStatus(['complete', 'overdue', 'due'])).toBe('overdue');
    expect(worstStatus(['not_yet_due', 'complete', 'exempt'])).toBe('not_yet_due');
    expect(worstStatus(['not_yet_due', 'due'])).toBe('due');
    expect(worstStatus([])).toBe('not_required');
  });
});
