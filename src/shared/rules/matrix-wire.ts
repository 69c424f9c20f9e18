import type { Matrix, MatrixCell, MatrixColumn, MatrixRow } from '../domain/compliance.ts';
import type { Role } from '../domain/staff.ts';
import type { ComplianceStatus } from './compliance.ts';

/**
 * The matrix as it travels to the page: a row is a tuple and its cells one string, because 5,000 × 25 cells
 * as objects come to 4.5 MB of JSON and this is about a quarter of that. A cell is its status letter, then
 * the date as yyyymmdd if it has one, then `/done/required` for the induction column; cells are
 * separated by spaces: `n c20270301 o20260101 y20261201/3/12`.
 */
export interface MatrixWire {
  today: string;
  expiringSoonDays: number;
  columns: MatrixColumn[];
  rows: WireRow[];
}

type WireRow = [
  workerId: number,
  name: string,
  role: Role,
  employerId: number,
  basePracticeId: number | null,
  startDate: string,
  leavingDate: string | null,
  cells: string,
];

const LETTERS: Record<ComplianceStatus, string> = {
  not_required: 'n',
  exempt: 'w',
  complete: 'c',
  not_yet_due: 'y',
  expiring_soon: 'e',
  due: 'd',
  expired: 'r',
  overdue: 'o',
};
const STATUS_OF = new Map(Object.entries(LETTERS).map(([status, letter]) => [letter, status as ComplianceStatus]));

function encodeCell(cell: MatrixCell): string {
  const date = cell.d === null ? '' : cell.d.replaceAll('-', '');
  const progress = cell.p ? `/${cell.p[0]}/${cell.p[1]}` : '';
  return `${LETTERS[cell.s]}${date}${progress}`;
}

function decodeCell(code: string): MatrixCell {
  const status = STATUS_OF.get(code[0] ?? '');
  if (!status) throw new Error(`Unreadable matrix cell "${code}"`);
  const hasDate = code.length >= 9 && code[1] !== '/';
  const d = hasDate ? `${code.slice(1, 5)}-${code.slice(5, 7)}-${code.slice(7, 9)}` : null;
  const rest = code.slice(hasDate ? 9 : 1);
  if (rest === '') return { s: status, d };
  const [, done, required] = rest.split('/');
  return { s: status, d, p: [Number(done), Number(required)] };
}

export function encodeMatrix(matrix: Matrix): MatrixWire {
  return {
    ...matrix,
    rows: matrix.rows.map((r) => [
      r.workerId,
      r.name,
      r.role,
      r.employerId,
      r.basePracticeId,
      r.startDate,
      r.leavingDate,
      r.cells.map(encodeCell).join(' '),
    ]),
  };
}

export function decodeMatrix(wire: MatrixWire): Matrix {
  // Most cells repeat ("not required", the same dates across a cohort): each distinct one is made once.
  const cells = new Map<string, MatrixCell>();
  const cellOf = (code: string): MatrixCell => {
    let cell = cells.get(code);
    if (!cell) cells.set(code, (cell = Object.freeze(decodeCell(code))));
    return cell;
  };
  return {
    ...wire,
    rows: wire.rows.map(
      ([workerId, name, role, employerId, basePracticeId, startDate, leavingDate, codes]): MatrixRow => ({
        workerId,
        name,
        role,
        employerId,
        basePracticeId,
        startDate,
        leavingDate,
        cells: codes === '' ? [] : codes.split(' ').map(cellOf),
      }),
    ),
  };
}
