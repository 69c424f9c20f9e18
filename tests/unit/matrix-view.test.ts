import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../src/shared/domain/compliance.ts';
import { FIRE_AND_INDUCTION } from '../support/matrix.ts';
import {
  cellText,
  filterMatrixRows,
  matrixCsvRows,
  NO_FILTER,
  summariseMatrix,
} from '../../src/shared/rules/matrix-view.ts';

const matrix: Matrix = {
  today: '2026-01-01',
  expiringSoonDays: 90,
  columns: FIRE_AND_INDUCTION,
  rows: [
    {
      workerId: 1,
      name: 'Amelia Shah',
      role: 'splw',
      employerId: 1,
      basePracticeId: 1,
      startDate: '2025-04-01',
      leavingDate: null,
      cells: [
        { s: 'overdue', d: '2025-07-01' },
        { s: 'due', d: '2025-05-01', p: [3, 14] },
      ],
    },
    {
      workerId: 2,
      name: 'Ben Ward',
      role: 'hwbc',
      employerId: 2,
      basePracticeId: null,
      startDate: '2025-04-01',
      leavingDate: null,
      cells: [
        { s: 'complete', d: '2028-04-01' },
        { s: 'complete', d: null, p: [7, 7] },
      ],
    },
    {
      workerId: 3,
      name: 'Cara Lee',
      role: 'splw',
      employerId: 1,
      basePracticeId: 2,
      startDate: '2024-04-01',
      leavingDate: '2025-06-30',
      cells: [
        { s: 'not_required', d: null },
        { s: 'complete', d: null, p: [7, 7] },
      ],
    },
  ],
};

describe('the training matrix as shown', () => {
  it('filters by role, employer, practice, status and name, hiding leavers unless asked', () => {
    const ids = (f: Partial<typeof NO_FILTER>) =>
      filterMatrixRows(matrix, { ...NO_FILTER, ...f }).map((r) => r.workerId);
    expect(ids({})).toEqual([1, 2]);
    expect(ids({ showLeavers: true })).toEqual([1, 2, 3]);
    expect(ids({ role: 'hwbc' })).toEqual([2]);
    expect(ids({ employerId: 1, showLeavers: true })).toEqual([1, 3]);
    expect(ids({ practiceId: 2, showLeavers: true })).toEqual([3]);
    expect(ids({ status: 'overdue' })).toEqual([1]);
    expect(ids({ search: 'ward' })).toEqual([2]);
  });

  it('sums compliance over required cells only', () => {
    expect(summariseMatrix(matrix.rows)).toEqual({ required: 5, compliant: 3, overdue: 1, dueSoon: 1, percent: 60 });
    expect(summariseMatrix([]).percent).toBe(100);
  });

  it('writes every cell in words with what its date means', () => {
    expect(cellText({ s: 'overdue', d: '2025-07-01' }, '2026-01-01')).toBe('Overdue since 01/07/2025');
    expect(cellText({ s: 'due', d: '2025-05-01', p: [3, 14] }, '2025-04-01')).toBe('Due (3 of 14) due 01/05/2025');
    expect(cellText({ s: 'complete', d: '2028-04-01' }, '2026-01-01')).toBe('Complete until 01/04/2028');
    expect(cellText({ s: 'complete', d: '2025-04-01' }, '2026-01-01')).toBe('Complete 01/04/2025');
    expect(cellText({ s: 'expiring_soon', d: '2026-02-01' }, '2026-01-01')).toBe('Expiring soon expires 01/02/2026');
    expect(cellText({ s: 'not_required', d: null }, '2026-01-01')).toBe('Not required');
  });

  it('exports the filtered rows in the on-screen layout', () => {
    const rows = matrixCsvRows(matrix, matrix.rows.slice(0, 1), {
      employer: () => 'Riverside Surgery',
      practice: () => 'Oakfield',
    });
    expect(rows).toEqual([
      ['Name', 'Role', 'Employer', 'Base practice', 'Start date', 'Fire safety', 'Induction'],
      [
        'Amelia Shah',
        'Social prescribing link worker',
        'Riverside Surgery',
        'Oakfield',
        '01/04/2025',
        'Overdue since 01/07/2025',
        'Due (3 of 14) due 01/05/2025',
      ],
    ]);
  });
});
