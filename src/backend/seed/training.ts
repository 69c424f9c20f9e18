import type { Database } from 'better-sqlite3';
import { dueDate } from '../../shared/rules/compliance.ts';
import { addDays, addMonths } from '../../shared/rules/dates.ts';
import { listRequirements } from '../requirements/queries.ts';
import { listWorkerFacts } from '../staff/queries.ts';
import { insertRecord } from '../training/queries.ts';

const PROVIDERS = [
  'e-Learning for Healthcare',
  'Personalised Care Institute',
  'Local training hub',
  'Blue Stream Academy',
];

/**
 * Gives example workers a believable history: most requirements done on time, some renewed, some late or
 * missing, some booked. Deterministic for the same random source.
 */
export function seedTrainingHistory(db: Database, random: () => number, today: string, signedOffBy: string): number {
  // A requirement met from the CPD log (seed/cpd.ts) still takes its turn with the random source, writing nothing
  // and drawn as the yearly attendance record it was, so the rest of the example stays as it was.
  const requirements = listRequirements(db).filter((r) => r.check === 'record' || r.check === 'cpd');
  const createdAt = `${today}T09:00:00.000Z`;
  let count = 0;
  for (const worker of listWorkerFacts(db)) {
    const lastDay = worker.leavingDate !== null && worker.leavingDate < today ? worker.leavingDate : today;
    if (worker.startDate > lastDay) continue;
    for (const req of requirements) {
      if (!req.roles.includes(worker.role)) continue;
      const write = (record: Parameters<typeof insertRecord>[1]) => {
        if (req.check !== 'record') return;
        insertRecord(db, record, createdAt, false);
        count++;
      };
      const roll = random();
      if (roll < 0.12) continue; // nothing recorded yet
      const due = dueDate(req.due, worker.startDate, req.appliesFrom);
      let completedOn = addDays(worker.startDate, Math.floor(random() * 40));
      if (roll < 0.2 || completedOn > lastDay) {
        write({
          workerId: worker.id,
          requirementId: req.id,
          status: 'booked',
          startDate: due < lastDay ? lastDay : due,
          completedOn: null,
          expiresOn: null,
          provider: PROVIDERS[0] as string,
          notes: '',
          signedOffBy: null,
        });
        continue;
      }
      const provider = PROVIDERS[Math.floor(random() * PROVIDERS.length)] as string;
      const signer = req.kind === 'induction' ? signedOffBy : null;
      // Completions, renewed on time until one (sometimes) lapses.
      while (completedOn <= lastDay) {
        write({
          workerId: worker.id,
          requirementId: req.id,
          status: 'completed',
          startDate: null,
          completedOn,
          expiresOn: null,
          provider,
          notes: '',
          signedOffBy: signer,
        });
        const renewalMonths = req.check === 'cpd' ? 12 : req.renewalMonths;
        if (renewalMonths === null) break;
        const next = addDays(
          addMonths(completedOn, renewalMonths),
          -Math.floor(random() * 60) + (random() < 0.1 ? 90 : 0),
        );
        completedOn = next;
      }
    }
  }
  return count;
}
