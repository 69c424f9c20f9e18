import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../src/shared/domain/compliance.ts';
import {
  filterSlug,
  filtersSentence,
  matrixFilterWords,
  registerFilterWords,
  shownOf,
} from '../../src/shared/rules/filter-words.ts';
import { matrixCsvRows } from '../../src/shared/rules/matrix-csv.ts';
import { NO_FILTER } from '../../src/shared/rules/matrix-view.ts';
import { FIRE_AND_INDUCTION } from '../support/matrix.ts';

const person = (workerId: number, name: string, role: 'splw' | 'hwbc') => ({
  workerId,
  name,
  role,
  employerId: 1,
  basePracticeId: 1,
  startDate: '2025-04-01',
  leavingDate: null,
});

const matrix: Matrix = {
  today: '2026-01-01',
  expiringSoonDays: 90,
  columns: FIRE_AND_INDUCTION,
  rows: [
    {
      ...person(1, 'Amelia Shah', 'splw'),
      cells: [
        { s: 'expired', d: '2025-07-01' },
        { s: 'due', d: '2026-02-01', p: [3, 14] },
      ],
    },
    {
      ...person(2, 'Ben Ward', 'hwbc'),
      cells: [
        { s: 'complete', d: '2028-04-01' },
        { s: 'not_required', d: null },
      ],
    },
  ],
};
const names = { employer: () => 'Riverside Surgery', practice: () => 'Oakfield' };

describe('the matrix as CSV', () => {
  it('puts each requirement’s status and date in separate columns', () => {
    expect(matrixCsvRows(matrix, matrix.rows, names)).toEqual([
      [
        'Name',
        'Role',
        'Employer',
        'Base practice',
        'Start date',
        'Fire safety: status',
        'Fire safety: date',
        'Induction: status',
        'Induction: date',
      ],
      [
        'Amelia Shah',
        'Social prescribing link worker',
        'Riverside Surgery',
        'Oakfield',
        '01/04/2025',
        'Expired',
        '01/07/2025',
        'Due soon (3 of 14)',
        '01/02/2026',
      ],
      [
        'Ben Ward',
        'Health and wellbeing coach',
        'Riverside Surgery',
        'Oakfield',
        '01/04/2025',
        'Complete',
        '01/04/2028',
        'Not required',
        '',
      ],
    ]);
  });

  it('starts a partial export with a line naming its filters and how many of how many', () => {
    const filters = matrixFilterWords({ ...NO_FILTER, role: 'splw' }, names);
    const rows = matrixCsvRows(matrix, matrix.rows.slice(0, 1), names, filters);
    expect(rows[0]).toEqual([
      'Filters: role: Social prescribing link worker; leavers not shown. 1 of 2 people, as at 01/01/2026.',
    ]);
    expect(rows[1]?.[0]).toBe('Name');
    expect(rows).toHaveLength(3);
  });
});

describe('filters in words', () => {
  it('names every filter of the matrix, with the organisation’s names', () => {
    const words = matrixFilterWords(
      {
        search: ' ward ',
        role: 'hwbc',
        employerId: 3,
        practiceId: 4,
        status: 'overdue',
        within: 30,
        showLeavers: true,
      },
      { employer: (id) => `Employer ${id}`, practice: (id) => `Practice ${id}` },
    );
    expect(words).toEqual([
      'name contains “ward”',
      'role: Health and wellbeing coach',
      'employer: Employer 3',
      'base practice: Practice 4',
      'anyone with “Overdue”',
      'anyone with something expiring within 30 days',
    ]);
    expect(filtersSentence([])).toBe('Filters: none (everyone)');
    expect(filtersSentence(registerFilterWords({ search: '', showLeavers: false }))).toBe('Filters: leavers not shown');
  });

  it('counts how many of how many in en-GB, singular for one', () => {
    expect(shownOf(1204, 4488, 'person', 'people')).toBe('1,204 of 4,488 people');
    expect(shownOf(1, 1, 'worker')).toBe('1 of 1 worker');
    expect(shownOf(0, 12, 'line')).toBe('0 of 12 lines');
  });

  it('makes a short file-name part of them', () => {
    expect(filterSlug(['role: Health and wellbeing coach', 'leavers not shown'])).toBe(
      'role-health-and-wellbeing-coach-leavers-not-shown',
    );
    expect(filterSlug(['name contains “ward”'])).toBe('name-contains-ward');
    expect(filterSlug(['x'.repeat(59), 'yy']).length).toBeLessThanOrEqual(60);
  });
});
