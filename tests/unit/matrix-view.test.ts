import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../src/shared/domain/compliance.ts';
import { FIRE_AND_INDUCTION } from '../support/matrix.ts';
import { cellText, filterMatrixRows, NO_FILTER, summariseMatrix } from '../../src/shared/rules/matrix-view.ts';

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

  it('sums compliance over required cells only, and claims no percentage when nothing is required', () => {
    expect(summariseMatrix(matrix.rows)).toEqual({ required: 5, compliant: 3, overdue: 1, dueSoon: 1, percent: 60 });
    expect(summariseMatrix([]).percent).toBeNull();
    const waived = { ...matrix.rows[2]!, cells: [{ s: 'exempt' as const, d: null }] };
    expect(summariseMatrix([waived])).toMatchObject({ required: 0, percent: null });
  });

  it('counts an expired certificate with the overdue', () => {
    const row = { ...matrix.rows[0]!, cells: [{ s: 'expired' as const, d: '2025-07-01' }] };
    expect(summariseMatrix([row])).toMatchObject({ required: 1, overdue: 1, percent: 0 });
  });

  it('writes every cell in words with what its date means', () => {
    expect(cellText({ s: 'overdue', d: '2025-07-01' }, '2026-01-01')).toBe('Overdue, was due 01/07/2025');
    expect(cellText({ s: 'due', d: '2025-05-01', p: [3, 14] }, '2025-04-01')).toBe('Due soon (3 of 14), by 01/05/2025');
    expect(cellText({ s: 'not_yet_due', d: '2027-05-03' }, '2026-11-16')).toBe('Not yet due, due 03/05/2027');
    expect(cellText({ s: 'expired', d: '2026-10-01' }, '2026-11-16')).toBe('Expired, on 01/10/2026');
    expect(cellText({ s: 'exempt', d: null }, '2026-01-01')).toBe('Exempt');
    expect(cellText({ s: 'complete', d: '2028-04-01' }, '2026-01-01')).toBe('Complete, until 31/03/2028');
    expect(cellText({ s: 'complete', d: '2025-04-01' }, '2026-01-01')).toBe('Complete, 01/04/2025');
    expect(cellText({ s: 'expiring_soon', d: '2026-02-01' }, '2026-01-01')).toBe('Expiring soon, expires 01/02/2026');
    expect(cellText({ s: 'not_required', d: null }, '2026-01-01')).toBe('Not required');
  });
});
