import { describe, expect, it } from 'vitest';
import type { CaseloadMonth } from '../../src/shared/domain/caseload.ts';
import { DEFAULT_CASELOAD_THRESHOLDS } from '../../src/shared/domain/caseload.ts';
import {
  caseloadFigures,
  flagOf,
  monthProblem,
  openingCaseload,
  rollingWindow,
  shiftMonth,
  supervisionPrefill,
  thresholdProblems,
} from '../../src/shared/rules/caseload.ts';

const TODAY = '2026-11-24';
const FULL_TIME = { startDate: '2020-01-06', leavingDate: null, wte: 1 };

const month = (m: string, counts: Partial<CaseloadMonth> = {}): CaseloadMonth => ({
  month: m,
  referralsAccepted: 0,
  referralsDeclined: 0,
  contacts: 0,
  supportedAtEnd: 0,
  supportEnded: 0,
  ...counts,
});

/** Each month of the window with the same counts. */
const everyMonth = (from: string, count: number, counts: Partial<CaseloadMonth>) =>
  Array.from({ length: count }, (_, i) => month(shiftMonth(from, i), counts));

describe('the rolling 12 months', () => {
  it('are the 12 complete months before today’s month, across a year end', () => {
    expect(rollingWindow(TODAY)).toEqual({ fromMonth: '2025-11', toMonth: '2026-10' });
    expect(rollingWindow('2026-01-01')).toEqual({ fromMonth: '2025-01', toMonth: '2025-12' });
  });

  it('count those supported at the start plus the referrals accepted within, and contacts per person', () => {
    const months = [
      month('2025-10', { supportedAtEnd: 40, referralsAccepted: 99, contacts: 999 }), // before: only its month-end count
      ...everyMonth('2025-11', 12, { referralsAccepted: 15, contacts: 160 }),
      month('2026-11', { referralsAccepted: 50, contacts: 500 }), // this month, not yet complete: left out
    ];
    const figures = caseloadFigures(months, FULL_TIME, DEFAULT_CASELOAD_THRESHOLDS, TODAY);
    expect(figures).toMatchObject({
      fromMonth: '2025-11',
      toMonth: '2026-10',
      monthsInPost: 12,
      monthsRecorded: 12,
      peopleSupported: 40 + 12 * 15,
      contacts: 12 * 160,
      contactsPerPerson: 8.7,
      expectedPeople: { min: 200, max: 250 },
      peopleFlag: 'within',
      contactsFlag: 'within',
    });
  });

  it('flag a worker above 250 people a year and one seeing each person too rarely', () => {
    const busy = everyMonth('2025-11', 12, { referralsAccepted: 25, contacts: 100 });
    const figures = caseloadFigures(busy, FULL_TIME, DEFAULT_CASELOAD_THRESHOLDS, TODAY);
    expect(figures.peopleSupported).toBe(300);
    expect(figures.peopleFlag).toBe('above');
    expect(figures.contactsPerPerson).toBe(4);
    expect(figures.contactsFlag).toBe('below');
  });

  it('pro-rate the norm for a worker who started part-way through the window', () => {
    // Started 12/05/2026: May to October is 6 months in post, so the norm is 100–125 people.
    const starter = { startDate: '2026-05-12', leavingDate: null, wte: 1 };
    const months = everyMonth('2026-05', 6, { referralsAccepted: 22, contacts: 200 });
    const figures = caseloadFigures(months, starter, DEFAULT_CASELOAD_THRESHOLDS, TODAY);
    expect(figures.monthsInPost).toBe(6);
    expect(figures.expectedPeople).toEqual({ min: 100, max: 125 });
    expect(figures.peopleSupported).toBe(132);
    expect(figures.peopleFlag).toBe('above');
    // Someone in post all year with only these six months recorded is not called below the norm: months are missing.
    expect(caseloadFigures(months, FULL_TIME, DEFAULT_CASELOAD_THRESHOLDS, TODAY).peopleFlag).toBe('incomplete');
    const allYear = [...everyMonth('2025-11', 6, {}), ...months];
    expect(caseloadFigures(allYear, FULL_TIME, DEFAULT_CASELOAD_THRESHOLDS, TODAY).peopleFlag).toBe('below');
  });

  it('pro-rate the norm by whole-time equivalent, and stop at the month a worker left', () => {
    const halfTimeLeaver = { startDate: '2020-01-06', leavingDate: '2026-04-30', wte: 0.5 };
    const figures = caseloadFigures([], halfTimeLeaver, DEFAULT_CASELOAD_THRESHOLDS, TODAY);
    expect(figures.monthsInPost).toBe(6); // November 2025 to April 2026
    expect(figures.expectedPeople).toEqual({ min: 50, max: 63 });
  });

  it('count those already supported as the window opened when the month before it is not recorded', () => {
    // 100 supported at each month end, 5 joining and 5 leaving a month: 100 at the start, 160 people over the year.
    const steady = everyMonth('2025-11', 12, {
      supportedAtEnd: 100,
      referralsAccepted: 5,
      contacts: 60,
      supportEnded: 5,
    });
    const figures = caseloadFigures(steady, FULL_TIME, DEFAULT_CASELOAD_THRESHOLDS, TODAY);
    expect(openingCaseload(steady, '2025-11', '2026-10')).toBe(100);
    expect(figures).toMatchObject({ peopleSupported: 160, contacts: 720, contactsPerPerson: 4.5 });
    expect([figures.peopleFlag, figures.contactsFlag]).toEqual(['below', 'below']);
    // The month before the window, when recorded, is taken as it is.
    expect(openingCaseload([month('2025-10', { supportedAtEnd: 90 }), ...steady], '2025-11', '2026-10')).toBe(90);
  });

  it('say months are missing, not below the norm, when the opening caseload cannot be known', () => {
    // Referrals alone were imported: the month-end counts are 0, so nothing can be worked back from them.
    const referralsOnly = everyMonth('2025-11', 12, { referralsAccepted: 10, contacts: 30 });
    expect(openingCaseload(referralsOnly, '2025-11', '2026-10')).toBeNull();
    const figures = caseloadFigures(referralsOnly, FULL_TIME, DEFAULT_CASELOAD_THRESHOLDS, TODAY);
    expect(figures).toMatchObject({ peopleSupported: 120, contactsPerPerson: 3, peopleFlag: 'incomplete' });
    expect(figures.contactsFlag).toBe('below');
    // Per person, a count of people that is only a floor cannot show a worker seeing each person too often.
    const often = everyMonth('2025-11', 12, { referralsAccepted: 10, contacts: 200 });
    expect(caseloadFigures(often, FULL_TIME, DEFAULT_CASELOAD_THRESHOLDS, TODAY).contactsFlag).toBe('incomplete');
    expect(openingCaseload([], '2025-11', '2026-10')).toBeNull();
  });

  it('flag nothing while no month in the window has figures', () => {
    const figures = caseloadFigures([], FULL_TIME, DEFAULT_CASELOAD_THRESHOLDS, TODAY);
    expect(figures).toMatchObject({ peopleSupported: 0, contactsPerPerson: null });
    expect([figures.peopleFlag, figures.contactsFlag]).toEqual(['unknown', 'unknown']);
  });
});

describe('the thresholds', () => {
  it('compare a figure with its range, the ends included', () => {
    expect([199, 200, 250, 251].map((n) => flagOf(n, 200, 250))).toEqual(['below', 'within', 'within', 'above']);
    expect(flagOf(null, 6, 12)).toBe('unknown');
  });

  it('follow the lead’s settings', () => {
    const months = everyMonth('2025-11', 12, { referralsAccepted: 20, contacts: 200 });
    const strict = { peoplePerYearMin: 100, peoplePerYearMax: 200, contactsPerPersonMin: 12, contactsPerPersonMax: 20 };
    const figures = caseloadFigures(months, FULL_TIME, strict, TODAY);
    expect([figures.peopleFlag, figures.contactsFlag]).toEqual(['above', 'below']);
  });

  it('are refused when a minimum is above its maximum', () => {
    expect(thresholdProblems(DEFAULT_CASELOAD_THRESHOLDS)).toEqual({});
    expect(
      thresholdProblems({
        peoplePerYearMin: 260,
        peoplePerYearMax: 250,
        contactsPerPersonMin: 13,
        contactsPerPersonMax: 12,
      }),
    ).toEqual({
      peoplePerYearMax: 'The most people a year cannot be below the fewest',
      contactsPerPersonMax: 'The most contacts per person cannot be below the fewest',
    });
  });
});

describe('a month of figures', () => {
  it('is not in the future nor before the worker started', () => {
    expect(monthProblem('2026-11', '2026-05-12', TODAY)).toBeNull();
    expect(monthProblem('2026-05', '2026-05-12', TODAY)).toBeNull();
    expect(monthProblem('2026-12', '2026-05-12', TODAY)).toBe('Figures cannot be entered for a month still to come');
    expect(monthProblem('2026-04', '2026-05-12', TODAY)).toBe('This is before the worker started');
  });
});

describe('the supervision form’s caseload', () => {
  it('starts from the latest month with figures up to the session’s month', () => {
    const months = [
      month('2026-09', { supportedAtEnd: 41, referralsAccepted: 12 }),
      month('2026-10', { supportedAtEnd: 44, referralsAccepted: 17 }),
      month('2026-12', { supportedAtEnd: 99, referralsAccepted: 99 }),
    ];
    expect(supervisionPrefill(months, TODAY)).toEqual({ month: '2026-10', supportedNow: 44, newReferrals: 17 });
    expect(supervisionPrefill(months, '2026-09-30')).toEqual({ month: '2026-09', supportedNow: 41, newReferrals: 12 });
    expect(supervisionPrefill(months, '2026-08-31')).toBeNull();
  });
});
