import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { Matrix, MatrixRow } from '../../shared/domain/compliance.ts';
import type { FileDownload } from '../../shared/domain/files.ts';
import { EMPLOYER_KIND_LABELS } from '../../shared/domain/pcn.ts';
import type { ComplianceGroup, RequirementCounts } from '../../shared/domain/reports.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { filterSlug } from '../../shared/rules/filter-words.ts';
import { countOf } from '../../shared/rules/words.ts';
import { cellParts, columnTitle } from '../../shared/rules/matrix-view.ts';
import type { Ctx } from '../context.ts';
import { actor, today } from '../context.ts';
import { notFound } from '../errors.ts';
import { findEmployer, findPractice, readPcn } from '../pcn/queries.ts';
import { complianceFileName } from './compliance-csv.ts';
import { currentPeople, groupCompliance } from './compliance-by-group.ts';
import { renderPdf } from './pdf.ts';
import { statusCell, statusLegendContent } from './status-legend.ts';
import { GRID_LAYOUT, headerCell, wordsLine } from './table-parts.ts';

const percentText = (percent: number | null): string => (percent === null ? '—' : `${percent.toFixed(1)}%`);
const right = (text: string): TableCell => ({ text, alignment: 'right' });

function headline(group: ComplianceGroup, belong: string): string {
  const people = `${countOf(group.headcount, 'person', 'people')} ${belong} ${group.name}`;
  if (group.headcount === 0) return `${people}.`;
  if (group.percent === null) return `${people}; nothing is required of them yet.`;
  return `${people}; ${group.percent.toFixed(1)}% compliant; ${group.overdue} items overdue or expired; ${group.dueSoon} due or expiring soon.`;
}

function requirementsTable(requirements: readonly RequirementCounts[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 48, 42, 56, 56, 38, 52],
      body: [
        [
          'Requirement',
          'Required',
          'Current',
          'Due or expiring soon',
          'Overdue or expired',
          'Exempt',
          '% compliant',
        ].map(headerCell),
        ...requirements.map((r) => [
          r.title,
          right(String(r.required)),
          right(String(r.current)),
          right(String(r.dueSoon)),
          right(String(r.overdue)),
          right(String(r.exempt)),
          right(percentText(r.percent)),
        ]),
      ],
    },
    layout: GRID_LAYOUT,
    fontSize: 8.5,
  };
}

/** A person and each requirement asked of them (or waived): its status in words on its colour, and its date. */
function personBlock(matrix: Matrix, row: MatrixRow): Content {
  const items = matrix.columns.flatMap((column, index) => {
    const cell = row.cells[index];
    if (!cell || cell.s === 'not_required') return [];
    const { status, detail } = cellParts(cell, matrix.today);
    return [[columnTitle(column), statusCell(cell.s, status, ''), detail]];
  });
  return {
    unbreakable: true,
    stack: [
      {
        text: [
          { text: row.name, bold: true },
          { text: `   ${ROLE_LABELS[row.role]}`, color: '#425563' },
        ],
      },
      items.length === 0
        ? wordsLine('Nothing is required of them yet.')
        : {
            table: {
              headerRows: 1,
              widths: ['*', 110, 130],
              body: [['Requirement', 'Status', 'Date'].map(headerCell), ...items],
            },
            layout: GRID_LAYOUT,
            fontSize: 8,
          },
    ],
    margin: [0, 8, 0, 0],
  };
}

/** What a PDF is about: a practice (the people based there) or an employer (the people it employs). */
interface PdfSubject {
  group: { id: number; name: string; odsCode: string | null };
  subtitle: string;
  holds(row: MatrixRow): boolean;
  /** How people belong: "based at", "employed by". */
  belong: string;
  countedBy: string;
}

async function groupPdf(ctx: Ctx, subject: PdfSubject): Promise<FileDownload> {
  const { group: of, belong } = subject;
  const now = today(ctx);
  const matrix = currentPeople(ctx.db, now);
  const rows = matrix.rows.filter(subject.holds);
  const group = groupCompliance(matrix, rows, of);
  const pcnName = readPcn(ctx.db)?.name ?? '';

  const people: Content[] =
    rows.length === 0
      ? [wordsLine(`No one in the staff register is ${belong} ${of.name}.`)]
      : [
          { text: `People ${belong} ${of.name}`, style: 'heading', pageBreak: 'before' },
          statusLegendContent(matrix.expiringSoonDays),
          ...rows.map((row) => personBlock(matrix, row)),
        ];
  const pdf = await renderPdf(
    {
      title: `Staff compliance: ${of.name}`,
      subtitle: `${pcnName} · ${subject.subtitle}`,
      marking: 'Staff-confidential',
      printedOn: formatUkDate(now),
    },
    [
      wordsLine(`As at ${formatUkDate(now)}. People are counted ${subject.countedBy}; leavers are left out.`),
      { text: headline(group, belong), bold: true, margin: [0, 4, 0, 8] },
      ...(group.requirements.length > 0
        ? [{ text: 'By requirement', style: 'heading' }, requirementsTable(group.requirements)]
        : []),
      ...people,
      {
        text: `Generated by Linkwork for ${actor(ctx)} on ${formatUkDate(now)}, from the PCN's staff register and training records.`,
        fontSize: 8,
        color: '#425563',
        margin: [0, 16, 0, 0],
      },
    ],
  );
  return {
    fileName: complianceFileName({ today: now, pcnName }, filterSlug([of.name]), 'pdf'),
    mediaType: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  };
}

/**
 * One practice's compliance for a CQC inspection folder, on A4 portrait: the practice's headline and each
 * requirement's figures, then everyone based there (leavers left out) with each requirement's status and date.
 */
export function practicePdf(ctx: Ctx, practiceId: number): Promise<FileDownload> {
  const practice = findPractice(ctx.db, practiceId);
  if (!practice) throw notFound('practice', practiceId);
  return groupPdf(ctx, {
    group: practice,
    subtitle: `practice ODS code ${practice.odsCode}`,
    holds: (row) => row.basePracticeId === practice.id,
    belong: 'based at',
    countedBy: 'at their base practice',
  });
}

/** The same for an employer (a sub-contracted provider answers for its own staff): the people it employs. */
export function employerPdf(ctx: Ctx, employerId: number): Promise<FileDownload> {
  const employer = findEmployer(ctx.db, employerId);
  if (!employer) throw notFound('employer', employerId);
  return groupPdf(ctx, {
    group: { ...employer, odsCode: null },
    subtitle: EMPLOYER_KIND_LABELS[employer.kind].toLowerCase(),
    holds: (row) => row.employerId === employer.id,
    belong: 'employed by',
    countedBy: 'with their employer',
  });
}
