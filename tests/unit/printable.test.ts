import { describe, expect, it } from 'vitest';
import type { MatrixRow } from '../../src/shared/domain/compliance.ts';
import { inGroupsOf, printedColumns } from '../../src/shared/rules/printable.ts';
import { FIRE_AND_INDUCTION } from '../support/matrix.ts';

const row = (cells: MatrixRow['cells']): MatrixRow => ({
  workerId: 1,
  name: 'Amelia Shah',
  role: 'splw',
  employerId: 1,
  basePracticeId: null,
  startDate: '2025-04-01',
  leavingDate: null,
  cells,
});

describe('a matrix on paper', () => {
  it('splits wide tables into page-width groups that remember where they start', () => {
    expect(inGroupsOf(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      { first: 0, items: ['a', 'b'] },
      { first: 2, items: ['c', 'd'] },
      { first: 4, items: ['e'] },
    ]);
    expect(inGroupsOf([], 9)).toEqual([]);
  });

  it('leaves out requirements that apply to no one shown, keeping an exempted one', () => {
    const notRequired = { s: 'not_required' as const, d: null };
    const columns = printedColumns(FIRE_AND_INDUCTION, [row([notRequired, { s: 'due', d: '2025-05-01' }])]);
    expect(columns.map((c) => [c.column.id, c.index])).toEqual([['induction', 1]]);
    const exempt = printedColumns(FIRE_AND_INDUCTION, [row([{ s: 'exempt', d: null }, notRequired])]);
    expect(exempt.map((c) => c.column.id)).toEqual(['fire-safety']);
  });
});
