import type { CpdCheckRule } from '../schemas/requirements.ts';
import type { RecordFacts } from './compliance.ts';
import { addDays, addMonths } from './dates.ts';

/** What the `cpd` check reads of an entry. */
export interface CpdFacts {
  date: string;
  kind: string;
  hours: number;
}

const MONTHS_IN_A_YEAR = 12;

/**
 * A person's CPD entries as the evidence a `cpd` requirement reads, on `today` (later entries do not count yet).
 * With `hoursPerYear`: one completion once the entries of the last 12 months add up to it, expiring when the
 * oldest of those it needs drops out of the year; a start short of it is in progress. Otherwise each entry of a
 * kind that counts is a completion, lasting `atLeastEveryMonths` (else the requirement's renewal months).
 *
 * `records` are the training records in force for the requirement, made while it was met by a record (catalogue
 * version 1's peer support): each completed one counts as an entry of a kind that counts, dated its completion,
 * so what was met before the change still is. They carry no hours, so an hours rule reads the log alone.
 */
export function cpdFacts(
  entries: readonly CpdFacts[],
  rule: CpdCheckRule | null,
  renewalMonths: number | null,
  today: string,
  records: readonly RecordFacts[] = [],
): RecordFacts[] {
  const kinds = rule?.kinds?.length ? new Set(rule.kinds) : null;
  const counted = entries.filter((e) => e.date <= today && (kinds === null || kinds.has(e.kind)));
  if (rule?.hoursPerYear !== undefined) return hoursFacts(counted, rule.hoursPerYear, today);
  const months = rule?.atLeastEveryMonths ?? renewalMonths;
  return [...counted.map((e) => e.date), ...completionDates(records, today)].map((date) => ({
    status: 'completed' as const,
    completedOn: date,
    expiresOn: months === null ? null : addMonths(date, months),
  }));
}

function completionDates(records: readonly RecordFacts[], today: string): string[] {
  return records.flatMap((r) =>
    r.status === 'completed' && r.completedOn !== null && r.completedOn <= today ? [r.completedOn] : [],
  );
}

function hoursFacts(entries: readonly CpdFacts[], hoursPerYear: number, today: string): RecordFacts[] {
  const yearStart = addDays(addMonths(today, -MONTHS_IN_A_YEAR), 1);
  const inYear = entries.filter((e) => e.date >= yearStart).sort((a, b) => (a.date < b.date ? 1 : -1));
  let total = 0;
  for (const entry of inYear) {
    total += entry.hours;
    if (total >= hoursPerYear) {
      const latest = inYear[0] as CpdFacts;
      return [{ status: 'completed', completedOn: latest.date, expiresOn: addMonths(entry.date, MONTHS_IN_A_YEAR) }];
    }
  }
  return inYear.length > 0 ? [{ status: 'in_progress', completedOn: null, expiresOn: null }] : [];
}

/** A rule for a recurring event's dates: the nth weekday (0 Sunday … 6 Saturday) of each month. */
export interface RecurrenceRule {
  type: 'nth_weekday_of_month';
  nth: number;
  weekday: number;
}

/** The date in month `YYYY-MM` that the rule names, as `YYYY-MM-DD`. */
export function occurrenceIn(month: string, rule: RecurrenceRule): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const firstWeekday = new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay();
  const first = 1 + ((rule.weekday - firstWeekday + 7) % 7);
  return `${month}-${String(first + 7 * (rule.nth - 1)).padStart(2, '0')}`;
}

/** Every date of the event from `from` to `to`, both included, in order. */
export function occurrencesBetween(rule: RecurrenceRule, from: string, to: string): string[] {
  const dates: string[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7); month = addMonths(`${month}-01`, 1).slice(0, 7)) {
    const date = occurrenceIn(month, rule);
    if (date >= from && date <= to) dates.push(date);
  }
  return dates;
}

/** Hours between two wall-clock times on one day (`13:00` to `14:30` is 1.5). */
export function hoursBetween(start: string, end: string): number {
  const minutes = (time: string) => {
    const [h, m] = time.split(':').map(Number) as [number, number];
    return h * 60 + m;
  };
  return (minutes(end) - minutes(start)) / 60;
}
