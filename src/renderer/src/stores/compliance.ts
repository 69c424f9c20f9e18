import { create } from 'zustand';
import type { Domain } from '../../../shared/api/domains.ts';
import type { Matrix, WorkerCompliance } from '../../../shared/domain/compliance.ts';
import type { MatrixFilter } from '../../../shared/rules/matrix-view.ts';
import { NO_FILTER } from '../../../shared/rules/matrix-view.ts';
import { decodeMatrix } from '../../../shared/rules/matrix-wire.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import { createResource } from './resource.ts';

/** Everything a requirement's status is worked out from. */
export const STATUS_INPUTS: readonly Domain[] = [
  'training',
  'induction',
  'staff',
  'pcn',
  'requirements',
  'settings',
  'supervision',
  'competencies',
  'cpd',
];

/** Everyone against every requirement, as at today. */
export const trainingMatrix = createResource<null, Matrix>({
  name: 'the training matrix',
  load: async () => decodeMatrix(await call('compliance.matrix', {})),
  dependsOn: STATUS_INPUTS,
});

/** One worker's requirements with status, reason and history. */
export const workerCompliance = createResource<number, WorkerCompliance>({
  name: "this worker's requirements",
  load: (workerId) => call('compliance.worker', { workerId }),
  dependsOn: STATUS_INPUTS,
  workerOf: (workerId) => workerId,
});

interface MatrixViewState {
  filter: MatrixFilter;
  setFilter(change: Partial<MatrixFilter>): void;
}

/** The matrix's filters, kept while moving between pages. */
export const useMatrixView = create<MatrixViewState>()((set, get) => ({
  filter: NO_FILTER,
  setFilter: (change) => set({ filter: { ...get().filter, ...change } }),
}));

/** The printable matrix (A4 landscape PDF) for the people the filters show. */
export async function downloadMatrixPdf(filter: MatrixFilter): Promise<void> {
  const file = await call('compliance.matrixPdf', { filter });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}

/** The person's due dates, next supervision and (link workers) the national webinar, for a calendar app. */
export async function downloadWorkerCalendar(workerId: number): Promise<void> {
  const file = await call('compliance.calendar', { workerId });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}
