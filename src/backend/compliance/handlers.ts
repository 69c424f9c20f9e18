import type { complianceMethods } from '../../shared/api/methods/compliance.ts';
import type { MatrixWire } from '../../shared/rules/matrix-wire.ts';
import { onlyVisible } from '../access/visible-workers.ts';
import type { Ctx } from '../context.ts';
import { callerOf, today } from '../context.ts';
import type { HandlerTable } from '../handler.ts';
import { matrixPdf } from '../reports/matrix-pdf.ts';
import { workerCalendar } from './calendar.ts';
import { calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from './calendar-feed.ts';
import { workerCompliance } from './compute.ts';
import { currentMatrix } from './matrix-cache.ts';

/** The whole matrix is worked out (and kept) once for everyone; each caller gets the rows they may see. */
function visibleMatrix(ctx: Ctx): MatrixWire {
  const matrix = currentMatrix(ctx.db, today(ctx));
  const rows = onlyVisible(ctx.db, callerOf(ctx), matrix.rows, (row) => row[0]);
  return rows === matrix.rows ? matrix : { ...matrix, rows };
}

export const complianceHandlers = {
  'compliance.matrix': (_input, ctx) => visibleMatrix(ctx),
  'compliance.worker': ({ workerId }, ctx) => workerCompliance(ctx, workerId),
  'compliance.calendar': ({ workerId }, ctx) => workerCalendar(ctx, workerId),
  'compliance.matrixPdf': ({ filter }, ctx) => matrixPdf(ctx, filter),
  'compliance.calendarFeed': ({ workerId }, ctx) => calendarFeedStatus(ctx, workerId),
  'compliance.createCalendarFeed': ({ workerId }, ctx) => createCalendarFeed(ctx, workerId),
  'compliance.revokeCalendarFeed': ({ workerId }, ctx) => revokeCalendarFeed(ctx, workerId),
} satisfies HandlerTable<keyof typeof complianceMethods>;
