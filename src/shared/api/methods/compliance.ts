import { z } from 'zod';
import type { CalendarFeedStatus, NewCalendarFeed } from '../../domain/calendar-feed.ts';
import type { WorkerCompliance } from '../../domain/compliance.ts';
import type { FileDownload } from '../../domain/files.ts';
import type { MatrixWire } from '../../rules/matrix-wire.ts';
import { id } from '../../schemas/fields.ts';
import { matrixFilterInput } from '../../schemas/views.ts';
import { changeAbout, readAbout, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

const workerInput = z.object({ workerId: id }).strict();

export const complianceMethods = {
  // Cut to the rows of the workers the caller may see (compliance/handlers.ts).
  'compliance.matrix': method<MatrixWire>()(z.object({}).strict(), SIGNED_IN),
  'compliance.worker': method<WorkerCompliance>()(z.object({ workerId: id }), readAbout({ field: 'workerId' })),
  // The printable matrix (A4 landscape) as filtered on the page, cut like the matrix (reports/matrix-pdf.ts).
  // The person's due dates, next supervision and (link workers) the national webinar as iCalendar (compliance/calendar.ts).
  'compliance.calendar': method<FileDownload>()(z.object({ workerId: id }).strict(), readAbout({ field: 'workerId' })),
  'compliance.matrixPdf': method<FileDownload>()(z.object({ filter: matrixFilterInput }).strict(), SIGNED_IN),
  // Team mode's private calendar subscription address (compliance/calendar-feed.ts): its state for the person and the
  // lead; made by the person alone (the handler refuses anyone else), revoked by the person or the lead.
  'compliance.calendarFeed': method<CalendarFeedStatus>()(workerInput, {
    who: 'aboutWorker',
    worker: { field: 'workerId' },
    change: false,
    supervisor: false,
    self: true,
  }),
  'compliance.createCalendarFeed': method<NewCalendarFeed>()(
    workerInput,
    changeAbout({ field: 'workerId' }, { supervisor: false, self: true }),
  ),
  'compliance.revokeCalendarFeed': method<CalendarFeedStatus>()(
    workerInput,
    changeAbout({ field: 'workerId' }, { supervisor: false, self: true }),
  ),
};
