import { addDays, daysBetween } from './dates.ts';
import { workingDayOnOrBefore } from './working-days.ts';

/**
 * The reminder ladder: when an item with a due or expiry date is reminded, and to whom.
 * A pure rule: "today", the steps already sent and the bank holidays are all inputs.
 */

export type ReminderAudience = 'person' | 'supervisor' | 'lead';

export interface ReminderStepBeforeDue {
  /** Days before the due date; 0 is "on the day", which moves back to the working day before a weekend or bank holiday. */
  daysBefore: number;
  audience: readonly ReminderAudience[];
}

export interface ReminderLadder {
  beforeDue: readonly ReminderStepBeforeDue[];
  /** Repeats every `everyDays` after the due date while the item stays overdue; null for no overdue reminders. */
  overdue: { everyDays: number; audience: readonly ReminderAudience[] } | null;
}

/** 90, 60, 30 days before and on the day, then weekly while overdue; later steps add the supervisor, then the lead. */
export const DEFAULT_REMINDER_LADDER: ReminderLadder = {
  beforeDue: [
    { daysBefore: 90, audience: ['person'] },
    { daysBefore: 60, audience: ['person'] },
    { daysBefore: 30, audience: ['person', 'supervisor'] },
    { daysBefore: 0, audience: ['person', 'supervisor'] },
  ],
  overdue: { everyDays: 7, audience: ['person', 'supervisor', 'lead'] },
};

export interface RemindableItem {
  /** ISO due or expiry date; null when nothing is due. */
  dueDate: string | null;
  personHasLeft: boolean;
  exempt: boolean;
}

export interface DueReminderStep {
  /** Stable per item and due date ("before-90", "on-the-day", "overdue-1", "overdue-2", …): record it once sent. */
  key: string;
  /** The date the step fell due, on or before today. */
  scheduledFor: string;
  audience: readonly ReminderAudience[];
}

export function stepKeyBeforeDue(daysBefore: number): string {
  return daysBefore === 0 ? 'on-the-day' : `before-${daysBefore}`;
}

function stepsBeforeDue(dueDate: string, ladder: ReminderLadder, holidays: ReadonlySet<string>): DueReminderStep[] {
  const furthestFirst = [...ladder.beforeDue].sort((a, b) => b.daysBefore - a.daysBefore);
  return furthestFirst.map((step) => ({
    key: stepKeyBeforeDue(step.daysBefore),
    scheduledFor: step.daysBefore === 0 ? workingDayOnOrBefore(dueDate, holidays) : addDays(dueDate, -step.daysBefore),
    audience: step.audience,
  }));
}

/** The latest weekly (or every-n-days) overdue step reached by today, if any. */
function latestOverdueStep(dueDate: string, today: string, ladder: ReminderLadder): DueReminderStep | null {
  if (!ladder.overdue || ladder.overdue.everyDays < 1) return null;
  const repeat = Math.floor(daysBetween(dueDate, today) / ladder.overdue.everyDays);
  if (repeat < 1) return null;
  return {
    key: `overdue-${repeat}`,
    scheduledFor: addDays(dueDate, repeat * ladder.overdue.everyDays),
    audience: ladder.overdue.audience,
  };
}

/**
 * The one step to send today for an item, or null. Only the latest step reached counts, so a
 * missed day (the app not opened) never sends a burst of older steps; a step already sent is
 * never sent again; leavers and exempt items are never reminded.
 */
export function dueReminderStep(
  item: RemindableItem,
  today: string,
  ladder: ReminderLadder,
  alreadySent: ReadonlySet<string>,
  holidays: ReadonlySet<string>,
): DueReminderStep | null {
  if (item.personHasLeft || item.exempt || item.dueDate === null) return null;
  const latest =
    latestOverdueStep(item.dueDate, today, ladder) ??
    latestStepBeforeDue(stepsBeforeDue(item.dueDate, ladder, holidays), today);
  return latest && !alreadySent.has(latest.key) ? latest : null;
}

/** The reached step with the latest date; on a tie (a moved "on the day"), the one nearer the due date. */
function latestStepBeforeDue(steps: readonly DueReminderStep[], today: string): DueReminderStep | null {
  let latest: DueReminderStep | null = null;
  for (const step of steps) {
    if (step.scheduledFor <= today && (!latest || step.scheduledFor >= latest.scheduledFor)) latest = step;
  }
  return latest;
}
