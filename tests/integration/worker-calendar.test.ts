import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { testBackend, ok } from '../support/backend.ts';
import { examplePeople } from '../support/example-people.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';
import { linkWorker } from '../support/link-worker.ts';

const NOW = '2026-11-24T10:00:00Z';
const OUTSTANDING = ['not_yet_due', 'due', 'overdue', 'expiring_soon', 'expired'];

interface Seen {
  uid: string;
  summary: string;
  /** `YYYY-MM-DD` for all-day events; else the start as UK clocks show it, `YYYY-MM-DD HH:MM`. */
  start: string;
  end: string;
}

const ukClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const shown = (time: ICAL.Time) => (time.isDate ? time.toString() : ukClock.format(time.toJSDate()));

/** The events as a calendar client reads them. */
function eventsIn(dataBase64: string): Seen[] {
  const text = Buffer.from(dataBase64, 'base64').toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, start: shown(event.startDate), end: shown(event.endDate) };
  });
}

async function calendarOf(backend: Backend, workerId: number): Promise<Seen[]> {
  const file = await ok(backend, 'compliance.calendar', { workerId });
  expect(file.mediaType).toBe('text/calendar');
  expect(file.fileName).toMatch(/\.ics$/);
  return eventsIn(file.dataBase64);
}

/** The second Wednesdays from 24/11/2026 for twelve months: March 2027 is before the clocks go forward, April after. */
const WEBINAR_DAYS = [
  '2026-12-09',
  '2027-01-13',
  '2027-02-10',
  '2027-03-10',
  '2027-04-14',
  '2027-05-12',
  '2027-06-09',
  '2027-07-14',
  '2027-08-11',
  '2027-09-08',
  '2027-10-13',
  '2027-11-10',
];

describe('compliance.calendar: one person’s calendar as an iCalendar file', () => {
  it('holds each outstanding requirement on its date, the next supervision due and a year of webinars', async () => {
    const backend = testBackend(NOW);
    const { workerId } = await supervisedLinkWorker(backend);
    const compliance = await ok(backend, 'compliance.worker', { workerId });
    const requirementEvents = compliance.items
      .filter(
        (i) =>
          i.status.date !== null &&
          (OUTSTANDING.includes(i.status.status) ||
            (i.requirement.check === 'supervision' && i.status.status === 'complete')),
      )
      .map((i) => {
        const name = i.requirement.shortTitle || i.requirement.title;
        const label = i.requirement.check === 'supervision' ? `Next ${name.toLowerCase()} session` : name;
        return expect.objectContaining({
          uid: `linkwork-worker-${workerId}-requirement-${i.requirement.id}@linkwork`,
          summary: `${label} due: Florence Ndlovu`,
          start: i.status.date,
        });
      });
    expect(requirementEvents.length).toBeGreaterThan(3);

    const events = await calendarOf(backend, workerId);
    expect(events.find((e) => e.summary.startsWith('Next clinical supervision session due'))).toBeDefined();
    expect(events).toEqual([
      ...requirementEvents,
      ...WEBINAR_DAYS.map((day) => ({
        uid: `linkwork-worker-${workerId}-webinar-${day.slice(0, 7)}@linkwork`,
        summary: 'National social prescribing webinar',
        start: `${day} 13:00`,
        end: `${day} 14:30`,
      })),
    ]);
  });

  it('gives the same UIDs when made again, so a re-import updates rather than duplicates', async () => {
    const backend = testBackend(NOW);
    const { workerId } = await supervisedLinkWorker(backend);
    const first = (await calendarOf(backend, workerId)).map((e) => e.uid);
    expect(new Set(first).size).toBe(first.length);
    expect((await calendarOf(backend, workerId)).map((e) => e.uid)).toEqual(first);
  });

  it('leaves the webinar out for roles other than link workers, and refuses a worker who is not there', async () => {
    const backend = testBackend(NOW);
    await supervisedLinkWorker(backend);
    const coach = await ok(backend, 'worker.create', linkWorker({ name: 'Sam Okafor', role: 'hwbc' }));
    const events = await calendarOf(backend, coach.id);
    expect(events.some((e) => e.summary.includes('webinar'))).toBe(false);
    expect(events.every((e) => e.summary.endsWith('due: Sam Okafor'))).toBe(true);
    expect(await backend.call('compliance.calendar', { workerId: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('in the example PCN, gives W their own calendar and refuses it to another worker', async () => {
    const example = testBackend(NOW);
    await ok(example, 'app.loadExample', {});
    const { ids, callers } = await examplePeople(example);
    const own = await example.callAs(callers.W, 'compliance.calendar', { workerId: ids.w });
    expect(own.ok).toBe(true);
    if (own.ok) expect(eventsIn(own.value.dataBase64).length).toBeGreaterThan(0);
    expect(await example.callAs(callers.V, 'compliance.calendar', { workerId: ids.w })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
