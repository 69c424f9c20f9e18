import { describe, expect, it } from 'vitest';
import {
  claimMonthProblem,
  claimMonthWindow,
  dateProblem,
  dateWindow,
  financialYearProblem,
  isCalendarYear,
} from '../../src/shared/rules/plausible.ts';

const TODAY = '2026-11-24';

describe('plausible dates', () => {
  it('keep every typed year within 1900 to 2199, so no calendar arithmetic meets a 0000 or 9999', () => {
    expect(isCalendarYear('1900-01-01')).toBe(true);
    expect(isCalendarYear('2199-12-31')).toBe(true);
    expect(isCalendarYear('1899-12-31')).toBe(false);
    expect(isCalendarYear('0000-01-01')).toBe(false);
    expect(isCalendarYear('9999-12-31')).toBe(false);
  });

  it('put what has happened between a working life ago and today', () => {
    expect(dateWindow('past', TODAY)).toEqual({ from: '1966-11-24', to: TODAY });
    expect(dateProblem(TODAY, 'past', TODAY, 'session date')).toBeNull();
    expect(dateProblem('2030-01-01', 'past', TODAY, 'session date')).toBe('The session date cannot be in the future');
    expect(dateProblem('1950-06-01', 'past', TODAY, 'session date')).toBe(
      'The session date cannot be before 24/11/1966: check the year',
    );
  });

  it('put working-life and planned dates between a working life ago and ten years ahead', () => {
    expect(dateWindow('working', TODAY)).toEqual({ from: '1966-11-24', to: '2036-11-24' });
    expect(dateProblem('2036-11-24', 'working', TODAY, 'leaving date')).toBeNull();
    expect(dateProblem('2036-11-25', 'working', TODAY, 'leaving date')).toBe(
      'The leaving date cannot be after 24/11/2036: check the year',
    );
    expect(dateProblem('1966-11-23', 'working', TODAY, 'start date')).toBe(
      'The start date cannot be before 24/11/1966: check the year',
    );
  });

  it('put an ARRS figure no earlier than April 2019', () => {
    expect(dateWindow('arrs', TODAY)).toEqual({ from: '2019-04-01', to: '2036-11-24' });
    expect(dateProblem('2019-04-01', 'arrs', TODAY, 'date it takes effect')).toBeNull();
    expect(dateProblem('2019-03-31', 'arrs', TODAY, 'date it takes effect')).toBe(
      'The date it takes effect cannot be before 01/04/2019, when ARRS began',
    );
  });

  it('keep 29 February as the 28th a whole number of years away', () => {
    expect(dateWindow('working', '2024-02-29')).toEqual({ from: '1964-02-29', to: '2034-02-28' });
  });
});

describe('plausible claim months', () => {
  it('run from April 2019 to twelve months ahead', () => {
    expect(claimMonthWindow(TODAY)).toEqual({ first: '2019-04', last: '2027-11' });
    expect(claimMonthProblem('2019-04', TODAY)).toBeNull();
    expect(claimMonthProblem('2027-11', TODAY)).toBeNull();
  });

  it('say why a month has no claim', () => {
    expect(claimMonthProblem('0000-01', TODAY)).toBe(
      'ARRS claims began in April 2019, so there is no claim for January 0000.',
    );
    expect(claimMonthProblem('2027-12', TODAY)).toBe(
      'December 2027 is too far ahead: a claim month can be opened up to 12 months ahead.',
    );
    expect(claimMonthProblem('9999-12', TODAY)).toBe(
      'December 9999 is too far ahead: a claim month can be opened up to 12 months ahead.',
    );
  });
});

describe('plausible financial years', () => {
  it('run from 2019/20 to the year ten years ahead', () => {
    expect(financialYearProblem('2019/20', TODAY)).toBeNull();
    expect(financialYearProblem('2036/37', TODAY)).toBeNull();
    expect(financialYearProblem('2018/19', TODAY)).toBe('ARRS began in 2019/20, so there is nothing for 2018/19');
    expect(financialYearProblem('2037/38', TODAY)).toBe('2037/38 is too far ahead: use a year up to 2036/37');
    expect(financialYearProblem('9999/00', TODAY)).toBe('9999/00 is too far ahead: use a year up to 2036/37');
  });
});
