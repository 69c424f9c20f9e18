import { parseArgs } from 'node:util';
import { isIsoDate } from '../shared/rules/dates.ts';

export const TODAY_ENV = 'LINKWORK_TODAY';

/**
 * `--today YYYY-MM-DD` wins, then LINKWORK_TODAY; null when neither is set. A malformed date is an error
 * naming the flag, so a typo never silently runs on the real calendar.
 */
export function resolvePinnedToday(argv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  const { values } = parseArgs({ args: [...argv], options: { today: { type: 'string' } }, strict: false });
  const chosen = values.today ?? env[TODAY_ENV];
  if (chosen === undefined || chosen === '') return null;
  if (typeof chosen !== 'string' || !isIsoDate(chosen)) {
    throw new Error(`--today (or ${TODAY_ENV}) must be a real date written YYYY-MM-DD, not "${String(chosen)}"`);
  }
  return chosen;
}

const DAY_LEFT_AFTER_NINE_MS = (15 * 60 * 60 - 1) * 1000;

/**
 * A clock that starts at 09:00 UTC on the pinned day and then moves with the time elapsed since launch, so
 * records made one after another keep their order; it stops at 23:59:59, so the date stays the pinned one
 * however long Linkwork runs.
 */
export function pinnedClock(day: string, elapsedMs: () => number): () => Date {
  const start = Date.parse(`${day}T09:00:00Z`);
  return () => new Date(start + Math.min(elapsedMs(), DAY_LEFT_AFTER_NINE_MS));
}

/** The clock a backend runs on: pinned to a day when launched with `--today`, else the one given, else the real one. */
export function launchClock(pinnedToday: string | null | undefined, now?: () => Date): () => Date {
  if (pinnedToday) {
    const launched = performance.now();
    return pinnedClock(pinnedToday, () => performance.now() - launched);
  }
  return now ?? (() => new Date());
}
