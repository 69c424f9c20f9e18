import type { InputOf } from '../../../shared/api/contract.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import { workerCompliance } from './compliance.ts';

export async function recordTraining(input: InputOf<'training.record'>): Promise<void> {
  await call('training.record', input);
}

export async function exemptFromRequirement(input: InputOf<'training.exempt'>): Promise<void> {
  workerCompliance.put(input.workerId, await call('training.exempt', input));
}

export async function endExemption(workerId: number, requirementId: string): Promise<void> {
  workerCompliance.put(workerId, await call('training.endExemption', { workerId, requirementId }));
}

/** The lead confirms a record the worker made themself; the worker's page refreshes from the change. */
export async function verifyTraining(recordId: number): Promise<void> {
  await call('training.verify', { recordId });
}

/** Saves a stored certificate under the name it was uploaded with. */
export async function downloadEvidence(fileId: number): Promise<void> {
  const file = await call('evidence.get', { fileId });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}

export async function downloadInductionChecklist(workerId: number): Promise<void> {
  const file = await call('induction.pdf', { workerId });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}

/** A correction: the record's current version is kept in its history; the page refreshes from the change. */
export async function correctTraining(input: InputOf<'training.correct'>): Promise<void> {
  await call('training.correct', input);
}

export async function withdrawTraining(recordId: number, reason: string): Promise<void> {
  await call('training.withdraw', { recordId, reason });
}

export async function undoInductionTick(input: InputOf<'induction.undoTick'>): Promise<void> {
  workerCompliance.put(input.workerId, await call('induction.undoTick', input));
}

/** One course for several people from the matrix; the matrix refreshes from the change. */
export async function recordTrainingForMany(input: InputOf<'training.recordMany'>): Promise<number> {
  return (await call('training.recordMany', input)).length;
}
