import { z } from 'zod';
import { IMPORT_KINDS, REGISTER_FIELDS, TRAINING_FIELDS } from '../domain/imports.ts';
import { id } from './fields.ts';
import { requirementId } from './requirements.ts';
import { staffText } from './staff-text.ts';

const columnIndex = z.number().int().min(0).max(200).nullable();

const importKind = z.enum(IMPORT_KINDS, { error: 'Choose training records or the staff register' });

/** A spreadsheet to import: the file itself, and (when the user has chosen them) its columns and course names. */
export const importInput = z
  .object({
    kind: importKind.default('training'),
    fileName: staffText(255, { required: 'The file has no name', tooLong: 'The file name is too long' }),
    dataBase64: z.string().min(1, 'The file is empty'),
    /**
     * Left out, each column is guessed from its heading (or the mapping remembered from the last import of the
     * kind). Fields of the other kind are refused by the backend.
     */
    columns: z
      .partialRecord(z.enum([...TRAINING_FIELDS, ...REGISTER_FIELDS]), columnIndex)
      .nullable()
      .default(null),
    /** Course name (as written in the file) → the requirement it is (training records only). */
    courses: z.record(staffText(200), requirementId).default({}),
  })
  .strict();
export type ImportInput = z.output<typeof importInput>;

export const importCommitInput = importInput.extend({ onlyValidRows: z.boolean() }).strict();
export type ImportCommitInput = z.output<typeof importCommitInput>;

export const importUndoInput = z.object({ batchId: id }).strict();

/** A blank spreadsheet with the headings the import understands, and one example row. */
export const importTemplateInput = z
  .object({ kind: importKind, format: z.enum(['xlsx', 'csv'], { error: 'Choose Excel (.xlsx) or CSV' }) })
  .strict();
