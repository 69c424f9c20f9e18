import Papa from 'papaparse';
import { AUDIT_ACTIONS, AUDIT_RECORDS, actionLabel, recordLabel } from '../../shared/domain/audit-kinds.ts';
import type { AuditChange } from '../../shared/domain/audit.ts';
import type { NameOf } from '../../shared/rules/audit-changes.ts';
import { valuesInWords } from '../../shared/rules/audit-changes.ts';
import { formatUkDateTime } from '../../shared/rules/dates.ts';
import type { AuditFilters } from '../../shared/schemas/audit.ts';
import type { Ctx } from '../context.ts';
import { entryOf } from './entries.ts';
import { selectionOf } from './filters.ts';
import { eachEntry, referenceNames } from './queries.ts';
import { callerScope } from './scope.ts';

const HEADER = ['When', 'Who', 'Action', 'Record', 'Worker', 'What happened', 'Changes'];

const changeInWords = (change: AuditChange): string => `${change.field}: ${valuesInWords(change)}`;

/**
 * `formatUkDateTime`, asked once per hour of the log rather than once per entry (an export can hold hundreds of
 * thousands): the UK is a whole number of hours from UTC, so the minutes are the same in both.
 */
function ukDateTimeByTheHour(): (at: string) => string {
  const hours = new Map<string, string>();
  return (at) => {
    const hour = at.slice(0, 13);
    let words = hours.get(hour);
    if (words === undefined) {
      words = formatUkDateTime(`${hour}:00:00Z`).slice(0, -2);
      hours.set(hour, words);
    }
    return `${words}${at.slice(14, 16)}`;
  };
}

/** Every entry the filters match, newest first, as the page shows them: one row each, in words. */
export function auditCsv(ctx: Ctx, filters: AuditFilters): { fileName: string; text: string } {
  const selection = selectionOf(ctx.db, filters, callerScope(ctx, filters.workerId));
  const nameOf = referenceNames(ctx.db);
  const when = ukDateTimeByTheHour();
  const rows: string[][] = [HEADER];
  for (const row of selection ? eachEntry(ctx.db, selection.where) : []) {
    const entry = entryOf(row, nameOf);
    rows.push([
      when(entry.at),
      entry.actor,
      actionLabel(entry.action),
      recordLabel(entry.entity),
      entry.workerId === null ? '' : workerName(nameOf, entry.workerId),
      entry.summary,
      entry.changes.map(changeInWords).join('; '),
    ]);
  }
  return {
    fileName: fileNameOf(filters, nameOf),
    // A reason typed as "=HYPERLINK(…)" stays text in a spreadsheet.
    text: `\ufeff${Papa.unparse(rows, { escapeFormulae: true })}\r\n`,
  };
}

const workerName = (nameOf: NameOf, id: number): string =>
  nameOf('workerId', id) ?? `Worker ${id} (no longer in the register)`;

/** Lower-case words joined by hyphens, without accents: what a file name can carry everywhere. */
const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** `audit-log-jane-smith-training-recorded-from-2026-01-01-to-2026-03-31.csv`: the filters, in the order chosen. */
export function fileNameOf(filters: AuditFilters, nameOf: NameOf): string {
  const { workerId, action, entity, from, to } = filters;
  const parts = [
    workerId === null ? '' : slug(workerName(nameOf, workerId).replace(/ \(.*\)$/, '')),
    action === null ? '' : slug(AUDIT_ACTIONS[action].label),
    entity === null ? '' : slug(AUDIT_RECORDS[entity].many),
    from === null ? '' : `from-${from}`,
    to === null ? '' : `to-${to}`,
  ].filter(Boolean);
  return `audit-log-${parts.length === 0 ? 'all-entries' : parts.join('-')}.csv`;
}
