import type { InputOf } from '../../../shared/api/contract.ts';
import type { ImportBatchSummary, ImportKind, ImportReport, ImportUndone } from '../../../shared/domain/imports.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import { createResource } from './resource.ts';

/** The lead's recent imports, newest first, each with what it added and whether it was undone. */
export const recentImports = createResource<null, ImportBatchSummary[]>({
  name: 'the recent imports',
  load: () => call('import.list', {}),
  dependsOn: ['imports'],
});

/** What importing the file would do, every problem by row and column; writes nothing. */
export function dryRunImport(input: InputOf<'import.dryRun'>): Promise<ImportReport> {
  return call('import.dryRun', input);
}

/** Imports the file; the register, the matrix and the recent imports refresh from the change it announces. */
export function commitImport(input: InputOf<'import.commit'>): Promise<ImportReport> {
  return call('import.commit', input);
}

export function undoImport(batchId: number): Promise<ImportUndone> {
  return call('import.undo', { batchId });
}

/** A blank spreadsheet with the headings the import understands, saved through the browser's download. */
export async function downloadImportTemplate(kind: ImportKind, format: 'xlsx' | 'csv'): Promise<void> {
  const file = await call('import.template', { kind, format });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}
