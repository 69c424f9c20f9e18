import { z } from 'zod';
import { MAX_NOTIFICATIONS_PER_CALL } from '../domain/reminders.ts';
import type { ReminderLadder } from '../rules/reminder-ladder.ts';

const audience = z
  .array(z.enum(['person', 'supervisor', 'lead'], { error: 'Choose the person, their supervisor or the lead' }))
  .min(1, 'Choose at least one person to hear at each step')
  .refine((list) => new Set(list).size === list.length, 'Name each person once');

const stepBeforeDue = z.object({
  daysBefore: z
    .number({ error: 'Enter a number of days' })
    .int('Use a whole number of days')
    .min(0, 'Use 1 to 365 days before, or 0 for "on the day"')
    .max(365, 'Use at most 365 days before'),
  audience,
});

/** The reminder ladder as a lead saves it: steps before the due date, and the overdue repeat (or none). */
export const reminderLadderSchema = z
  .object({
    beforeDue: z.array(stepBeforeDue).max(12, 'Use at most 12 steps before the due date'),
    overdue: z
      .object({
        everyDays: z
          .number({ error: 'Enter how often to repeat' })
          .int('Use a whole number of days')
          .min(1, 'Repeat every 1 to 90 days')
          .max(90, 'Repeat every 1 to 90 days'),
        audience,
      })
      .nullable(),
  })
  .strict()
  .superRefine((ladder, issues) => {
    const seen = new Set<number>();
    ladder.beforeDue.forEach((step, index) => {
      if (seen.has(step.daysBefore)) {
        issues.addIssue({
          code: 'custom',
          path: ['beforeDue', index, 'daysBefore'],
          message: `There are two steps ${step.daysBefore === 0 ? 'on the day' : `${step.daysBefore} days before`}: keep one`,
        });
      }
      seen.add(step.daysBefore);
    });
    if (ladder.beforeDue.length === 0 && ladder.overdue === null) {
      issues.addIssue({
        code: 'custom',
        path: ['beforeDue'],
        message: 'Keep at least one step, or the overdue repeat',
      });
    }
  }) satisfies z.ZodType<ReminderLadder>;

/** A page of the caller's notifications, newest first. */
export const notificationListInput = z
  .object({
    offset: z
      .number({ error: 'Give where to start as a number' })
      .int('Start at a whole number')
      .min(0, 'Start at 0 or later')
      .max(100_000, 'Start at 100000 or earlier')
      .default(0),
    limit: z
      .number({ error: 'Give how many to show as a number' })
      .int('Ask for a whole number')
      .min(1, 'Ask for at least one')
      .max(MAX_NOTIFICATIONS_PER_CALL, `Ask for at most ${MAX_NOTIFICATIONS_PER_CALL} at a time`)
      .default(20),
  })
  .strict();

/** Marks some of the caller's notifications read, or all of them. */
export const markReadInput = z.union(
  [
    z.object({ ids: z.array(z.number().int().positive()).min(1, 'Name a notification').max(500) }).strict(),
    z.object({ all: z.literal(true) }).strict(),
  ],
  { error: 'Name the notifications to mark read, or all of them' },
);
