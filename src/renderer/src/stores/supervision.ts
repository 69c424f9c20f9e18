import type { SupervisionOverview } from '../../../shared/api/methods/supervision.ts';
import type { FrameworkDocument } from '../../../shared/domain/competencies.ts';
import type { WorkerRow } from '../../../shared/domain/staff.ts';
import type { OpenAction, SessionFields, SupervisionSession } from '../../../shared/domain/supervision.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import { framework, frameworkList } from './competencies.ts';
import { STATUS_INPUTS } from './compliance.ts';
import type { Loadable } from './loadable.ts';
import { dataOf, ready } from './loadable.ts';
import type { Resource } from './resource.ts';
import { createResource } from './resource.ts';
import { appSettings } from './settings.ts';

/** One supervision session with its actions, signatures and addenda. */
export const supervisionSession: Resource<number, SupervisionSession> = createResource<number, SupervisionSession>({
  name: 'the supervision record',
  load: (id) => call('supervision.get', { id }),
  // It carries the worker's and supervisor's names, which the register and the organisation change.
  dependsOn: ['supervision', 'staff', 'pcn'],
  // The key is the session's id; once loaded, changes to other workers can leave it alone.
  workerOf: (id) => dataOf(supervisionSession.peek(id))?.workerId ?? null,
});

/** A worker's supervision: cadence against what is expected, their sessions and open actions. */
export const workerSupervision = createResource<number, SupervisionOverview>({
  name: "this worker's supervision",
  load: (workerId) => call('supervision.forWorker', { workerId }),
  // Cadence is judged like any requirement, exemptions included.
  dependsOn: STATUS_INPUTS,
  workerOf: (workerId) => workerId,
});

/** Every open supervision action across the PCN, soonest due first. */
export const openSupervisionActions = createResource<null, OpenAction[]>({
  name: 'the open supervision actions',
  load: () => call('supervision.openActions', {}),
  dependsOn: ['supervision', 'staff'],
});

export interface CompetencyOption {
  id: string;
  label: string;
}

/** What a session form offers: its kinds, and the competencies of the framework covering the worker's role. */
export interface SessionChoices {
  kinds: string[];
  competencies: CompetencyOption[];
}

function competencyOptions(document: FrameworkDocument): CompetencyOption[] {
  return document.areas.flatMap((a) => a.competencies.map((c) => ({ id: c.id, label: `${a.title}: ${c.title}` })));
}

function mapReady<A, B>(state: Loadable<A>, f: (data: A) => B): Loadable<B> {
  return state.status === 'ready' ? ready(f(state.data)) : state;
}

/** React hook: the choices for a session with a worker in this role, ready when all of them are. */
export function useSessionChoices(role: WorkerRow['role']): { state: Loadable<SessionChoices>; retry(): void } {
  const settings = appSettings.use(null);
  const frameworks = frameworkList.use(null);
  const covering = dataOf(frameworks)?.find((f) => f.roles.includes(role)) ?? null;
  const document = framework.use(covering?.id ?? '', covering !== null);
  const competencies =
    covering === null ? mapReady(frameworks, () => []) : mapReady(document, (d) => competencyOptions(d));
  const state: Loadable<SessionChoices> =
    settings.status !== 'ready'
      ? settings
      : mapReady(competencies, (c) => ({ kinds: settings.data.supervisionKinds, competencies: c }));
  const retry = () => {
    if (settings.status !== 'ready') void appSettings.load(null);
    if (frameworks.status !== 'ready') void frameworkList.load(null);
    else if (covering && document.status !== 'ready') void framework.load(covering.id);
  };
  return { state, retry };
}

/** Creates the session when `id` is null; returns it as saved. */
export async function saveSession(id: number | null, fields: SessionFields): Promise<SupervisionSession> {
  const saved = await call('supervision.save', { id, fields });
  supervisionSession.put(saved.id, saved);
  return saved;
}

/** Personal mode passes the typed name; in team mode the signed-in account signs and no name is sent. */
export async function signSession(sessionId: number, who: 'worker' | 'supervisor', name?: string): Promise<void> {
  const input = name === undefined ? { sessionId, who } : { sessionId, who, name };
  supervisionSession.put(sessionId, await call('supervision.sign', input));
}

export async function addAddendum(sessionId: number, text: string): Promise<void> {
  supervisionSession.put(sessionId, await call('supervision.addendum', { sessionId, text }));
}

export async function markActionDone(actionId: number): Promise<void> {
  openSupervisionActions.put(null, await call('supervision.setActionStatus', { actionId, status: 'done' }));
}

export async function downloadSessionRecord(id: number): Promise<void> {
  const file = await call('supervision.pdf', { id });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}

/** The worker's sessions between two ISO dates, as one PDF. */
export async function downloadSupervisionLog(workerId: number, from: string, to: string): Promise<void> {
  const file = await call('supervision.logPdf', { workerId, from, to });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}
