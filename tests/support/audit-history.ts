import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/api/contract.ts';
import { linkWorker } from './link-worker.ts';

/**
 * A PCN's audit log written over 2026 by real calls on known days, for the audit log's filters: two link workers,
 * each with their own history, a pay change and a change of hours. Two entries sit either side of a UK midnight
 * in summer (23:30 on 15/06 and 00:30 on 16/06, British Summer Time), where UTC says otherwise.
 */
export interface AuditHistory {
  florence: number;
  kwame: number;
  /** The first day (opening the file and setting up the PCN) and the last day anything was written. */
  firstDay: string;
  lastDay: string;
}

/** The clock the history is written on: each step sets the instant its calls are made at. */
export interface HistoryClock {
  now(): Date;
  set(isoInstant: string): void;
}

export function historyClock(start = '2026-01-05T10:00:00Z'): HistoryClock {
  let at = Date.parse(start);
  return { now: () => new Date(at), set: (iso) => (at = Date.parse(iso)) };
}

/** Writes the history through `backend`, whose clock is `clock` (set to 05/01/2026 10:00 when opened). */
export async function writeAuditHistory(backend: Backend, clock: HistoryClock): Promise<AuditHistory> {
  const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const envelope = await backend.call(method, input);
    if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
    return envelope.value;
  };
  const trained = (workerId: number, requirementId: string, completedOn: string) =>
    call('training.record', { workerId, requirementId, status: 'completed', completedOn });

  clock.set('2026-01-05T10:00:00Z');
  await call('app.setUpPcn', {
    pcn: { name: 'Riverside PCN', odsCode: 'U12345', fullTimeHours: 37.5 },
    practices: [{ name: 'Riverside Surgery', odsCode: 'A81001' }],
    leadPracticeIndex: 0,
  });
  const gp = await call('colleague.create', { name: 'Dr Asha Patel', jobTitle: 'GP partner', practiceId: 1 });
  const florence = (await call('worker.create', linkWorker({ name: 'Florence Ndlovu', supervisorId: gp.id }))).id;
  const kwame = (await call('worker.create', linkWorker({ name: 'Kwame Mensah', hoursPerWeek: 30 }))).id;

  clock.set('2026-03-02T11:00:00Z');
  await trained(florence, 'fire-safety', '2026-02-27');
  await call('worker.update', { id: kwame, fields: linkWorker({ name: 'Kwame Mensah', hoursPerWeek: 22.5 }) });

  clock.set('2026-06-15T22:30:00Z'); // 23:30 on 15/06 in London
  await trained(kwame, 'fire-safety', '2026-06-15');
  clock.set('2026-06-15T23:30:00Z'); // 00:30 on 16/06 in London
  await call('training.exempt', {
    workerId: florence,
    requirementId: 'lone-working',
    reason: 'Works only in the surgery, never alone',
  });

  clock.set('2026-10-26T09:00:00Z');
  await trained(florence, 'data-security', '2026-10-20');
  await trained(kwame, 'data-security', '2026-10-21');
  await call('pay.save', {
    workerId: florence,
    effectiveFrom: '2026-11-01',
    annualSalaryPence: 3_200_000,
    ni: { kind: 'percent', basisPoints: 1380 },
    pension: { kind: 'percent', basisPoints: 1445 },
  });
  return { florence, kwame, firstDay: '2026-01-05', lastDay: '2026-10-26' };
}

/** The history above written into a data folder, closed again so a server can open it (the end-to-end tests). */
export async function dataFolderWithAuditHistory(dataDir: string): Promise<AuditHistory> {
  const clock = historyClock();
  const backend = createBackend({ dataDir, now: clock.now, osUser: 'Sam Lead' });
  try {
    return await writeAuditHistory(backend, clock);
  } finally {
    backend.close();
  }
}
