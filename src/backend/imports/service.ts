import type { ImportReport, ImportUndone } from '../../shared/domain/imports.ts';
import type { ImportCommitInput, ImportInput } from '../../shared/schemas/imports.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction } from '../context.ts';
import { conflict, DomainError, notFound } from '../errors.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import * as training from '../training/queries.ts';
import { isSelfReport } from '../training/record-rules.ts';
import type { CheckedSheet } from './check.ts';
import { checkSheet } from './check.ts';
import { guessColumns, rememberChoices } from './mapping.ts';
import type { Sheet } from './parse.ts';
import { cellText, fileBytes, parseSheet } from './parse.ts';
import * as q from './queries.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The file's rows, from its bytes: synchronous for CSV, a promise for a workbook. */
function sheetOf(ctx: Ctx, input: ImportInput): Sheet | Promise<Sheet> {
  const bytes = fileBytes(input.fileName, input.dataBase64, readAppSettings(ctx.db).evidenceMaxBytes);
  return parseSheet(bytes, input.fileName);
}

/** Runs `then` on the sheet as soon as it is read: at once for CSV, so a CSV import writes synchronously. */
const withSheet = <T>(sheet: Sheet | Promise<Sheet>, then: (sheet: Sheet) => T): T | Promise<T> =>
  sheet instanceof Promise ? sheet.then(then) : then(sheet);

function reportOf(input: ImportInput, sheet: Sheet, checked: CheckedSheet, columns: ImportReport['columns']) {
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
    sample: sheet.rows.slice(0, 10).map((r) => r.cells.map(cellText)),
    batchId: null,
    added: 0,
  } satisfies ImportReport;
}

function check(ctx: Ctx, input: ImportInput, sheet: Sheet) {
  const columns = input.columns ?? guessColumns(ctx.db, sheet.headers);
  return { columns, checked: checkSheet(ctx, sheet, columns, input.courses) };
}

/** What importing the file would do, every problem by row and column; writes nothing. */
export function dryRun(ctx: Ctx, input: ImportInput): ImportReport | Promise<ImportReport> {
  return withSheet(sheetOf(ctx, input), (sheet) => {
    const { columns, checked } = check(ctx, input, sheet);
    return reportOf(input, sheet, checked, columns);
  });
}

/**
 * Imports the file's valid rows as training records in one transaction and one audit entry, recorded as a batch
 * that `undo` can take back. Refused while any row is invalid, unless only the valid rows are wanted; duplicates
 * are skipped either way, so importing the same file twice adds nothing.
 */
export function commit(ctx: Ctx, input: ImportCommitInput): ImportReport | Promise<ImportReport> {
  return withSheet(sheetOf(ctx, input), (sheet) =>
    inTransaction(ctx, () => {
      const { columns, checked } = check(ctx, input, sheet);
      const report = reportOf(input, sheet, checked, columns);
      if (checked.invalid > 0 && !input.onlyValidRows) {
        throw new DomainError(
          'VALIDATION',
          `${plural(checked.invalid, 'row')} of ${input.fileName} cannot be imported: correct them, or import only the valid rows`,
          { fields: { dataBase64: `${plural(checked.invalid, 'row')} cannot be imported` } },
        );
      }
      rememberChoices(ctx.db, sheet.headers, columns, input.courses);
      if (checked.ready.length === 0) return report;
      const at = ctx.now().toISOString();
      const batchId = q.insertBatch(ctx.db, {
        kind: 'training',
        fileName: input.fileName,
        at,
        by: actor(ctx),
        added: checked.ready.length,
      });
      for (const { row, record } of checked.ready) {
        const { evidence: _none, ...fields } = record;
        const recordId = training.insertRecord(ctx.db, fields, at, isSelfReport(ctx, record.workerId));
        q.linkBatchRecord(ctx.db, batchId, recordId, row);
      }
      const skipped = [
        checked.duplicates > 0 ? `${plural(checked.duplicates, 'duplicate')} skipped` : '',
        checked.invalid > 0 ? `${plural(checked.invalid, 'invalid row')} left out` : '',
      ].filter(Boolean);
      recordAudit(ctx, {
        action: 'import.commit',
        entity: 'import_batch',
        entityId: batchId,
        summary: `Imported ${plural(checked.ready.length, 'training record')} from ${input.fileName}${skipped.length ? ` (${skipped.join('; ')})` : ''}`,
        // The records themselves are logged as facts and linked to the batch; the entry stays small however big the file.
        after: {
          fileName: input.fileName,
          added: checked.ready.length,
          duplicates: checked.duplicates,
          invalid: checked.invalid,
        },
      });
      return { ...report, batchId, added: checked.ready.length };
    }),
  );
}

/**
 * Takes an import back: each record it added is withdrawn (training records are evidence and never deleted), in
 * one transaction and one audit entry. Refused when a record has been corrected since, as the correction is
 * someone's later word on it; a record withdrawn since is left as it is.
 */
export function undo(ctx: Ctx, batchId: number): ImportUndone {
  return inTransaction(ctx, () => {
    const batch = q.findBatch(ctx.db, batchId);
    if (!batch) throw notFound('import', batchId);
    if (batch.undoneAt) throw conflict(`The import of ${batch.fileName} has already been undone`);
    const records = q.recordsOfBatch(ctx.db, batchId);
    const corrected = records.filter((r) => r.corrected).length;
    if (corrected > 0) {
      throw conflict(
        `${plural(corrected, 'record')} from ${batch.fileName} ${corrected === 1 ? 'has' : 'have'} been corrected since: withdraw ${corrected === 1 ? 'it' : 'them'} one by one instead`,
      );
    }
    const at = ctx.now().toISOString();
    const by = actor(ctx);
    const reason = `The import of ${batch.fileName} was undone`;
    const inForce = records.filter((r) => !r.withdrawn);
    for (const r of inForce) training.withdrawVersion(ctx.db, r.id, { at, by, reason });
    q.markBatchUndone(ctx.db, batchId, at, by);
    recordAudit(ctx, {
      action: 'import.undo',
      entity: 'import_batch',
      entityId: batchId,
      summary: `Undid the import of ${batch.fileName}: withdrew ${plural(inForce.length, 'training record')}`,
      after: { fileName: batch.fileName, withdrawn: inForce.length },
    });
    return { batchId, withdrawn: inForce.length };
  });
}
