import type { Role } from '../../shared/domain/staff.ts';
import { ROLES } from '../../shared/domain/staff.ts';
import { addDays } from '../../shared/rules/dates.ts';
import { recordAudit } from '../audit/record.ts';
import { lockedRecords, sealOfRecord } from '../audit/seals.ts';
import type { Ctx } from '../context.ts';
import { inTransaction } from '../context.ts';
import { conflict } from '../errors.ts';
import * as pcnQueries from '../pcn/queries.ts';
import { insertPay } from '../claims/pay-queries.ts';
import { insertWorker } from '../staff/queries.ts';
import { FAMILY_NAMES, GIVEN_NAMES, PLACES, PRACTICE_SUFFIXES, PROVIDERS } from './names.ts';
import { picker, seededRandom } from './random.ts';
import { seedCpdLog } from './cpd.ts';
import { seedSupervisionAndCompetencies } from './supervision-and-competencies.ts';
import { seedTrainingHistory } from './training.ts';

export const SEED_PROFILES = {
  /** A realistic PCN: about a dozen workers over three roles, two employers, six practices. */
  pcn: { pcnName: 'Riverside and Millbrook PCN', practices: 6, providers: 1, gpsPerPractice: 1, workers: 12 },
  /** An integrated care system's worth of workers, for measuring speed. */
  ics: { pcnName: 'Example ICS speed-test PCN', practices: 250, providers: 39, gpsPerPractice: 2, workers: 5000 },
} as const;

export type SeedProfile = keyof typeof SEED_PROFILES;

export interface SeedOptions {
  profile: SeedProfile;
  seed: number;
  /** Start and leaving dates are spread back from this date. */
  today: string;
}

export interface SeedSummary {
  practices: number;
  employers: number;
  colleagues: number;
  workers: number;
  trainingRecords: number;
  supervisionSessions: number;
  assessments: number;
}

const ROLE_MIX: readonly Role[] = ['splw', 'splw', 'splw', 'care_coordinator', 'hwbc'];
const HOURS = [37.5, 37.5, 30, 22.5, 18.75] as const;

const renamed = (s: { sessions: number; assessments: number }) => ({
  supervisionSessions: s.sessions,
  assessments: s.assessments,
});

/** Fills an empty data file with example data, deterministic for the same seed and date. */
export function seedExample(ctx: Ctx, { profile, seed, today }: SeedOptions): SeedSummary {
  const shape = SEED_PROFILES[profile];
  const random = seededRandom(seed);
  const pick = picker(random);
  const personName = () => `${pick(GIVEN_NAMES)} ${pick(FAMILY_NAMES)}`;
  const db = ctx.db;

  return inTransaction(ctx, () => {
    if (pcnQueries.readPcn(db)) throw conflict('This data file already has a PCN; example data goes into an empty one');
    pcnQueries.writePcn(db, { name: shape.pcnName, odsCode: 'U00001', fullTimeHours: 37.5 });

    const practiceIds: number[] = [];
    for (let i = 0; i < shape.practices; i++) {
      const place = PLACES[i % PLACES.length] as string;
      const round = Math.floor(i / PLACES.length);
      const name = `${place} ${PRACTICE_SUFFIXES[(i + round) % PRACTICE_SUFFIXES.length]}${round > 0 ? ` ${round + 1}` : ''}`;
      practiceIds.push(pcnQueries.insertPractice(db, { name, odsCode: `Y${String(10001 + i)}` }));
    }
    const leadName = pcnQueries.findPractice(db, practiceIds[0] as number)?.name ?? 'Lead practice';
    const employerIds = [pcnQueries.insertEmployer(db, { name: leadName, kind: 'lead_practice' })];
    for (let i = 0; i < shape.providers; i++) {
      const base = PROVIDERS[i % PROVIDERS.length] as string;
      const name = i < PROVIDERS.length ? base : `${base} ${Math.floor(i / PROVIDERS.length) + 1}`;
      employerIds.push(pcnQueries.insertEmployer(db, { name, kind: 'subcontracted' }));
    }

    const gpIds: number[] = [];
    for (const practiceId of practiceIds) {
      for (let g = 0; g < shape.gpsPerPractice; g++) {
        gpIds.push(pcnQueries.insertColleague(db, { name: `Dr ${personName()}`, jobTitle: 'GP partner', practiceId }));
      }
    }
    const managerId = pcnQueries.insertColleague(db, {
      name: personName(),
      jobTitle: 'PCN operations manager',
      practiceId: practiceIds[0] ?? null,
    });

    for (let i = 0; i < shape.workers; i++) {
      const startDate = addDays(today, -Math.floor(30 + random() * 1500));
      const leaves = random() < 0.08;
      const role = i < ROLES.length ? (ROLES[i] as Role) : pick(ROLE_MIX);
      const workerId = insertWorker(db, {
        name: personName(),
        role,
        employerId: random() < 0.7 ? (employerIds[0] as number) : pick(employerIds),
        basePracticeId: pick(practiceIds),
        arrsFunded: random() < 0.95,
        startDate,
        leavingDate: leaves ? addDays(startDate, Math.floor(200 + random() * 600)) : null,
        hoursPerWeek: pick(HOURS),
        supervisorId: pick(gpIds),
        firstContactId: managerId,
      });
      // Illustrative pay: Agenda for Change band 4 or 5 points, with on-costs as percentages.
      const salary = (role === 'care_coordinator' ? 2600000 : 3100000) + Math.floor(random() * 4) * 50000;
      insertPay(db, {
        workerId,
        effectiveFrom: startDate,
        annualSalaryPence: salary,
        ni: { kind: 'percent', basisPoints: 1150 },
        pension: { kind: 'percent', basisPoints: 1438 },
      });
    }

    const summary = {
      practices: practiceIds.length,
      employers: employerIds.length,
      colleagues: gpIds.length + 1,
      workers: shape.workers,
      trainingRecords: seedTrainingHistory(db, random, today, pcnQueries.findColleague(db, managerId)?.name ?? ''),
      ...renamed(seedSupervisionAndCompetencies(db, random, today)),
    };
    // Last, so the draws before it (and the example they make) are as they were.
    seedCpdLog(db, random, today);
    recordAudit(ctx, {
      action: 'example.load',
      entity: 'pcn',
      entityId: 1,
      summary: `Loaded the example data (${profile} profile, seed ${seed}): ${summary.workers} workers, ${summary.trainingRecords} training records`,
      after: summary,
      // The signed records the example holds, sealed as they are, as signing them in the app would have done.
      seals: lockedRecords(db).map(sealOfRecord),
    });
    return summary;
  });
}
