import type { MatrixRow } from '../../shared/domain/compliance.ts';
import type { SupervisorHome } from '../../shared/domain/home.ts';
import { isLapsed, isRequired } from '../../shared/rules/compliance.ts';
import { decodeMatrix } from '../../shared/rules/matrix-wire.ts';
import { employmentState } from '../../shared/rules/workforce.ts';
import { superviseesOf } from '../access/visible-workers.ts';
import { currentMatrix } from '../compliance/matrix-cache.ts';
import type { Ctx } from '../context.ts';
import { personName, today } from '../context.ts';
import { notFound } from '../errors.ts';
import { listRequirements } from '../requirements/queries.ts';
import { assessmentsWaiting, sessionsToSign } from './queries.ts';
import { supervisorFor } from './who.ts';

/** The earliest supervision date in a row (the next session due) and whether any supervision has lapsed. */
function nextSession(row: MatrixRow | undefined, columns: readonly number[]) {
  const cells = columns.flatMap((i) => {
    const cell = row?.cells[i];
    return cell && isRequired(cell.s) ? [cell] : [];
  });
  const dates = cells.flatMap((c) => (c.d === null ? [] : [c.d])).sort();
  return { nextSessionDue: dates[0] ?? null, sessionOverdue: cells.some((c) => isLapsed(c.s)) };
}

/** A supervisor's home: each supervisee in post, their next session due, sessions to sign, assessments to review. */
export function supervisorHome(ctx: Ctx, named: number | undefined): SupervisorHome {
  const day = today(ctx);
  const colleagueId = supervisorFor(ctx, named);
  if (colleagueId === null) return { today: day, supervisor: null, supervisees: [] };
  const name = personName(ctx.db, { kind: 'colleague', id: colleagueId });
  if (name === null) throw notFound('colleague', colleagueId);

  const matrix = decodeMatrix(currentMatrix(ctx.db, day));
  const supervision = new Set(listRequirements(ctx.db).flatMap((r) => (r.check === 'supervision' ? [r.id] : [])));
  const columns = matrix.columns.flatMap((c, i) => (supervision.has(c.id) ? [i] : []));
  const theirs = new Set(superviseesOf(ctx.db, colleagueId));
  const rows = matrix.rows.filter((r) => theirs.has(r.workerId) && employmentState(r, day) !== 'left');
  const ids = rows.map((r) => r.workerId);
  const sessions = sessionsToSign(ctx.db, ids);
  const assessments = assessmentsWaiting(ctx.db, ids);

  return {
    today: day,
    supervisor: { id: colleagueId, name },
    supervisees: rows.map((row) => ({
      id: row.workerId,
      name: row.name,
      ...nextSession(row, columns),
      sessionsToSign: sessions.filter((s) => s.workerId === row.workerId).map(({ id, date }) => ({ id, date })),
      assessmentsToReview: assessments
        .filter((a) => a.workerId === row.workerId)
        .map(({ id, submittedAt }) => ({ id, submittedAt })),
    })),
  };
}
