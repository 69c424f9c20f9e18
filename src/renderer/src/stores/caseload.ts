import type {
  CaseloadCounts,
  CaseloadImportResult,
  CaseloadOverview,
  CaseloadThresholds,
  WorkerCaseload,
} from '../../../shared/domain/caseload.ts';
import { call } from '../api/client.ts';
import { readAsBase64 } from '../api/download.ts';
import { createResource } from './resource.ts';

/** A link worker's months and figures; their hours (staff) and the PCN's full-time week change the norm. */
export const workerCaseload = createResource<number, WorkerCaseload>({
  name: "this worker's caseload",
  load: (workerId) => call('caseload.forWorker', { workerId }),
  dependsOn: ['caseload', 'staff', 'pcn'],
  workerOf: (workerId) => workerId,
});

/** Every link worker side by side. */
export const caseloadOverview = createResource<null, CaseloadOverview>({
  name: 'the caseload figures',
  load: () => call('caseload.overview', {}),
  dependsOn: ['caseload', 'staff', 'pcn'],
});

export const caseloadThresholds = createResource<null, CaseloadThresholds>({
  name: 'the caseload norms',
  load: () => call('caseload.thresholds', {}),
  dependsOn: ['caseload'],
});

export async function saveCaseloadMonth(workerId: number, month: string, counts: CaseloadCounts): Promise<void> {
  workerCaseload.put(workerId, await call('caseload.save', { workerId, month, counts }));
}

export async function saveCaseloadThresholds(thresholds: CaseloadThresholds): Promise<void> {
  caseloadThresholds.put(null, await call('caseload.setThresholds', thresholds));
}

export async function importCaseloadCsv(file: File): Promise<CaseloadImportResult> {
  const result = await call('caseload.import', { fileName: file.name, dataBase64: await readAsBase64(file) });
  await caseloadOverview.load(null);
  return result;
}
