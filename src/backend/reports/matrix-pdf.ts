import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { Matrix, MatrixColumn, MatrixRow } from '../../shared/domain/compliance.ts';
import type { FileDownload } from '../../shared/domain/files.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { filtersSentence, matrixFilterWords, shownOf } from '../../shared/rules/filter-words.ts';
import type { MatrixFilter } from '../../shared/rules/matrix-view.ts';
import { cellParts, filterMatrixRows, summariseMatrix } from '../../shared/rules/matrix-view.ts';
import { decodeMatrix } from '../../shared/rules/matrix-wire.ts';
import type { PrintedColumn } from '../../shared/rules/printable.ts';
import { inGroupsOf, printedColumns } from '../../shared/rules/printable.ts';
import { onlyVisible } from '../access/visible-workers.ts';
import { currentMatrix } from '../compliance/matrix-cache.ts';
import type { Ctx } from '../context.ts';
import { callerOf, today } from '../context.ts';
import { readPcn } from '../pcn/queries.ts';
import { filterNames } from './filter-names.ts';
import { renderPdf } from './pdf.ts';
import { refuseTooMany } from './printable-size.ts';
import { GRID_LAYOUT, headerCell, personCell, wordsLine } from './table-parts.ts';
import { statusCell, statusLegendContent } from './status-legend.ts';

/** Landscape A4 less its margins, in points; the name column; each column's padding and rule; columns a page. */
const PAGE_WIDTH = 841.89 - 60;
const NAME_WIDTH = 124;
const CELL_EDGES = 6.5;
const COLUMNS_PER_PAGE = 9;
const CELL_WIDTH = Math.floor((PAGE_WIDTH - NAME_WIDTH - CELL_EDGES) / COLUMNS_PER_PAGE - CELL_EDGES);

function groupTable(matrix: Matrix, rows: readonly MatrixRow[], columns: PrintedColumn[]): Content {
  const header: TableCell[] = [
    headerCell('Person'),
    ...columns.map(({ column: c }) => headerCell(c.blocksClaim ? `${c.shortTitle}\n(blocks claim)` : c.shortTitle)),
  ];
  const body: TableCell[][] = rows.map((row) => [
    personCell(row.name, ROLE_LABELS[row.role]),
    ...columns.map(({ index }) => {
      const cell = row.cells[index];
      if (!cell) return '';
      const { status, detail } = cellParts(cell, matrix.today);
      return statusCell(cell.s, status, detail);
    }),
  ]);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [NAME_WIDTH, ...columns.map(() => CELL_WIDTH)],
      body: [header, ...body],
    },
    layout: GRID_LAYOUT,
    fontSize: 7,
  };
}

/** The short column titles spelt out, where a short title is not the whole of it. */
function columnKey(columns: readonly MatrixColumn[]): Content[] {
  const spelt = columns.filter((c) => c.shortTitle !== c.title);
  if (spelt.length === 0) return [];
  return [
    {
      text: [
        { text: 'Columns: ', bold: true },
        ...spelt.flatMap((c, i) => [{ text: `${i > 0 ? '   ·   ' : ''}${c.shortTitle}`, bold: true }, `: ${c.title}`]),
      ],
      fontSize: 7,
      color: '#425563',
      margin: [0, 0, 0, 8],
    },
  ];
}

const leftOut = (count: number): Content[] =>
  count === 0
    ? []
    : [
        wordsLine(
          `${count} ${count === 1 ? 'requirement applies' : 'requirements apply'} to no one shown and ${count === 1 ? 'is' : 'are'} left out.`,
        ),
      ];

function headline(rows: readonly MatrixRow[], total: number): string {
  const summary = summariseMatrix(rows);
  const people = shownOf(rows.length, total, 'person', 'people');
  if (summary.percent === null) return `${people}; nothing is required of them yet.`;
  return `${people}; ${summary.percent.toFixed(1)}% compliant; ${summary.overdue.toLocaleString('en-GB')} overdue or expired; ${summary.dueSoon.toLocaleString('en-GB')} due or expiring soon.`;
}

/**
 * The training matrix on A4 landscape for the people the caller may see, as filtered on the page: the filters
 * and the legend on the first page, then the people against the requirements, as many requirements across as
 * fit, with the header row on every page and no person split across two.
 */
export async function matrixPdf(ctx: Ctx, filter: MatrixFilter): Promise<FileDownload> {
  const now = today(ctx);
  const matrix = decodeMatrix(currentMatrix(ctx.db, now));
  const visible = onlyVisible(ctx.db, callerOf(ctx), matrix.rows, (r) => r.workerId);
  const words = matrixFilterWords(filter, filterNames(ctx.db, filter));
  const rows = filterMatrixRows({ ...matrix, rows: visible }, filter);
  refuseTooMany(rows.length, 'matrix', 'employer, practice or role');

  const printed = printedColumns(matrix.columns, rows);
  const groups = inGroupsOf(printed, COLUMNS_PER_PAGE);
  const tables: Content[] =
    rows.length === 0
      ? [{ text: visible.length === 0 ? 'No one is in the staff register yet.' : 'No one matches these filters.' }]
      : groups.flatMap(({ first, items: columns }, index): Content[] => [
          ...(groups.length > 1
            ? [
                {
                  text: `Requirements ${first + 1} to ${first + columns.length} of ${printed.length}`,
                  style: 'heading',
                  ...(index > 0 ? { pageBreak: 'before' as const } : {}),
                },
              ]
            : []),
          groupTable(matrix, rows, columns),
        ]);

  const pdf = await renderPdf(
    {
      title: 'Training matrix',
      subtitle: readPcn(ctx.db)?.name ?? '',
      marking: 'Staff-confidential',
      printedOn: formatUkDate(now),
      landscape: true,
    },
    [
      wordsLine(`As at ${formatUkDate(now)}. ${filtersSentence(words)}.`),
      wordsLine(headline(rows, visible.length)),
      ...leftOut(rows.length === 0 ? 0 : matrix.columns.length - printed.length),
      statusLegendContent(matrix.expiringSoonDays),
      ...columnKey(printed.map((p) => p.column)),
      ...tables,
    ],
  );
  return { fileName: `training-matrix-${now}.pdf`, mediaType: 'application/pdf', dataBase64: pdf.toString('base64') };
}
