import type { Database } from 'better-sqlite3';
import { addDays, addMonths } from '../../shared/rules/dates.ts';
import { recurringEventsFor } from '../cpd/catalogue.ts';
import { insertEntry } from '../cpd/queries.ts';
import { eventKeyOf } from '../cpd/suggestions.ts';
import { hoursBetween, occurrencesBetween } from '../../shared/rules/cpd.ts';
import { listWorkerFacts } from '../staff/queries.ts';

/** Peer support beyond the national webinar, each logged as the kind of CPD it is. */
const OTHER_PEER_SUPPORT = [
  { title: 'ICS link worker peer network', kind: 'peer-network', minutes: 120 },
  { title: 'NASP Thriving Communities webinar', kind: 'webinar', minutes: 60 },
  { title: 'Local VCSE forum', kind: 'peer-network', minutes: 120 },
];

/**
 * Gives example link workers a believable CPD log over the last six months: most national webinars attended, a
 * peer network now and then, and a few who have let it lapse. Deterministic for the same random source.
 */
export function seedCpdLog(db: Database, random: () => number, today: string): number {
  const createdAt = `${today}T09:00:00.000Z`;
  const from = addMonths(today, -6);
  let count = 0;
  for (const worker of listWorkerFacts(db)) {
    const events = recurringEventsFor(worker.role);
    if (events.length === 0 || worker.leavingDate !== null) continue;
    const lapsed = random() < 0.15;
    const start = worker.startDate > from ? worker.startDate : from;
    const until = lapsed ? addMonths(today, -4) : today;
    for (const event of events) {
      const minutes = Math.round(hoursBetween(event.start, event.end) * 60);
      for (const date of occurrencesBetween(event.rule, start, until)) {
        if (random() < 0.35) continue;
        insertEntry(
          db,
          {
            workerId: worker.id,
            date,
            kind: event.kind,
            title: `${event.title} (${event.organiser})`,
            minutes,
            learned: '',
            practiceChange: '',
            competencies: '[]',
            evidenceFileId: null,
            evidenceName: null,
            eventKey: eventKeyOf(event, date),
          },
          createdAt,
          'Example data',
        );
        count++;
      }
    }
    if (!lapsed && random() < 0.6) {
      const date = addDays(until, -Math.floor(random() * 50));
      if (date < worker.startDate) continue;
      const { title, kind, minutes } = OTHER_PEER_SUPPORT[
        Math.floor(random() * OTHER_PEER_SUPPORT.length)
      ] as (typeof OTHER_PEER_SUPPORT)[number];
      insertEntry(
        db,
        {
          workerId: worker.id,
          date,
          kind,
          title,
          minutes,
          learned: 'Heard how other link workers handle waiting lists for befriending services.',
          practiceChange: 'I will check in by phone with people waiting more than a month.',
          competencies: '[]',
          evidenceFileId: null,
          evidenceName: null,
          eventKey: null,
        },
        createdAt,
        'Example data',
      );
      count++;
    }
  }
  return count;
}
