import type { Database } from 'better-sqlite3';
import type { TrendPoint } from '../../shared/domain/home.ts';
import type { Requirement } from '../../shared/domain/requirements.ts';
import type { RecordFacts } from '../../shared/rules/compliance.ts';
import { enrolledBy, evaluateRequirement, expiryOf } from '../../shared/rules/compliance.ts';
import { addMonths, endOfMonth } from '../../shared/rules/dates.ts';
import { isCompliant } from '../../shared/rules/matrix-view.ts';
import { roundToPlaces } from '../../shared/rules/money.ts';
import { isInPost } from '../../shared/rules/workforce.ts';
import { loadFactSources } from '../compliance/fact-sources.ts';
import { untilWrite } from '../db/until-write.ts';
import { listRequirements } from '../requirements/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { listWorkerFacts } from '../staff/queries.ts';
import { exemptionsByWorker } from '../training/queries.ts';

const MONTHS = 12;

/** The last twelve month ends before today, oldest first. */
export function monthEndsBefore(today: string, count = MONTHS): string[] {
  return Array.from({ length: count }, (_, i) => endOfMonth(addMonths(today, i - count)));
}

/**
 * On which of the days (in order) a requirement was met, by the same rules as its status (compliance.ts): the
 * latest completion by that day counts, and it is met until it expires (expiring soon still counts as met); a
 * requirement met by enrolment is met from the day the training began.
 */
function metOn(facts: readonly RecordFacts[], req: Requirement, days: readonly string[]): boolean[] {
  const { renewalMonths } = req;
  const enrolments = req.check === 'record' && req.metBy === 'enrolment' ? facts : [];
  const completions = facts
    .filter((f) => f.status === 'completed' && f.completedOn !== null)
    .map((f) => ({ on: f.completedOn as string, expires: expiryOf(f, renewalMonths) }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let latest = -1;
  return days.map((day) => {
    while (latest + 1 < completions.length && completions[latest + 1]!.on <= day) latest++;
    const counted = completions[latest];
    const completed = counted !== undefined && (counted.expires === null || day < counted.expires);
    return completed || enrolments.some((f) => enrolledBy(f, day));
  });
}

/**
 * The compliance % at each of the last twelve month ends, counted as the matrix headline counts it (one cell per
 * requirement, the induction checklist as one, met only when every item is), for the people in post on that day
 * and the records completed by then. The register's own fields (a named supervisor) and exemptions are taken as
 * they are now: the register keeps no history of them. A month end before anyone was in post is left out rather
 * than shown as 0 %.
 */
function computeTrend(db: Database, today: string): TrendPoint[] {
  const ends = monthEndsBefore(today);
  const settings = readAppSettings(db);
  const requirements = listRequirements(db).filter((r) => r.retiredOn === null);
  const factsFor = loadFactSources(db, today);
  const exemptions = exemptionsByWorker(db);
  const required = ends.map(() => 0);
  const met = ends.map(() => 0);

  for (const worker of listWorkerFacts(db)) {
    const inPost = ends.map((end) => isInPost(worker, end));
    if (!inPost.includes(true)) continue;
    const exempt = exemptions.get(worker.id);
    const metByRequirement = (req: Requirement): boolean[] =>
      REGISTER_CHECKS.has(req.check)
        ? ends.map(() => isCompliant(evaluateRequirement(req, worker, [], false, today, settings).status))
        : metOn(factsFor(req, worker.id), req, ends);
    const inductionMet = ends.map(() => true);
    let inductionRequired = false;
    for (const req of requirements) {
      if (!req.roles.includes(worker.role) || exempt?.has(req.id)) continue;
      const metAt = metByRequirement(req);
      if (req.kind === 'induction') {
        inductionRequired = true;
        metAt.forEach((yes, i) => (inductionMet[i] &&= yes));
        continue;
      }
      tally(inPost, metAt, required, met);
    }
    if (inductionRequired) tally(inPost, inductionMet, required, met);
  }
  return ends.flatMap((monthEnd, i) =>
    required[i] === 0 ? [] : [{ monthEnd, percent: roundToPlaces((met[i]! / required[i]!) * 100, 1) }],
  );
}

const REGISTER_CHECKS = new Set<string>(['named_supervisor', 'named_first_contact']);

function tally(inPost: boolean[], metAt: boolean[], required: number[], met: number[]): void {
  inPost.forEach((yes, i) => {
    if (!yes) return;
    required[i]! += 1;
    if (metAt[i]) met[i]! += 1;
  });
}

/** Kept until the next write (or the next day), like the matrix. */
export function complianceTrend(db: Database, today: string): TrendPoint[] {
  return untilWrite(db, today, 'home trend', () => computeTrend(db, today));
}
