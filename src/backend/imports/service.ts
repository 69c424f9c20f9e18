import type { ImportKind, ImportReport, ImportUndone } from '../../shared/domain/imports.ts';
import type { RecordInput } from '../../shared/domain/requirements.ts';
import type { WorkerFields } from '../../shared/domain/staff.ts';
import type { ImportCommitInput, ImportInput } from '../../shared/schemas/imports.ts';
import { countOf } from '../../shared/rules/words.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction } from '../context.ts';
import { conflict, DomainError, notFound } from '../errors.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { checkRegister } from './check-register.ts';
import { checkTraining } from './check-training.ts';
import { columnsFor, rememberChoices } from './mapping.ts';
import type { Sheet } from './parse.ts';
import { cellText, fileBytes, parseSheet } from './parse.ts';
import * as q from './queries.ts';
import { addWorkers, removeWorkers } from './register-batch.ts';
import type { CheckedSheet } from './row-reader.ts';
import { addRecords, withdrawRecords } from './training-batch.ts';

/** The file's rows, from its bytes: synchronous for CSV, a promise for a workbook. */
function sheetOf(ctx: Ctx, input: ImportInput): Sheet | Promise<Sheet> {
  const bytes = fileBytes(input.fileName, input.dataBase64, readAppSettings(ctx.db).evidenceMaxBytes);
  return parseSheet(bytes, input.fileName);
}

/** Runs `then` on the sheet as soon as it is read: at once for CSV, so a CSV import writes synchronously. */
const withSheet = <T>(sheet: Sheet | Promise<Sheet>, then: (sheet: Sheet) => T): T | Promise<T> =>
  sheet instanceof Promise ? sheet.then(then) : then(sheet);

type Checked =
  { kind: 'training'; checked: CheckedSheet<RecordInput> } | { kind: 'register'; checked: CheckedSheet<WorkerFields> };

function reportOf(input: ImportInput, sheet: Sheet, { checked }: Checked, columns: ImportReport['columns']) {
  return {
    kind: input.kind,
    fileName: input.fileName,
    headers: sheet.headers,
    columns,
    unknownCourses: checked.unknownCourses,
    rows: sheet.rows.length,
    ready: checked.ready.length,
    duplicates: checked.duplicates,
    invalid: checked.invalid,
    problems: checked.problems,
    // A cell for every heading, so the preview lines up however short a row is.
    sample: sheet.rows.slice(0, 10).map((r) => sheet.headers.map((_, i) => cellText(r.cells[i] ?? null))),
    batchId: null,
    added: 0,
  } satisfies ImportReport;
}

function check(ctx: Ctx, input: ImportInput, sheet: Sheet): { columns: ImportReport['columns']; result: Checked } {
  const columns = columnsFor(ctx.db, input.kind, sheet.headers, input.columns);
  const result: Checked =
    input.kind === 'register'
      ? { kind: 'register', checked: checkRegister(ctx, sheet, columns) }
      : { kind: 'training', checked: checkTraining(ctx, sheet, columns, input.courses) };
  return { columns, result };
}

/** What importing the file would do, every problem by row and column; writes nothing. */
export function dryRun(ctx: Ctx, input: ImportInput): ImportReport | Promise<ImportReport> {
  return withSheet(sheetOf(ctx, input), (sheet) => {
    const { columns, result } = check(ctx, input, sheet);
    return reportOf(input, sheet, result, columns);
  });
}

/** What each kind adds, counted as the audit log words it: "1 person", "2 people". */
const added = (kind: ImportKind, n: number) =>
  kind === 'register' ? countOf(n, 'person', 'people') : countOf(n, 'training record');

/**
 * Imports the file's valid rows (training records, or workers for a staff register) in one transaction and one
 * audit entry, recorded as a batch that `undo` can take back. Refused while any row is invalid, unless only the
 * valid rows are wanted; duplicates are skipped either way, so importing the same file twice adds nothing.
 */
export function commit(ctx: Ctx, input: ImportCommitInput): ImportReport | Promise<ImportReport> {
  return withSheet(sheetOf(ctx, input), (sheet) =>
    inTransaction(ctx, () => {
      const { columns, result } = check(ctx, input, sheet);
      const { checked } = result;
      const report = reportOf(input, sheet, result, columns);
      if (checked.invalid > 0 && !input.onlyValidRows) {
        throw new DomainError(
          'VALIDATION',
          `${countOf(checked.invalid, 'row')} of ${input.fileName} cannot be imported: correct them, or import only the valid rows`,
          { fields: { dataBase64: `${countOf(checked.invalid, 'row')} cannot be imported` } },
        );
      }
      rememberChoices(ctx.db, input.kind, sheet.headers, columns, input.courses);
      const count = checked.ready.length;
      if (count === 0) return report;
      const batchId = q.insertBatch(ctx.db, {
        kind: input.kind,
        fileName: input.fileName,
        at: ctx.now().toISOString(),
        by: actor(ctx),
        added: count,
      });
      if (result.kind === 'register') addWorkers(ctx, batchId, result.checked.ready);
      else addRecords(ctx, batchId, result.checked.ready);
      const skipped = [
        checked.duplicates > 0 ? `${countOf(checked.duplicates, 'duplicate')} skipped` : '',
        checked.invalid > 0 ? `${countOf(checked.invalid, 'invalid row')} left out` : '',
      ].filter(Boolean);
      const isRegister = input.kind === 'register';
      recordAudit(ctx, {
        action: isRegister ? 'import.register' : 'import.commit',
        entity: 'import_batch',
        entityId: batchId,
        summary: `Imported ${added(input.kind, count)} from ${input.fileName}${skipped.length ? ` (${skipped.join('; ')})` : ''}`,
        // What was added is linked to the batch; the entry stays small however big the file.
        after: { fileName: input.fileName, added: count, duplicates: checked.duplicates, invalid: checked.invalid },
      });
      return { ...report, batchId, added: count };
    }),
  );
}

/**
 * Takes an import back in one transaction and one audit entry: a training import's records are withdrawn, a
 * register import's people removed (see training-batch.ts and register-batch.ts for when each is refused).
 */
export function undo(ctx: Ctx, batchId: number): ImportUndone {
  return inTransaction(ctx, () => {
    const batch = q.findBatch(ctx.db, batchId);
    if (!batch) throw notFound('import', batchId);
    if (batch.undoneAt) throw conflict(`The import of ${batch.fileName} has already been undone`);
    const at = ctx.now().toISOString();
    const by = actor(ctx);
    const isRegister = batch.kind === 'register';
    const withdrawn = isRegister ? removeWorkers(ctx, batch) : withdrawRecords(ctx, batch, { at, by });
    q.markBatchUndone(ctx.db, batchId, at, by);
    recordAudit(ctx, {
      action: isRegister ? 'import.undoRegister' : 'import.undo',
      entity: 'import_batch',
      entityId: batchId,
      summary: `Undid the import of ${batch.fileName}: ${isRegister ? 'removed' : 'withdrew'} ${added(batch.kind, withdrawn)}`,
      after: { fileName: batch.fileName, withdrawn },
    });
    return { batchId, withdrawn };
  });
}
