import type { Domain } from '../../../shared/api/domains.ts';
import type { LeadHome, SupervisorHome, WorkerHome } from '../../../shared/domain/home.ts';
import { call } from '../api/client.ts';
import { STATUS_INPUTS } from './compliance.ts';
import { createResource } from './resource.ts';

/** A supervisor's and a worker's home: statuses, sessions and assessments. */
const PERSONAL_INPUTS: readonly Domain[] = [...STATUS_INPUTS, 'compliance'];

/** The lead's figures: statuses, the claim and the latest changes to anything, so any write can change them. */
export const leadHome = createResource<null, LeadHome>({
  name: 'your home page',
  load: () => call('home.lead', {}),
  dependsOn: 'everything',
});

/** Keyed by the supervisor (a colleague) chosen in personal mode; null for the signed-in supervisor's own. */
export const supervisorHome = createResource<number | null, SupervisorHome>({
  name: 'your supervisees',
  load: (colleagueId) => call('home.supervisor', colleagueId === null ? {} : { colleagueId }),
  dependsOn: PERSONAL_INPUTS,
});

/** Keyed by the worker named; null for the signed-in worker's own. */
export const workerHome = createResource<number | null, WorkerHome>({
  name: 'your next steps',
  load: (workerId) => call('home.mine', workerId === null ? {} : { workerId }),
  dependsOn: PERSONAL_INPUTS,
  workerOf: (workerId) => workerId,
});
