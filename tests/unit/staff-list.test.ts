import { describe, expect, it } from 'vitest';
import { visibleWorkers } from '../../src/shared/rules/staff-list.ts';
import type { WorkerRow } from '../../src/shared/domain/staff.ts';

const row = (id: number, name: string, change: Partial<WorkerRow> = {}): WorkerRow => ({
  id,
  name,
  role: 'splw',
  employerId: 1,
  employerName: 'Riverside Surgery',
  basePracticeId: null,
  basePracticeName: null,
  arrsFunded: true,
  startDate: '2025-04-01',
  leavingDate: null,
  hoursPerWeek: 37.5,
  supervisorId: null,
  supervisorName: null,
  firstContactId: null,
  firstContactName: null,
  ...change,
});

const workers = [
  row(1, 'zoe Price', { role: 'hwbc', hoursPerWeek: 18.75 }),
  row(2, 'Amelia Shah', { employerName: 'Connect Well CIC' }),
  row(3, 'Ben Ward', { leavingDate: '2025-10-31' }),
];
const base = { search: '', showLeavers: false, sort: { key: 'name' as const, descending: false }, today: '2026-01-01' };

describe('the staff list as shown', () => {
  it('hides leavers unless asked, and sorts names without regard to case', () => {
    expect(visibleWorkers(workers, base).map((w) => w.id)).toEqual([2, 1]);
    expect(visibleWorkers(workers, { ...base, showLeavers: true }).map((w) => w.id)).toEqual([2, 3, 1]);
  });

  it('matches every search word against name, role, employer and practice', () => {
    expect(visibleWorkers(workers, { ...base, search: 'connect amelia' }).map((w) => w.id)).toEqual([2]);
    expect(visibleWorkers(workers, { ...base, search: 'wellbeing' }).map((w) => w.id)).toEqual([1]);
    expect(visibleWorkers(workers, { ...base, search: 'nobody' })).toEqual([]);
  });

  it('sorts numbers as numbers, either way', () => {
    const byHours = { ...base, sort: { key: 'hoursPerWeek' as const, descending: true } };
    expect(visibleWorkers(workers, byHours).map((w) => w.id)).toEqual([2, 1]);
  });
});
