import type { ClaimDeadline, LeadHome, PersonLink, RecentChange } from '../../shared/domain/home.ts';
import { EXPIRY_WINDOWS } from '../../shared/domain/home.ts';
import { currentClaimMonth } from '../../shared/rules/claim-calendar.ts';
import { daysBetween } from '../../shared/rules/dates.ts';
import { decodeMatrix } from '../../shared/rules/matrix-wire.ts';
import { expiresWithin, filterMatrixRows, NO_FILTER, summariseMatrix } from '../../shared/rules/matrix-view.ts';
import { isLapsed } from '../../shared/rules/compliance.ts';
import { employmentState } from '../../shared/rules/workforce.ts';
import { entryOf } from '../audit/entries.ts';
import { pageOfEntries, referenceNames } from '../audit/queries.ts';
import { claimReadiness } from '../claims/service.ts';
import { currentMatrix } from '../compliance/matrix-cache.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { DomainError } from '../errors.ts';
import { listRequirements } from '../requirements/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { listWorkerFacts } from '../staff/queries.ts';
import { countCells } from './counts.ts';
import { assessmentsWaiting } from './queries.ts';
import { complianceTrend } from './trend.ts';

const RECENT_CHANGES = 8;

/** The claim being prepared today, its deadline and blocked lines; null when there is none to prepare. */
function nextClaim(ctx: Ctx, day: string): ClaimDeadline | null {
  const month = currentClaimMonth(day, readAppSettings(ctx.db).claimDayOfMonth);
  try {
    const r = claimReadiness(ctx, month);
    return { ...r, dueOn: r.claimDueOn, daysLeft: daysBetween(day, r.claimDueOn) };
  } catch (error) {
    if (error instanceof DomainError) return null; // No claim month yet (a PCN set up this month).
    throw error;
  }
}

function recentChanges(ctx: Ctx): RecentChange[] {
  const nameOf = referenceNames(ctx.db);
  return pageOfEntries(ctx.db, { sql: '', params: {} }, RECENT_CHANGES, 0).map((row) => {
    const { id, at, actor, summary, workerId } = entryOf(row, nameOf);
    return { id, at, actor, summary, workerId };
  });
}

/**
 * The lead's home: every figure from the matrix as it is kept for the matrix page (never worked out per person),
 * counted over the rows the matrix shows by default (leavers left out), so each count is what its link shows.
 */
export function leadHome(ctx: Ctx): LeadHome {
  const day = today(ctx);
  const matrix = decodeMatrix(currentMatrix(ctx.db, day));
  const rows = filterMatrixRows(matrix, NO_FILTER);
  const { percent, required, compliant } = summariseMatrix(rows);

  const supervisionColumns = new Set(
    listRequirements(ctx.db)
      .filter((r) => r.check === 'supervision')
      .map((r) => r.id),
  );
  const supervisionAt = matrix.columns.flatMap((c, i) => (supervisionColumns.has(c.id) ? [i] : []));
  const supervisionOverdue: PersonLink[] = rows
    .filter((row) => supervisionAt.some((i) => isLapsed(row.cells[i]?.s ?? 'not_required')))
    .map((row) => ({ id: row.workerId, name: row.name }));

  const withoutSupervisor = listWorkerFacts(ctx.db)
    .filter((w) => w.supervisorId === null && employmentState(w, day) !== 'left')
    .map(({ id, name }) => ({ id, name }));

  return {
    today: day,
    compliance: { percent, required, compliant },
    trend: complianceTrend(ctx.db, day),
    overdue: countCells(rows, (cell) => cell.s === 'overdue'),
    expired: countCells(rows, (cell) => cell.s === 'expired'),
    expiring: EXPIRY_WINDOWS.map((days) => ({ days, ...countCells(rows, (cell) => expiresWithin(cell, day, days)) })),
    claim: nextClaim(ctx, day),
    supervisionOverdue,
    assessmentsWaiting: assessmentsWaiting(ctx.db),
    withoutSupervisor,
    recentChanges: recentChanges(ctx),
  };
}
