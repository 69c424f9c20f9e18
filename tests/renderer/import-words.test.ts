import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../src/shared/domain/imports.ts';
import {
  columnName,
  listed,
  missingRequired,
  problemsToShow,
  rowsAdded,
} from '../../src/renderer/src/pages/imports/importWords.ts';

const problem = (row: number, kind: ImportProblem['kind']): ImportProblem => ({
  row,
  column: 'Completed',
  field: 'completedOn',
  value: '',
  problem: kind === 'invalid' ? 'No completion date' : 'Already recorded: skipped',
  kind,
});

describe('the import wizard’s words', () => {
  it('counts what an import adds by kind', () => {
    expect(rowsAdded('training', 1)).toBe('1 training record');
    expect(rowsAdded('training', 1200)).toBe('1,200 training records');
    expect(rowsAdded('register', 1)).toBe('1 person');
    expect(rowsAdded('register', 3)).toBe('3 people');
  });

  it('names the required fields the chosen columns leave out, in the wizard’s order', () => {
    expect(missingRequired('training', { person: 0, course: 1, completedOn: 2 })).toEqual([]);
    expect(missingRequired('training', { person: 0, course: null })).toEqual(['Course or requirement', 'Completed on']);
    expect(missingRequired('register', { name: 0, role: 1, employer: 2, startDate: 3 })).toEqual(['Hours a week']);
    expect(listed(['Person'])).toBe('Person');
    expect(listed(['Person', 'Course'])).toBe('Person and Course');
    expect(listed(['Person', 'Course', 'Completed on'])).toBe('Person, Course and Completed on');
  });

  it('names a column by its heading, or by its spreadsheet letter when it has none', () => {
    expect(columnName(['Name', '', ' '], 0)).toBe('Name');
    expect(columnName(['Name', '', ' '], 1)).toBe('Column B');
    expect(columnName(['Name', '', ' '], 2)).toBe('Column C');
    expect(columnName([], 26)).toBe('Column AA');
    expect(columnName([], 701)).toBe('Column ZZ');
  });
});

describe('the problems the wizard draws', () => {
  it('shows the rows that cannot be imported before the ones skipped, each in file order', () => {
    const problems = [problem(2, 'duplicate'), problem(3, 'invalid'), problem(4, 'duplicate'), problem(5, 'invalid')];
    const { shown, hidden } = problemsToShow(problems, 10);
    expect(shown.map((p) => p.row)).toEqual([3, 5, 2, 4]);
    expect(hidden).toBe(0);
  });

  it('draws at most the limit of a file with 100,000 problems, and says how many more there are', () => {
    const problems = Array.from({ length: 100_000 }, (_, i) => problem(i + 2, i % 2 === 0 ? 'invalid' : 'duplicate'));
    const { shown, hidden } = problemsToShow(problems, 200);
    expect(shown).toHaveLength(200);
    expect(shown.every((p) => p.kind === 'invalid')).toBe(true);
    expect(hidden).toBe(99_800);
  });
});
