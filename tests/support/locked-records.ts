import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend, DATA_FILE_NAME } from '../../src/backend/backend.ts';
import type { InputOf } from '../../src/shared/api/contract.ts';
import { selfRateTheRest } from './assessments.ts';
import { callsOn, ok, tempDir } from './backend.ts';
import { claimPcn, claimWorker, MONTH, startClaim } from './claim-month.ts';

export const NOW = '2026-11-24T10:00:00Z';
export const TODAY = '2026-11-24';

/** A backend on the data folder `dir` (already holding a file, or not), with "now" fixed. */
export const openAt = (dir: string): Backend =>
  createBackend({ dataDir: dir, now: () => new Date(NOW), osUser: 'tester' });

/** Backends opened with `openAt`, kept so a test can close them all: to reopen a data file, or when it ends. */
export function trackedBackends(): { backendAt(dir: string): Backend; closeAll(): void } {
  const open: Backend[] = [];
  return {
    backendAt: (dir) => {
      const backend = openAt(dir);
      open.push(backend);
      return backend;
    },
    closeAll: () => open.splice(0).forEach((b) => b.close()),
  };
}

/** The records of Florence Ndlovu's that lock, and the ARRS claim, as `lockedRecords` made them. */
export interface LockedIds {
  workerId: number;
  gpId: number;
  assessment: number;
  /** Signed by both, with two actions and an addendum. */
  session: number;
  /** Signed by both, with no actions and no addenda. */
  bareSession: number;
  /** October 2025's claim, submitted. */
  claim: number;
}

export const COMPETENCY = 'person-centred.what-matters';

/** Every competency self-rated, submitted, agreed and signed by Florence's supervisor (chosen under "Acting as"). */
export async function signAssessment(backend: Backend, workerId: number, gpId: number): Promise<number> {
  const { id } = await ok(backend, 'assessment.start', { workerId });
  await ok(backend, 'assessment.saveRating', { assessmentId: id, competencyId: COMPETENCY, selfRating: 2 });
  await selfRateTheRest(callsOn(backend), id);
  await ok(backend, 'assessment.submit', { id });
  await ok(backend, 'app.setCurrentUser', { person: { kind: 'colleague', id: gpId } });
  await ok(backend, 'assessment.agree', { assessmentId: id, areaId: null });
  await ok(backend, 'assessment.sign', { id });
  await ok(backend, 'app.setCurrentUser', { person: null });
  return id;
}

type SessionFields = InputOf<'supervision.save'>['fields'];

/** Saved, then signed by Florence and by Dr Asha Patel with their typed names. */
export async function signSession(backend: Backend, fields: SessionFields): Promise<number> {
  const { id } = await ok(backend, 'supervision.save', { id: null, fields });
  await ok(backend, 'supervision.sign', { sessionId: id, who: 'worker', name: 'Florence Ndlovu' });
  await ok(backend, 'supervision.sign', { sessionId: id, who: 'supervisor', name: 'Dr Asha Patel' });
  return id;
}

export const sessionOn = (workerId: number, gpId: number, date: string, actions: SessionFields['actions'] = []) => ({
  workerId,
  date,
  kind: 'Clinical or professional',
  supervisorId: gpId,
  durationMinutes: 60,
  caseloadActive: null,
  newReferrals: null,
  casesDiscussed: 'Person A: linked to a lunch club.',
  actions,
  nextDate: null,
});

/** Checked and submitted on `TODAY`; answers the claim's id. */
export async function submitClaim(backend: Backend, month = MONTH): Promise<number> {
  const id = await startClaim(backend, month);
  await ok(backend, 'claim.check', { id });
  await ok(backend, 'claim.submit', { id, submittedOn: TODAY, portalReference: `PCWP-${id}` });
  return id;
}

/** Florence with a signed assessment, two supervision records signed by both and a submitted claim. */
export async function lockedRecords(backend: Backend): Promise<LockedIds> {
  const { gpId } = await claimPcn(backend);
  const workerId = await claimWorker(backend, { gpId, name: 'Florence Ndlovu' });
  const assessment = await signAssessment(backend, workerId, gpId);
  const session = await signSession(
    backend,
    sessionOn(workerId, gpId, '2026-11-10', [
      { description: 'Map the new lunch clubs', owner: 'Florence Ndlovu', dueDate: '2026-12-01' },
      { description: 'Book safeguarding level 3', owner: 'Florence Ndlovu', dueDate: '2026-12-08' },
    ]),
  );
  await ok(backend, 'supervision.addendum', { sessionId: session, text: 'Second action moved to January.' });
  const bareSession = await signSession(backend, sessionOn(workerId, gpId, '2026-10-13'));
  const claim = await submitClaim(backend);
  return { workerId, gpId, assessment, session, bareSession, claim };
}

const made: string[] = [];

/** Removes the folders `copyOf` made; call after each test once every backend on them is closed. */
export function removeCopies(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A new data folder holding a copy of `dir`'s data file and the note of its audit log's end. */
export function copyOf(dir: string): string {
  const copy = tempDir('linkwork-tamper-');
  made.push(copy);
  for (const name of fs.readdirSync(dir).filter((n) => n.startsWith(DATA_FILE_NAME)))
    fs.copyFileSync(path.join(dir, name), path.join(copy, name));
  return copy;
}
