import { addMonths } from '../../shared/rules/dates.ts';

/**
 * The national social prescribing webinar: the second Wednesday of each month, 13:00–14:30 UK time.
 * Times are kept as UK wall-clock and turned into instants here, so a clock change moves the UTC hour, not the meeting.
 */
export const WEBINAR = { title: 'National social prescribing webinar', start: '13:00', end: '14:30' } as const;
const UK_ZONE = 'Europe/London';
const WEDNESDAY = 3;

/** The second Wednesday of the month `YYYY-MM`, as `YYYY-MM-DD`. */
export function secondWednesday(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const firstWeekday = new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay();
  const firstWednesday = 1 + ((WEDNESDAY - firstWeekday + 7) % 7);
  return `${month}-${String(firstWednesday + 7).padStart(2, '0')}`;
}

/** Every webinar day from `today` (inclusive) to twelve months on (exclusive). */
export function webinarDays(today: string): string[] {
  const until = addMonths(today, 12);
  const days: string[] = [];
  for (let offset = 0; offset <= 12; offset++) {
    const day = secondWednesday(addMonths(today, offset).slice(0, 7));
    if (day >= today && day < until) days.push(day);
  }
  return days;
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
