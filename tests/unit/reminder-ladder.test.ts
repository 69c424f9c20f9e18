import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_LADDER,
  dueReminderStep,
  type ReminderLadder,
  type RemindableItem,
} from '../../src/shared/rules/reminder-ladder.ts';
import { addDays } from '../../src/shared/rules/dates.ts';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS as HOLIDAYS } from '../../src/shared/rules/working-days.ts';

const NOTHING_SENT: ReadonlySet<string> = new Set();

/** Due on Wednesday 30/06/2027, a working day, so no step moves. */
const dueMidsummer: RemindableItem = due('2027-06-30');

function due(dueDate: string): RemindableItem {
  return { dueDate, personHasLeft: false, exempt: false };
}

function stepOn(
  today: string,
  item: RemindableItem = dueMidsummer,
  sent: ReadonlySet<string> = NOTHING_SENT,
  ladder: ReminderLadder = DEFAULT_REMINDER_LADDER,
) {
  return dueReminderStep(item, today, ladder, sent, HOLIDAYS);
}

describe('the reminder ladder: which step is due', () => {
  it.each([
    ['2027-03-31', null],
    ['2027-04-01', 'before-90'],
    ['2027-04-15', 'before-90'],
    ['2027-05-01', 'before-60'],
    ['2027-05-31', 'before-30'],
    ['2027-06-29', 'before-30'],
    ['2027-06-30', 'on-the-day'],
    ['2027-07-06', 'on-the-day'],
    ['2027-07-07', 'overdue-1'],
    ['2027-07-13', 'overdue-1'],
    ['2027-07-14', 'overdue-2'],
  ])('on %s the step due is %s', (today, key) => {
    expect(stepOn(today)?.key ?? null).toBe(key);
  });

  it('says when each step fell due', () => {
    expect(stepOn('2027-04-15')?.scheduledFor).toBe('2027-04-01');
    expect(stepOn('2027-07-20')?.scheduledFor).toBe('2027-07-14');
  });

  it('reminds nobody of an item with nothing due', () => {
    expect(stepOn('2027-06-30', { ...dueMidsummer, dueDate: null })).toBeNull();
  });
});

describe('the reminder ladder: escalation', () => {
  it('tells the person first, adds the supervisor at 30 days and the lead once overdue', () => {
    expect(stepOn('2027-04-01')?.audience).toEqual(['person']);
    expect(stepOn('2027-05-01')?.audience).toEqual(['person']);
    expect(stepOn('2027-05-31')?.audience).toEqual(['person', 'supervisor']);
    expect(stepOn('2027-06-30')?.audience).toEqual(['person', 'supervisor']);
    expect(stepOn('2027-07-07')?.audience).toEqual(['person', 'supervisor', 'lead']);
    expect(stepOn('2027-09-01')?.audience).toEqual(['person', 'supervisor', 'lead']);
  });

  it('never drops anyone as the steps climb', () => {
    const audiences = ['2027-04-01', '2027-05-01', '2027-05-31', '2027-06-30', '2027-07-07'].map(
      (today) => stepOn(today)?.audience ?? [],
    );
    audiences.slice(1).forEach((audience, i) => expect(audience).toEqual(expect.arrayContaining([...audiences[i]!])));
  });
});

describe('the reminder ladder: no repeats and no bursts', () => {
  it('never sends a step already sent', () => {
    expect(stepOn('2027-04-15', dueMidsummer, new Set(['before-90']))).toBeNull();
    expect(stepOn('2027-05-01', dueMidsummer, new Set(['before-90']))?.key).toBe('before-60');
    expect(stepOn('2027-07-02', dueMidsummer, new Set(['on-the-day']))).toBeNull();
  });

  it('sends each overdue week once', () => {
    const sent = new Set(['overdue-1']);
    expect(stepOn('2027-07-10', dueMidsummer, sent)).toBeNull();
    expect(stepOn('2027-07-14', dueMidsummer, sent)?.key).toBe('overdue-2');
  });

  it('after days unopened sends only the latest step reached, not the ones missed', () => {
    expect(stepOn('2027-06-05')?.key).toBe('before-30');
    expect(stepOn('2027-08-25')?.key).toBe('overdue-8');
  });

  it('walking every day from 100 days before to 3 weeks after sends each step exactly once, in order', () => {
    const sent = new Set<string>();
    const order: string[] = [];
    for (let day = -100; day <= 21; day++) {
      const step = stepOn(addDays('2027-06-30', day), dueMidsummer, sent);
      if (step) {
        sent.add(step.key);
        order.push(step.key);
      }
    }
    expect(order).toEqual(['before-90', 'before-60', 'before-30', 'on-the-day', 'overdue-1', 'overdue-2', 'overdue-3']);
  });
});

describe('the reminder ladder: leavers and exemptions', () => {
  const days = Array.from({ length: 130 }, (_, i) => addDays('2027-03-25', i));

  it('never reminds about a person who has left', () => {
    const leaver = { ...dueMidsummer, personHasLeft: true };
    expect(days.filter((today) => stepOn(today, leaver) !== null)).toEqual([]);
  });

  it('never reminds about an item the person is exempt from', () => {
    const exempt = { ...dueMidsummer, exempt: true };
    expect(days.filter((today) => stepOn(today, exempt) !== null)).toEqual([]);
  });
});

describe('the reminder ladder: weekends and bank holidays of England and Wales', () => {
  it('reminds on Thursday 24/12/2026 of an item due on Christmas Day, a Friday bank holiday', () => {
    expect(stepOn('2026-12-23', due('2026-12-25'))?.key).toBe('before-30');
    expect(stepOn('2026-12-24', due('2026-12-25'))).toMatchObject({ key: 'on-the-day', scheduledFor: '2026-12-24' });
  });

  it('reminds on Friday 28/08/2026 of an item due on Monday 31/08/2026, the summer bank holiday', () => {
    expect(stepOn('2026-08-27', due('2026-08-31'))?.key).toBe('before-30');
    expect(stepOn('2026-08-28', due('2026-08-31'))).toMatchObject({ key: 'on-the-day', scheduledFor: '2026-08-28' });
  });

  it('moves a Sunday to the Friday before, and steps over a run of holidays', () => {
    expect(stepOn('2026-11-27', due('2026-11-29'))?.scheduledFor).toBe('2026-11-27');
    expect(stepOn('2027-12-24', due('2027-12-28'))?.scheduledFor).toBe('2027-12-24');
    expect(stepOn('2027-12-23', due('2027-12-28'))?.key).toBe('before-30');
  });

  it('moves only the "on the day" step, not the steps counted in days before', () => {
    expect(stepOn('2026-11-25', due('2026-12-25'))?.key).toBe('before-30');
    expect(stepOn('2026-11-24', due('2026-12-25'))?.key).toBe('before-60');
  });
});

describe('the reminder ladder as a setting', () => {
  it('follows a ladder given in any order, with its own overdue interval', () => {
    const fortnightly: ReminderLadder = {
      beforeDue: [
        { daysBefore: 0, audience: ['person', 'lead'] },
        { daysBefore: 14, audience: ['person'] },
      ],
      overdue: { everyDays: 14, audience: ['lead'] },
    };
    expect(stepOn('2027-06-15', dueMidsummer, NOTHING_SENT, fortnightly)).toBeNull();
    expect(stepOn('2027-06-16', dueMidsummer, NOTHING_SENT, fortnightly)?.key).toBe('before-14');
    expect(stepOn('2027-06-30', dueMidsummer, NOTHING_SENT, fortnightly)?.audience).toEqual(['person', 'lead']);
    expect(stepOn('2027-07-13', dueMidsummer, NOTHING_SENT, fortnightly)?.key).toBe('on-the-day');
    expect(stepOn('2027-07-14', dueMidsummer, NOTHING_SENT, fortnightly)).toMatchObject({
      key: 'overdue-1',
      audience: ['lead'],
    });
  });

  it('without overdue reminders stops at the last step before the due date', () => {
    const noOverdue: ReminderLadder = { ...DEFAULT_REMINDER_LADDER, overdue: null };
    expect(stepOn('2027-09-01', dueMidsummer, new Set(['on-the-day']), noOverdue)).toBeNull();
  });

  it('prefers "on the day" when a moved day meets another step', () => {
    const shortNotice: ReminderLadder = {
      beforeDue: [
        { daysBefore: 3, audience: ['person'] },
        { daysBefore: 0, audience: ['person', 'supervisor'] },
      ],
      overdue: null,
    };
    expect(stepOn('2026-08-28', due('2026-08-31'), NOTHING_SENT, shortNotice)?.key).toBe('on-the-day');
  });
});
