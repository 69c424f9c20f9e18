import type { InputOf } from '../../../shared/api/contract.ts';
import type { CpdLog } from '../../../shared/domain/cpd.ts';
import { call } from '../api/client.ts';
import { createResource } from './resource.ts';

/** A person's CPD log, its kinds and the events to log in one click. */
export const cpdLog = createResource<number, CpdLog>({
  name: "this person's CPD log",
  load: (workerId) => call('cpd.forWorker', { workerId }),
  dependsOn: ['cpd', 'staff'],
  workerOf: (workerId) => workerId,
});

/** Each write answers with the entry; the log (and the statuses it feeds) reload from the change. */
export async function addCpdEntry(input: InputOf<'cpd.add'>): Promise<void> {
  await call('cpd.add', input);
}

export async function updateCpdEntry(input: InputOf<'cpd.update'>): Promise<void> {
  await call('cpd.update', input);
}

export async function removeCpdEntry(id: number): Promise<void> {
  await call('cpd.remove', { id });
}

export async function logCpdSuggestion(workerId: number, eventKey: string): Promise<void> {
  await call('cpd.logSuggestion', { workerId, eventKey });
}
