import { describe, expect, it } from 'vitest';
import type { RuleFacts, WorkerFacts } from '../../src/shared/rules/compliance.ts';
import { requirementStatus } from '../../src/shared/rules/compliance.ts';
import type { CpdFacts } from '../../src/shared/rules/cpd.ts';
import { cpdFacts, hoursBetween, occurrenceIn, occurrencesBetween } from '../../src/shared/rules/cpd.ts';
import type { CpdCheckRule } from '../../src/shared/schemas/requirements.ts';

const settings = { expiringSoonDays: 30 };
const linkWorker: WorkerFacts = {
  role: 'splw',
  startDate: '2026-01-05',
  leavingDate: null,
  supervisorId: null,
  firstContactId: null,
};
const peerSupport: RuleFacts = {
  roles: ['splw'],
  due: { type: 'after_start', months: 3 },
  renewalMonths: null,
  check: 'cpd',
  appliesFrom: '2020-01-01',
};
const everyThreeMonths: CpdCheckRule = { kinds: ['peer-network', 'webinar'], atLeastEveryMonths: 3 };

const entry = (date: string, kind = 'webinar', hours = 1.5): CpdFacts => ({ date, kind, hours });

/** The status of the peer-support requirement on `today`, from these entries under `rule`. */
const statusOn = (today: string, entries: CpdFacts[], rule: CpdCheckRule = everyThreeMonths, worker = linkWorker) =>
  requirementStatus(peerSupport, worker, cpdFacts(entries, rule, null, today), null, today, settings);

describe('a CPD requirement: a peer network or webinar at least every 3 months', () => {
  it('is not yet due, then due, then overdue for someone who has logged nothing since they started', () => {
    expect(statusOn('2026-02-01', [])).toMatchObject({ status: 'not_yet_due', date: '2026-04-05' });
    expect(statusOn('2026-03-20', [])).toMatchObject({
      status: 'due',
      reason: 'Not started; due by 05/04/2026',
    });
    expect(statusOn('2026-04-06', [])).toMatchObject({
      status: 'overdue',
      reason: 'Nothing recorded yet; was due by 05/04/2026',
    });
  });

  it('is complete for 3 months after a webinar, due soon near the end, and overdue once the window passes', () => {
    const log = [entry('2026-03-11')];
    expect(statusOn('2026-03-11', log)).toMatchObject({
      status: 'complete',
      date: '2026-06-11',
      reason: 'Last logged 11/03/2026; next due by 11/06/2026',
    });
    expect(statusOn('2026-05-20', log)).toMatchObject({ status: 'expiring_soon', date: '2026-06-11' });
    expect(statusOn('2026-06-10', log).status).toBe('expiring_soon');
    expect(statusOn('2026-06-11', log)).toMatchObject({
      status: 'overdue',
      reason: 'Last logged 11/03/2026; the next was due by 11/06/2026',
    });
  });

  it('counts the latest entry of a kind that counts, and none of another kind or dated after today', () => {
    const log = [entry('2026-03-11'), entry('2026-05-13', 'peer-network'), entry('2026-06-01', 'reading')];
    expect(statusOn('2026-06-20', log)).toMatchObject({ status: 'complete', date: '2026-08-13' });
    expect(statusOn('2026-06-20', [entry('2026-06-01', 'reading')]).status).toBe('overdue');
    expect(statusOn('2026-03-10', [entry('2026-03-11')]).status).toBe('due');
  });

  it('counts every kind when the rule names none, and falls back to the renewal months', () => {
    const anyKind = cpdFacts([entry('2026-03-01', 'reading')], { atLeastEveryMonths: 1 }, null, '2026-03-15');
    expect(anyKind).toEqual([{ status: 'completed', completedOn: '2026-03-01', expiresOn: '2026-04-01' }]);
    expect(cpdFacts([entry('2026-03-01')], null, 6, '2026-03-15')[0]?.expiresOn).toBe('2026-09-01');
    expect(cpdFacts([entry('2026-03-01')], null, null, '2026-03-15')[0]?.expiresOn).toBeNull();
  });

  it("shows due soon within the requirement's own window when it sets one", () => {
    const fortnight = { ...everyThreeMonths, dueSoonDays: 14 };
    const rule = { ...peerSupport, cpd: fortnight };
    const on = (today: string) =>
      requirementStatus(
        rule,
        linkWorker,
        cpdFacts([entry('2026-03-11')], fortnight, null, today),
        null,
        today,
        settings,
      );
    expect(on('2026-03-11').status).toBe('complete');
    expect(on('2026-05-27').status).toBe('complete');
    expect(on('2026-05-28').status).toBe('expiring_soon');
  });

  it('keeps the usual due-soon window for a check that is not met from the CPD log, whatever rule it carries', () => {
    const recordCheck = { ...peerSupport, check: 'record' as const, cpd: { dueSoonDays: 14 } };
    const attended = [{ status: 'completed' as const, completedOn: '2026-03-11', expiresOn: '2026-06-11' }];
    expect(requirementStatus(recordCheck, linkWorker, attended, null, '2026-05-20', settings).status).toBe(
      'expiring_soon',
    );
  });

  it('counts a completed training record for it, made while a record met it, as an entry dated its completion', () => {
    const attended = { status: 'completed' as const, completedOn: '2026-03-11', expiresOn: '2027-03-11' };
    const booked = { status: 'booked' as const, completedOn: null, expiresOn: null };
    const facts = (today: string) => cpdFacts([], everyThreeMonths, null, today, [attended, booked]);
    expect(facts('2026-04-01')).toEqual([{ status: 'completed', completedOn: '2026-03-11', expiresOn: '2026-06-11' }]);
    expect(requirementStatus(peerSupport, linkWorker, facts('2026-06-11'), null, '2026-06-11', settings).status).toBe(
      'overdue',
    );
    expect(cpdFacts([], everyThreeMonths, null, '2026-03-10', [attended])).toEqual([]);
    expect(cpdFacts([], { hoursPerYear: 12 }, null, '2026-04-01', [attended])).toEqual([]);
  });

  it('judges a leaver as at their last day', () => {
    const leaver = { ...linkWorker, leavingDate: '2026-05-31' };
    expect(statusOn('2026-11-30', [entry('2026-04-08')], everyThreeMonths, leaver)).toMatchObject({
      status: 'complete',
      date: '2026-07-08',
    });
  });
});

describe('a CPD requirement of hours a year', () => {
  const twelveHours: CpdCheckRule = { hoursPerYear: 12 };

  it('is in progress until the last 12 months add up, then complete until the hours it needs fall out', () => {
    const log = [entry('2025-12-01', 'course', 7), entry('2026-02-10', 'reading', 3), entry('2026-05-04', 'course', 4)];
    expect(statusOn('2026-03-01', log.slice(0, 2), twelveHours)).toMatchObject({
      status: 'not_yet_due',
      reason: 'Some logged, not yet enough; due by 05/04/2026',
    });
    expect(statusOn('2026-04-10', log.slice(0, 2), twelveHours).reason).toBe(
      'Some logged, not yet enough; was due by 05/04/2026',
    );
    // 4 + 3 + 7 = 14 hours: the 7 of 01/12/2025 are needed, so it holds until 01/12/2026.
    expect(statusOn('2026-06-01', log, twelveHours)).toMatchObject({ status: 'complete', date: '2026-12-01' });
    expect(statusOn('2026-12-01', log, twelveHours).status).toBe('overdue');
  });

  it('looks back exactly 12 months: an entry a year and a day old no longer counts', () => {
    const log = [entry('2025-06-01', 'course', 12)];
    expect(cpdFacts(log, twelveHours, null, '2026-05-31')).toEqual([
      { status: 'completed', completedOn: '2025-06-01', expiresOn: '2026-06-01' },
    ]);
    expect(cpdFacts(log, twelveHours, null, '2026-06-01')).toEqual([]);
  });
});

describe('recurring events', () => {
  const secondWednesday = { type: 'nth_weekday_of_month', nth: 2, weekday: 3 } as const;

  it('finds the second Wednesday of each month', () => {
    expect(occurrenceIn('2026-11', secondWednesday)).toBe('2026-11-11');
    expect(occurrenceIn('2026-07', secondWednesday)).toBe('2026-07-08');
    expect(occurrenceIn('2027-09', secondWednesday)).toBe('2027-09-08');
    expect(occurrencesBetween(secondWednesday, '2026-10-15', '2027-01-13')).toEqual([
      '2026-11-11',
      '2026-12-09',
      '2027-01-13',
    ]);
  });

  it('counts the hours between two times of day', () => {
    expect(hoursBetween('13:00', '14:30')).toBe(1.5);
  });
});
