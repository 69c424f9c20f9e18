import type { DateKind } from '../shared/rules/plausible.ts';
import { dateProblem } from '../shared/rules/plausible.ts';
import type { Ctx } from './context.ts';
import { today } from './context.ts';
import { DomainError } from './errors.ts';

/** A date a call brings: its field, what it is (for the message) and which window it must fall in. */
export interface DateToCheck {
  field: string;
  date: string | null;
  kind: DateKind;
  what: string;
}

/**
 * Refuses, before anything is written, every date outside its plausible window on the backend's today
 * (rules/plausible.ts); each is named by its field. The schemas have already kept every year within 1900 to 2199.
 */
export function requirePlausibleDates(ctx: Ctx, dates: readonly DateToCheck[]): void {
  const now = today(ctx);
  const fields: Record<string, string> = {};
  for (const { field, date, kind, what } of dates) {
    const problem = date === null ? null : dateProblem(date, kind, now, what);
    if (problem) fields[field] ??= problem;
  }
  const messages = Object.values(fields);
  if (messages.length === 0) return;
  const message =
    messages.length === 1 ? (messages[0] as string) : `${messages.length} dates need attention: ${messages.join('; ')}`;
  throw new DomainError('VALIDATION', message, { fields });
}
