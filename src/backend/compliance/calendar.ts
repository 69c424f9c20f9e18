import ical from 'ical-generator';
import type { WorkerCompliance } from '../../shared/domain/compliance.ts';
import type { FileDownload } from '../../shared/domain/files.ts';
import { addDays } from '../../shared/rules/dates.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { notFound } from '../errors.ts';
import type { WorkerFactsRow } from '../staff/queries.ts';
import { findWorkerFacts } from '../staff/queries.ts';
import { computeWorkerCompliance } from './compute.ts';
import { recurringEventsFor } from '../cpd/catalogue.ts';
import { eventDays, ukInstant } from './webinar-dates.ts';

/** Statuses with a date still ahead of the person: due, or a renewal coming round. */
const OUTSTANDING = new Set(['not_yet_due', 'due', 'overdue', 'expiring_soon', 'expired']);

/** UIDs are made from what the event is, never from when the file was made, so re-importing updates events. */
const uid = (workerId: number, what: string) => `linkwork-worker-${workerId}-${what}@linkwork`;

/** All-day date as a UTC midnight, which ical-generator writes as `VALUE=DATE` without shifting the day. */
const dayOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * One person's calendar: each requirement not yet complete on its due or expiry date, the next supervision session
 * due (supervision counts as done only until its next session falls due), and the recurring events offered to
 * their role (for link workers, the national webinar) for the next twelve months. Names and titles only: nothing about patients.
 */
export function buildCalendar(worker: WorkerFactsRow, compliance: WorkerCompliance): string {
  const stamp = dayOf(compliance.today);
  const calendar = ical({
    name: `Linkwork: ${worker.name}`,
    prodId: { company: 'Linkwork', product: 'Linkwork', language: 'EN' },
  });
  for (const { requirement, status } of compliance.items) {
    const isSupervision = requirement.check === 'supervision';
    const wanted = OUTSTANDING.has(status.status) || (isSupervision && status.status === 'complete');
    if (!wanted || status.date === null) continue;
    const name = requirement.shortTitle || requirement.title;
    calendar.createEvent({
      id: uid(worker.id, `requirement-${requirement.id}`),
      stamp,
      allDay: true,
      start: dayOf(status.date),
      end: dayOf(addDays(status.date, 1)),
      summary: `${isSupervision ? `Next ${name.toLowerCase()} session` : name} due: ${worker.name}`,
      description: `${requirement.title}. ${status.reason}`,
    });
  }
  for (const event of recurringEventsFor(worker.role)) {
    for (const day of eventDays(event, compliance.today)) {
      calendar.createEvent({
        id: uid(worker.id, `${event.calendarKey}-${day.slice(0, 7)}`),
        stamp,
        start: ukInstant(day, event.start),
        end: ukInstant(day, event.end),
        summary: event.title,
      });
    }
  }
  return calendar.toString();
}

/** The calendar file for one worker as at the backend's today, or NOT_FOUND. */
export function workerCalendar(ctx: Ctx, workerId: number): FileDownload {
  const worker = findWorkerFacts(ctx.db, workerId);
  if (!worker) throw notFound('worker', workerId);
  const text = buildCalendar(worker, computeWorkerCompliance(ctx.db, worker, today(ctx)));
  const slug = worker.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    fileName: `linkwork-calendar-${slug || worker.id}.ics`,
    mediaType: 'text/calendar',
    dataBase64: Buffer.from(text, 'utf8').toString('base64'),
  };
}
