import { occurrencesBetween } from '../../shared/rules/cpd.ts';
import { addDays, addMonths } from '../../shared/rules/dates.ts';
import type { RecurringEvent } from '../cpd/catalogue.ts';

/**
 * The days and instants of the recurring events in the CPD catalogue (cpd/catalogue.ts). Times are kept as UK
 * wall-clock and turned into instants here, so a clock change moves the UTC hour, not the meeting.
 */

const UK_ZONE = 'Europe/London';

/** Every day of the event from `today` (inclusive) to twelve months on (exclusive). */
export function eventDays(event: RecurringEvent, today: string): string[] {
  return occurrencesBetween(event.rule, today, addDays(addMonths(today, 12), -1));
}

const ukClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The instant at which UK clocks show `time` (HH:MM) on `day` (not meant for the small hours of a clock change). */
export function ukInstant(day: string, time: string): Date {
  const asIfUtc = Date.parse(`${day}T${time}:00Z`);
  const [hours, minutes] = ukClock.format(asIfUtc).split(':').map(Number) as [number, number];
  const [wantHours, wantMinutes] = time.split(':').map(Number) as [number, number];
  const aheadOfUtcMinutes = hours * 60 + minutes - (wantHours * 60 + wantMinutes);
  return new Date(asIfUtc - aheadOfUtcMinutes * 60_000);
}
