import type { Database } from 'better-sqlite3';
import type { Matrix, MatrixRow } from '../../shared/domain/compliance.ts';
import type {
  ComplianceGroup,
  ComplianceReport,
  ReportGrouping,
  RequirementCounts,
} from '../../shared/domain/reports.ts';
import { NO_BASE_PRACTICE } from '../../shared/domain/reports.ts';
import { columnTitle, filterMatrixRows, NO_FILTER, summariseMatrix } from '../../shared/rules/matrix-view.ts';
import { decodeMatrix } from '../../shared/rules/matrix-wire.ts';
import { currentMatrix } from '../compliance/matrix-cache.ts';
import { listEmployers, listPractices, readPcn } from '../pcn/queries.ts';

/** A practice or employer, and how to tell whether a matrix row belongs to it. */
interface GroupOf {
  id: number | null;
  name: string;
  odsCode: string | null;
  holds(row: MatrixRow): boolean;
}

/** The matrix as at today with the leavers left out, as the matrix page shows it unfiltered. */
export function currentPeople(db: Database, today: string): Matrix {
  const matrix = decodeMatrix(currentMatrix(db, today));
  return { ...matrix, rows: filterMatrixRows(matrix, NO_FILTER) };
}

/** Every practice (people by base practice, then "No base practice" when anyone has none), or every employer. */
function groupsOf(db: Database, by: ReportGrouping, rows: readonly MatrixRow[]): GroupOf[] {
  if (by === 'employer')
    return listEmployers(db).map((e) => ({
      id: e.id,
      name: e.name,
      odsCode: null,
      holds: (row) => row.employerId === e.id,
    }));
  const practices: GroupOf[] = listPractices(db).map((p) => ({
    id: p.id,
    name: p.name,
    odsCode: p.odsCode,
    holds: (row) => row.basePracticeId === p.id,
  }));
  const noBase = rows.some((row) => row.basePracticeId === null);
  return noBase
    ? [...practices, { id: null, name: NO_BASE_PRACTICE, odsCode: null, holds: (row) => row.basePracticeId === null }]
    : practices;
}

/**
 * One column's figures, by the matrix headline's own rule (`summariseMatrix`) applied to that column alone, so a
 * requirement's % here is the % the matrix would show for it.
 */
function columnCounts(matrix: Matrix, rows: readonly MatrixRow[], index: number): RequirementCounts {
  const column = matrix.columns[index];
  const alone = rows.flatMap((row) => {
    const cell = row.cells[index];
    return cell ? [{ ...row, cells: [cell] }] : [];
  });
  const summary = summariseMatrix(alone);
  return {
    columnId: column?.id ?? '',
    title: column ? columnTitle(column) : '',
    required: summary.required,
    current: summary.compliant,
    dueSoon: summary.dueSoon,
    overdue: summary.overdue,
    exempt: alone.filter((row) => row.cells[0]?.s === 'exempt').length,
    percent: summary.percent,
  };
}

/** A group's headline over all its people and requirements, then each requirement that applies to any of them. */
export function groupCompliance(
  matrix: Matrix,
  rows: readonly MatrixRow[],
  group: Omit<GroupOf, 'holds'>,
): ComplianceGroup {
  const headline = summariseMatrix(rows);
  const requirements = matrix.columns
    .map((_, index) => columnCounts(matrix, rows, index))
    .filter((counts) => counts.required + counts.exempt > 0);
  return {
    id: group.id,
    name: group.name,
    odsCode: group.odsCode,
    headcount: rows.length,
    percent: headline.percent,
    overdue: headline.overdue,
    dueSoon: headline.dueSoon,
    requirements,
  };
}

/** Compliance per practice or per employer, from the matrix as it stands today (worked out once, kept until a write). */
export function complianceReport(db: Database, today: string, by: ReportGrouping): ComplianceReport {
  const matrix = currentPeople(db, today);
  const groups = groupsOf(db, by, matrix.rows).map(({ holds, ...group }) =>
    groupCompliance(matrix, matrix.rows.filter(holds), group),
  );
  return { today, by, pcnName: readPcn(db)?.name ?? '', groups };
}
