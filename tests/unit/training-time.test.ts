import { describe, expect, it } from 'vitest';
import type { TimeRecord } from '../../src/shared/rules/training-time.ts';
import {
  contractedHoursInMonth,
  monthTrainingTime,
  reimbursableHoursInMonth,
  trainingTimeCost,
  trainingTimeOnLine,
} from '../../src/shared/rules/training-time.ts';

const MONTH = '2025-10';

const record = (change: Partial<TimeRecord> = {}): TimeRecord => ({
  trainingHours: 7.5,
  reimbursable: true,
  startDate: null,
  completedOn: '2025-10-15',
  withdrawal: null,
  ...change,
});

/** A full month in post for someone on 37.5 hours a week whose month costs £3,061.25. */
const fullMonth = { month: MONTH, hoursPerWeek: 37.5, daysInPost: 31, daysInMonth: 31, costPence: 306125 };

describe('reimbursable training time in a month', () => {
  it('counts the marked records completed in the month, whenever they began', () => {
    const records = [
      record({ trainingHours: 7.5, completedOn: '2025-10-01' }),
      record({ trainingHours: 3.25, completedOn: '2025-10-31', startDate: '2025-09-22' }),
    ];
    expect(reimbursableHoursInMonth(records, MONTH)).toBe(10.75);
  });

  it('counts training still under way nothing yet, and its hours once, in the month it is completed', () => {
    const underWay = record({ trainingHours: 2, completedOn: null, startDate: '2025-10-20' });
    expect(reimbursableHoursInMonth([underWay], MONTH)).toBe(0);
    const completedLater = { ...underWay, completedOn: '2025-11-03' };
    expect(reimbursableHoursInMonth([completedLater], MONTH)).toBe(0);
    expect(reimbursableHoursInMonth([completedLater], '2025-11')).toBe(2);
  });

  it('leaves out records outside the month, withdrawn records and records not marked as reimbursable', () => {
    const records = [
      record({ completedOn: '2025-09-30' }),
      record({ completedOn: '2025-11-01' }),
      record({ completedOn: null, startDate: '2025-09-15' }),
      record({ withdrawal: { at: '2025-10-20T10:00:00.000Z', by: 'Dr Asha Patel', reason: 'wrong person' } }),
      record({ reimbursable: false }),
      record({ trainingHours: 4 }),
    ];
    expect(reimbursableHoursInMonth(records, MONTH)).toBe(4);
  });

  it('works out contracted hours from the week: 37.5 a week is 162.5 a month; a part month pro rata', () => {
    expect(contractedHoursInMonth(37.5, 31, 31)).toBe(162.5);
    expect(contractedHoursInMonth(22.5, 30, 30)).toBe(97.5);
    expect(contractedHoursInMonth(37.5, 15, 30)).toBe(81.25);
    expect(contractedHoursInMonth(37.5, 0, 31)).toBe(0);
  });

  it('costs the hours at the line’s own pay: the month’s staff cost ÷ contracted hours × hours', () => {
    // £3,061.25 ÷ 162.5 hours × 7.5 hours = £141.2884… → £141.29
    expect(monthTrainingTime([record()], fullMonth)).toEqual({ hours: 7.5, costPence: 14129 });
  });

  it('uses a part-time worker’s own contracted hours', () => {
    // 22.5 hours a week: 97.5 hours a month; £1,836.75 ÷ 97.5 × 7.5 = £141.2884… → £141.29
    const partTime = { ...fullMonth, hoursPerWeek: 22.5, costPence: 183675 };
    expect(monthTrainingTime([record()], partTime)).toEqual({ hours: 7.5, costPence: 14129 });
  });

  it('rounds the pence once, on the month’s total, not record by record', () => {
    // Seven records of 1 hour at £3,061.25 ÷ 162.5 hours: each £18.8384…, so £131.88 if each were rounded;
    // rounded once, the 7 hours cost £131.8707… → £131.87.
    const hours = (n: number) => Array.from({ length: n }, () => record({ trainingHours: 1 }));
    expect(monthTrainingTime(hours(7), fullMonth).costPence).toBe(13187);
    expect(trainingTimeCost(7, 306125, 162.5)).toBe(13187);
  });

  it('costs nothing when the line has no contracted time in the month, and says none when there are no hours', () => {
    expect(monthTrainingTime([record()], { ...fullMonth, daysInPost: 0 })).toEqual({ hours: 7.5, costPence: 0 });
    expect(monthTrainingTime([], fullMonth)).toEqual({ hours: 0, costPence: 0 });
  });

  it('describes the figure for the claim line', () => {
    expect(trainingTimeOnLine({ hours: 7.5, costPence: 14129 })).toBe('7.5 hours · £141.29');
    expect(trainingTimeOnLine({ hours: 1, costPence: 1884 })).toBe('1 hour · £18.84');
    expect(trainingTimeOnLine({ hours: 0, costPence: 0 })).toBe('None');
    expect(trainingTimeOnLine(undefined)).toBe('Not worked out');
  });
});
