import type { CpdSuggestion } from '../../shared/domain/cpd.ts';
import type { Role } from '../../shared/domain/staff.ts';
import { hoursBetween, occurrencesBetween } from '../../shared/rules/cpd.ts';
import { addDays } from '../../shared/rules/dates.ts';
import type { RecurringEvent } from './catalogue.ts';
import { recurringEventsFor } from './catalogue.ts';

export const eventKeyOf = (event: RecurringEvent, date: string): string => `${event.id}:${date}`;

interface Person {
  role: Role;
  startDate: string;
  leavingDate: string | null;
}

/**
 * The recurring events held on or before `today` (within each event's offer window) during the person's time in
 * post, for their role, that they have not logged: newest first.
 */
export function suggestionsFor(person: Person, logged: ReadonlySet<string>, today: string): CpdSuggestion[] {
  const last = person.leavingDate !== null && person.leavingDate < today ? person.leavingDate : today;
  return recurringEventsFor(person.role)
    .flatMap((event) => {
      const windowStart = addDays(today, -event.offeredForDays);
      const from = windowStart > person.startDate ? windowStart : person.startDate;
      return occurrencesBetween(event.rule, from, last).map((date) => ({
        eventKey: eventKeyOf(event, date),
        title: event.title,
        organiser: event.organiser,
        kind: event.kind,
        date,
        start: event.start,
        end: event.end,
        hours: hoursBetween(event.start, event.end),
      }));
    })
    .filter((s) => !logged.has(s.eventKey))
    .sort((a, b) => (a.date < b.date ? 1 : -1));
}
