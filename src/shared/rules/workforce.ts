/** Whole-time equivalent: contracted hours over the PCN's full-time week (a setting, 37.5 by default). */
export function wholeTimeEquivalent(hoursPerWeek: number, fullTimeHours: number): number {
  if (fullTimeHours <= 0) throw new RangeError('Full-time hours must be above zero');
  return hoursPerWeek / fullTimeHours;
}

export function formatWte(wte: number): string {
  return wte.toFixed(2);
}

/** A worker is in post on a date when they have started and not yet left (the leaving date is their last day). */
export function isInPost(worker: { startDate: string; leavingDate: string | null }, today: string): boolean {
  return worker.startDate <= today && (worker.leavingDate === null || worker.leavingDate >= today);
}

export type EmploymentState = 'starting' | 'in post' | 'left';

export function employmentState(
  worker: { startDate: string; leavingDate: string | null },
  today: string,
): EmploymentState {
  if (worker.startDate > today) return 'starting';
  return isInPost(worker, today) ? 'in post' : 'left';
}
