import type { Database } from 'better-sqlite3';
import { addDays, addMonths } from '../../shared/rules/dates.ts';
import { recurringEventsFor } from '../cpd/catalogue.ts';
import { insertEntry } from '../cpd/queries.ts';
import { eventKeyOf } from '../cpd/suggestions.ts';
import { occurrencesBetween } from '../../shared/rules/cpd.ts';
import { listWorkerFacts } from '../staff/queries.ts';

const NETWORKS = ['ICS link worker peer network', 'NASP Thriving Communities webinar', 'Local VCSE forum'];

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
      for (const date of occurrencesBetween(event.rule, start, until)) {
        if (random() < 0.35) continue;
        const minutes = 90;
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
      insertEntry(
        db,
        {
          workerId: worker.id,
          date,
          kind: 'peer-network',
          title: NETWORKS[Math.floor(random() * NETWORKS.length)] as string,
          minutes: 120,
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
