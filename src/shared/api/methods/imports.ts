import { z } from 'zod';
import type { FileDownload } from '../../domain/files.ts';
import type { ImportBatchSummary, ImportReport, ImportUndone } from '../../domain/imports.ts';
import { importCommitInput, importInput, importTemplateInput, importUndoInput } from '../../schemas/imports.ts';
import { LEAD } from '../access.ts';
import { method } from '../method.ts';

// Importing writes many people's records at once: the lead's alone.
export const importMethods = {
  'import.dryRun': method<ImportReport>()(importInput, LEAD),
  'import.commit': method<ImportReport>()(importCommitInput, LEAD),
  'import.undo': method<ImportUndone>()(importUndoInput, LEAD),
  'import.list': method<ImportBatchSummary[]>()(z.object({}).strict(), LEAD),
  'import.template': method<FileDownload>()(importTemplateInput, LEAD),
};
