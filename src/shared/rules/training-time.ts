import type { TrainingRecord } from '../domain/requirements.ts';
import { formatPounds, roundPence } from './money.ts';
import { hoursInWords } from './record-history.ts';

/** What a record says about time spent training, as far as the claim needs it. */
export type TimeRecord = Pick<
  TrainingRecord,
  'trainingHours' | 'reimbursable' | 'startDate' | 'completedOn' | 'withdrawal'
>;

/** The month's reimbursable training time on a claim line: hours, and what they cost at the line's own pay. */
export interface TrainingTime {
  hours: number;
  costPence: number;
}

/**
 * The day a record's hours count on: the day it was completed. Training still under way counts nothing yet, so its
 * hours are claimed once, in the month it is completed, even when a correction later completes it: a month's
 * submitted claim never holds hours that a later month counts again.
 */
export const dayHoursCount = (r: Pick<TimeRecord, 'completedOn'>): string | null => r.completedOn;

/** Hours a year ÷ months: a weekly contract of 37.5 hours is 162.5 hours a month. */
const WEEKS_A_MONTH = 52 / 12;

/**
 * Reimbursable hours in a month (`YYYY-MM`): records marked towards a level 3 standard, not withdrawn, completed on
 * a day of the month.
 */
export function reimbursableHoursInMonth(records: readonly TimeRecord[], month: string): number {
  return records
    .filter((r) => r.reimbursable && r.withdrawal === null && dayHoursCount(r)?.slice(0, 7) === month)
    .reduce((sum, r) => sum + (r.trainingHours ?? 0), 0);
}

/** Contracted hours in the part of the month in post: hours a week × 52 ÷ 12 × days in post ÷ days in the month. */
export function contractedHoursInMonth(hoursPerWeek: number, daysInPost: number, daysInMonth: number): number {
  return daysInMonth === 0 ? 0 : (hoursPerWeek * WEEKS_A_MONTH * daysInPost) / daysInMonth;
}

/**
 * The cost of training hours at the line's own pay: the month's staff cost ÷ its contracted hours × the hours,
 * rounded once. Nothing when the line has no cost or no contracted time.
 */
export function trainingTimeCost(hours: number, monthCostPence: number, contractedHours: number): number {
  return contractedHours <= 0 ? 0 : roundPence((monthCostPence * hours) / contractedHours);
}

/** A line's reimbursable training time for the month from the worker's records. */
export function monthTrainingTime(
  records: readonly TimeRecord[],
  line: { month: string; hoursPerWeek: number; daysInPost: number; daysInMonth: number; costPence: number },
): TrainingTime {
  const hours = reimbursableHoursInMonth(records, line.month);
  const contracted = contractedHoursInMonth(line.hoursPerWeek, line.daysInPost, line.daysInMonth);
  return { hours, costPence: hours === 0 ? 0 : trainingTimeCost(hours, line.costPence, contracted) };
}

/** "7.5 hours · £92.31", "None", or, on a claim submitted before training time was worked out, "Not worked out". */
export function trainingTimeOnLine(t: TrainingTime | undefined): string {
  if (t === undefined) return 'Not worked out';
  return t.hours === 0 ? 'None' : `${hoursInWords(t.hours)} · ${formatPounds(t.costPence)}`;
}
