import type { CaseloadCount, CaseloadImportResult, CaseloadMonth } from '../../shared/domain/caseload.ts';
import { CASELOAD_COUNT_INFO, CASELOAD_COUNTS } from '../../shared/domain/caseload.ts';
import { monthProblem } from '../../shared/rules/caseload.ts';
import { findNhsNumbers } from '../../shared/rules/nhs-number.ts';
import { normaliseText } from '../../shared/rules/staff-text.ts';
import { countOf } from '../../shared/rules/words.ts';
import type { CaseloadImportInput } from '../../shared/schemas/caseload.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { inTransaction, today } from '../context.ts';
import { DomainError, invalidField } from '../errors.ts';
import type { Cell, Sheet } from '../imports/parse.ts';
import { cellText, fileBytes, parseSheet } from '../imports/parse.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { listWorkerRows } from '../staff/queries.ts';
import { guessColumns, looksLikePatientHeading } from './import-columns.ts';
import { findMonth, writeMonth } from './queries.ts';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => `${n < 10 ? '0' : ''}${n}`;

/** A month as a report may write it: 2026-10, 2026-10-01, 10/2026, 01/10/2026, Oct 2026, October 2026. */
export function monthOfCell(cell: Cell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 7);
  const text = cellText(cell).toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(text);
  const uk = /^(?:\d{1,2}\/)?(\d{1,2})\/(\d{4})$/.exec(text);
  const named = /^([a-z]{3})[a-z]*\.? (\d{4})$/.exec(text);
  const [year, month] = iso
    ? [Number(iso[1]), Number(iso[2])]
    : uk
      ? [Number(uk[2]), Number(uk[1])]
      : named
        ? [Number(named[2]), MONTH_NAMES.indexOf(named[1] ?? '') + 1]
        : [0, 0];
  return month >= 1 && month <= 12 && year >= 2000 ? `${year}-${pad(month)}` : null;
}

/** A count as the file holds it: blank is none. */
function countOfCell(cell: Cell, field: CaseloadCount): number | string {
  const text = cellText(cell).replace(/,/g, '');
  if (text === '') return 0;
  const { label, max } = CASELOAD_COUNT_INFO[field];
  if (!/^\d+$/.test(text)) return `${label} is not a whole number`;
  const n = Number(text);
  return n > max ? `${label} above ${max.toLocaleString('en-GB')} in a month is not plausible` : n;
}

/** Refuses, naming where, a file whose headings or cells may identify a patient. */
function refusePatientData(sheet: Sheet, fileName: string): void {
  const hasNhsNumber = (text: string) => findNhsNumbers(text).length > 0;
  const numbered = sheet.headers.findIndex(hasNhsNumber);
  if (numbered >= 0)
    throw invalidField(
      'dataBase64',
      `${fileName} has what looks like an NHS number in its headings (column ${numbered + 1}): nothing was imported. ` +
        'Import counts by worker and month only.',
    );
  const heading = sheet.headers.find(looksLikePatientHeading);
  if (heading !== undefined)
    throw invalidField(
      'dataBase64',
      `${fileName} has a column "${heading}" that looks like it identifies patients: nothing was imported. ` +
        'Import counts by worker and month only.',
    );
  for (const { row, cells } of sheet.rows) {
    const column = cells.findIndex((c) => hasNhsNumber(cellText(c)));
    if (column >= 0)
      throw invalidField(
        'dataBase64',
        `${fileName} has what looks like an NHS number in row ${row} (column "${sheet.headers[column] ?? column + 1}"): ` +
          'nothing was imported. Import counts by worker and month only.',
      );
  }
}

interface ParsedRow {
  workerId: number;
  month: string;
  counts: Partial<Record<CaseloadCount, number>>;
}

/** Every row's worker, month and counts, or every problem by row. */
function readRows(ctx: Ctx, sheet: Sheet): ParsedRow[] {
  const columns = guessColumns(sheet.headers);
  if (columns.worker === undefined || columns.month === undefined)
    throw invalidField('dataBase64', 'The file needs a column for the worker (or clinician) and one for the month');
  const present = CASELOAD_COUNTS.filter((c) => columns[c] !== undefined);
  if (present.length === 0)
    throw invalidField(
      'dataBase64',
      'The file has no column of counts: referrals, declined, contacts, supported or ended',
    );
  const workers = new Map(
    listWorkerRows(ctx.db)
      .filter((w) => w.role === 'splw')
      .map((w) => [normaliseText(w.name).toLowerCase(), w]),
  );
  const problems: string[] = [];
  const seen = new Set<string>();
  const parsed: ParsedRow[] = [];
  for (const { row, cells } of sheet.rows) {
    const name = cellText(cells[columns.worker] ?? null);
    const worker = workers.get(normaliseText(name).toLowerCase());
    const month = monthOfCell(cells[columns.month] ?? null);
    const rowProblems: string[] = [];
    if (!worker) rowProblems.push(`"${name}" is not a link worker in the register`);
    if (!month) rowProblems.push(`"${cellText(cells[columns.month] ?? null)}" is not a month`);
    const monthWrong = worker && month ? monthProblem(month, worker.startDate, today(ctx)) : null;
    if (monthWrong) rowProblems.push(monthWrong);
    const counts: Partial<Record<CaseloadCount, number>> = {};
    for (const field of present) {
      const value = countOfCell(cells[columns[field] ?? -1] ?? null, field);
      if (typeof value === 'string') rowProblems.push(value);
      else counts[field] = value;
    }
    const key = `${worker?.id}:${month}`;
    if (worker && month && seen.has(key)) rowProblems.push(`${name} has ${month} twice in the file`);
    seen.add(key);
    if (rowProblems.length > 0) problems.push(`Row ${row}: ${rowProblems.join('; ')}`);
    else if (worker && month) parsed.push({ workerId: worker.id, month, counts });
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).join('. ');
    const more = problems.length > 5 ? ` (and ${countOf(problems.length - 5, 'more row')})` : '';
    throw new DomainError('VALIDATION', `Nothing was imported. ${shown}${more}`, { fields: { dataBase64: shown } });
  }
  return parsed;
}

/**
 * Imports a CSV of counts by worker and month, all rows or none, in one transaction with one audit entry. A count
 * the file has no column for keeps the figure already held for that month (or none), so a report of referrals
 * alone adds to what was typed in.
 */
export function importCaseload(ctx: Ctx, input: CaseloadImportInput): CaseloadImportResult {
  const bytes = fileBytes(input.fileName, input.dataBase64, readAppSettings(ctx.db).evidenceMaxBytes);
  const sheet = parseSheet(bytes, input.fileName);
  if (sheet instanceof Promise) {
    sheet.catch(() => undefined);
    throw invalidField('dataBase64', 'Save the report as CSV (comma-separated values) and import that file');
  }
  refusePatientData(sheet, input.fileName);
  return inTransaction(ctx, () => {
    const rows = readRows(ctx, sheet);
    for (const { workerId, month, counts } of rows) {
      const held: CaseloadMonth = findMonth(ctx.db, workerId, month) ?? {
        month,
        referralsAccepted: 0,
        referralsDeclined: 0,
        contacts: 0,
        supportedAtEnd: 0,
        supportEnded: 0,
      };
      writeMonth(ctx.db, workerId, { ...held, ...counts });
    }
    const result = { months: rows.length, workers: new Set(rows.map((r) => r.workerId)).size };
    recordAudit(ctx, {
      action: 'caseload.import',
      entity: 'caseload_month',
      entityId: null,
      summary: `Imported caseload figures from ${input.fileName}: ${countOf(result.months, 'month')} for ${countOf(result.workers, 'link worker')}`,
      after: { fileName: input.fileName, rows },
    });
    return result;
  });
}
