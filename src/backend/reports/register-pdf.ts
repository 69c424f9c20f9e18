import type { TableCell } from 'pdfmake/interfaces.js';
import type { FileDownload } from '../../shared/domain/files.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import type { RegisterFilter } from '../../shared/rules/filter-words.ts';
import { filtersSentence, registerFilterWords, shownOf } from '../../shared/rules/filter-words.ts';
import type { SortKey } from '../../shared/rules/staff-list.ts';
import { employmentWords, visibleWorkers as registerAsShown } from '../../shared/rules/staff-list.ts';
import { formatWte, wholeTimeEquivalent } from '../../shared/rules/workforce.ts';
import { onlyVisible } from '../access/visible-workers.ts';
import type { Ctx } from '../context.ts';
import { callerOf, today } from '../context.ts';
import { readPcn } from '../pcn/queries.ts';
import { listWorkerRows } from '../staff/queries.ts';
import { renderPdf } from './pdf.ts';
import { refuseTooMany } from './printable-size.ts';
import { GRID_LAYOUT, headerCell, wordsLine } from './table-parts.ts';

const SORT_WORDS: Record<SortKey, string> = {
  name: 'name',
  role: 'role',
  employerName: 'employer',
  basePracticeName: 'base practice',
  startDate: 'start date',
  hoursPerWeek: 'WTE',
};

export interface RegisterView extends RegisterFilter {
  sort: { key: SortKey; descending: boolean };
}

/**
 * The staff register on A4 landscape for the people the caller may see, searched, filtered and sorted as on the
 * page, saying so at the top; the header row on every page and no row split across two.
 */
export async function registerPdf(ctx: Ctx, view: RegisterView): Promise<FileDownload> {
  const now = today(ctx);
  const pcn = readPcn(ctx.db);
  const fullTimeHours = pcn?.fullTimeHours ?? 37.5;
  const everyone = onlyVisible(ctx.db, callerOf(ctx), listWorkerRows(ctx.db), (w) => w.id);
  const rows = registerAsShown(everyone, { ...view, today: now });
  refuseTooMany(rows.length, 'register', 'a search (a practice, an employer or a role)');

  const order = `Sorted by ${SORT_WORDS[view.sort.key]}${view.sort.descending ? ', descending' : ''}`;
  const body: TableCell[][] = rows.map((w) => [
    { text: w.name, bold: true },
    ROLE_LABELS[w.role],
    w.employerName,
    w.basePracticeName ?? '—',
    formatUkDate(w.startDate),
    { text: formatWte(wholeTimeEquivalent(w.hoursPerWeek, fullTimeHours)), alignment: 'right' },
    w.supervisorName ?? '—',
    employmentWords(w, now),
  ]);
  const table =
    rows.length === 0
      ? { text: everyone.length === 0 ? 'No one is in the staff register yet.' : 'No one matches this search.' }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: ['*', 140, 110, 100, 52, 30, 100, 80],
            body: [
              ['Name', 'Role', 'Employer', 'Base practice', 'Start date', 'WTE', 'Named supervisor', 'Status'].map(
                headerCell,
              ),
              ...body,
            ],
          },
          layout: GRID_LAYOUT,
          fontSize: 8,
        };

  const pdf = await renderPdf(
    {
      title: 'Staff register',
      subtitle: pcn?.name ?? '',
      marking: 'Staff-confidential',
      printedOn: formatUkDate(now),
      landscape: true,
    },
    [
      wordsLine(`As at ${formatUkDate(now)}. ${filtersSentence(registerFilterWords(view))}. ${order}.`),
      wordsLine(
        `${shownOf(rows.length, everyone.length, 'worker')}. WTE is hours a week over the PCN's full-time ${fullTimeHours.toLocaleString('en-GB')} hours.`,
      ),
      { text: '', margin: [0, 0, 0, 6] },
      table,
    ],
  );
  return { fileName: `staff-register-${now}.pdf`, mediaType: 'application/pdf', dataBase64: pdf.toString('base64') };
}
