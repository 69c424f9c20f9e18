import type { WorkerRow } from '../domain/staff.ts';
import { ROLE_LABELS } from '../domain/staff.ts';
import { formatUkDate } from './dates.ts';
import { employmentState } from './workforce.ts';

export const SORT_KEYS = ['name', 'role', 'employerName', 'basePracticeName', 'startDate', 'hoursPerWeek'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function sortValue(w: WorkerRow, key: SortKey): string | number {
  if (key === 'role') return ROLE_LABELS[w.role];
  if (key === 'hoursPerWeek') return w.hoursPerWeek;
  return w[key] ?? '';
}

/** The register as shown: filtered by the search words and leaver toggle, then sorted. */
export function visibleWorkers(
  workers: readonly WorkerRow[],
  options: { search: string; showLeavers: boolean; sort: { key: SortKey; descending: boolean }; today: string },
): WorkerRow[] {
  const words = options.search.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (w: WorkerRow) => {
    if (words.length === 0) return true;
    const text = [w.name, ROLE_LABELS[w.role], w.employerName, w.basePracticeName, w.supervisorName]
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  };
  const shown = workers.filter(
    (w) => (options.showLeavers || employmentState(w, options.today) !== 'left') && matches(w),
  );
  const { key, descending } = options.sort;
  const direction = descending ? -1 : 1;
  return shown.sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order * direction || a.id - b.id;
  });
}

/** Where someone stands in post, in words, as the register's Status column says it: "Leaving 31/03/2027". */
export function employmentWords(worker: { startDate: string; leavingDate: string | null }, today: string): string {
  const state = employmentState(worker, today);
  if (state === 'left') return `Left ${formatUkDate(worker.leavingDate)}`;
  if (state === 'starting') return `Starts ${formatUkDate(worker.startDate)}`;
  return worker.leavingDate ? `Leaving ${formatUkDate(worker.leavingDate)}` : 'In post';
}
