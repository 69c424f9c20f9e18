import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../src/shared/domain/compliance.ts';
import { FIRE_AND_INDUCTION } from '../support/matrix.ts';
import { COMPLIANCE_STATUSES } from '../../src/shared/rules/compliance.ts';
import { decodeMatrix, encodeMatrix } from '../../src/shared/rules/matrix-wire.ts';

const matrix: Matrix = {
  today: '2026-11-24',
  expiringSoonDays: 90,
  columns: FIRE_AND_INDUCTION,
  rows: [
    ...COMPLIANCE_STATUSES.map((s, i) => ({
      workerId: i + 1,
      name: `Worker ${i + 1}`,
      role: 'splw' as const,
      employerId: 1,
      basePracticeId: i % 2 ? null : 2,
      startDate: '2024-02-29',
      leavingDate: i === 3 ? '2026-12-31' : null,
      cells: [
        { s, d: s === 'not_required' ? null : '2027-03-01' },
        { s, d: i % 2 ? null : '2026-01-09', p: [i, 12] as [number, number] },
      ],
    })),
    {
      workerId: 99,
      name: 'No columns',
      role: 'hwbc',
      employerId: 1,
      basePracticeId: null,
      startDate: '2026-01-01',
      leavingDate: null,
      cells: [],
    },
  ],
};

describe('the matrix on the wire', () => {
  it('comes back exactly as it went: every status, dates or none, induction progress, empty rows', () => {
    expect(decodeMatrix(JSON.parse(JSON.stringify(encodeMatrix(matrix))))).toEqual(matrix);
  });

  it('is far smaller than the matrix as objects', () => {
    expect(JSON.stringify(encodeMatrix(matrix)).length).toBeLessThan(JSON.stringify(matrix).length * 0.6);
  });

  it('refuses a cell it cannot read rather than guessing', () => {
    const wire = encodeMatrix(matrix);
    const broken = { ...wire, rows: [[...wire.rows[0]!.slice(0, 7), 'x2026'] as (typeof wire.rows)[number]] };
    expect(() => decodeMatrix(broken)).toThrow('Unreadable matrix cell "x2026"');
  });
});
