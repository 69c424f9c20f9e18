import { z } from 'zod';
import type {
  CaseloadImportResult,
  CaseloadOverview,
  CaseloadThresholds,
  WorkerCaseload,
} from '../../domain/caseload.ts';
import { caseloadImportInput, caseloadSaveInput, caseloadThresholdsInput } from '../../schemas/caseload.ts';
import { id } from '../../schemas/fields.ts';
import { changeAbout, LEAD, READERS, readAbout, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

export const caseloadMethods = {
  // A link worker's months and their figures against the norms (caseload/figures.ts).
  'caseload.forWorker': method<WorkerCaseload>()(z.object({ workerId: id }).strict(), readAbout({ field: 'workerId' })),
  // One month's counts, typed in by the worker, their supervisor or the lead.
  'caseload.save': method<WorkerCaseload>()(
    caseloadSaveInput,
    changeAbout({ field: 'workerId' }, { supervisor: true, self: true }),
  ),
  // Every link worker side by side, for the lead and the viewer.
  'caseload.overview': method<CaseloadOverview>()(z.object({}).strict(), READERS),
  // A CSV of counts by worker and month: many people's figures at once, so the lead's alone.
  'caseload.import': method<CaseloadImportResult>()(caseloadImportInput, LEAD),
  // The norms, which the worker's own page and the supervision form show too.
  'caseload.thresholds': method<CaseloadThresholds>()(z.object({}).strict(), SIGNED_IN),
  'caseload.setThresholds': method<CaseloadThresholds>()(caseloadThresholdsInput, LEAD),
};
