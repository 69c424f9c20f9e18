import { z } from 'zod';
import { IMPORT_FIELDS } from '../domain/imports.ts';
import { id } from './fields.ts';
import { requirementId } from './requirements.ts';
import { staffText } from './staff-text.ts';

const columnIndex = z.number().int().min(0).max(200).nullable();

/** A spreadsheet to import: the file itself, and (when the user has chosen them) its columns and course names. */
export const importInput = z
  .object({
    fileName: staffText(255, { required: 'The file has no name', tooLong: 'The file name is too long' }),
    dataBase64: z.string().min(1, 'The file is empty'),
    /** Left out, each column is guessed from its heading (or the mapping remembered from the last import). */
    columns: z
      .object(
        Object.fromEntries(IMPORT_FIELDS.map((f) => [f, columnIndex])) as Record<
          (typeof IMPORT_FIELDS)[number],
          typeof columnIndex
        >,
      )
      .nullable()
      .default(null),
    /** Course name (as written in the file) → the requirement it is. */
    courses: z.record(staffText(200), requirementId).default({}),
  })
  .strict();
export type ImportInput = z.output<typeof importInput>;

export const importCommitInput = importInput.extend({ onlyValidRows: z.boolean() }).strict();
export type ImportCommitInput = z.output<typeof importCommitInput>;

export const importUndoInput = z.object({ batchId: id }).strict();
