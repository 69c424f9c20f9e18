import { z } from 'zod';
import { id, isoDate } from '../../schemas/fields.ts';
import type { FileDownload } from '../../domain/files.ts';
import type { Worker, WorkerRow } from '../../domain/staff.ts';
import { workerFields } from '../../schemas/staff.ts';
import { staffText } from '../../schemas/staff-text.ts';
import { registerViewInput } from '../../schemas/views.ts';
import { LEAD, readAbout, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

export const staffMethods = {
  // Cut to the workers the caller may see (staff/handlers.ts).
  'worker.list': method<WorkerRow[]>()(z.object({}).strict(), SIGNED_IN),
  'worker.get': method<WorkerRow>()(z.object({ id }), readAbout({ field: 'id' })),
  // The printable register (A4 landscape) as searched and sorted on the page, cut like the list.
  'worker.registerPdf': method<FileDownload>()(z.object({ view: registerViewInput }).strict(), SIGNED_IN),
  // The register itself (role, employer, hours, supervisor: what claims and access follow) is the lead's.
  'worker.create': method<Worker>()(workerFields, LEAD),
  'worker.update': method<Worker>()(z.object({ id, fields: workerFields }), LEAD),
  'worker.markLeaver': method<Worker>()(z.object({ id, leavingDate: isoDate('leaving date') }), LEAD),
  'worker.removeMadeInError': method<{ removed: number }>()(
    z.object({
      id,
      reason: staffText(500, { min: [5, 'Say why this record was made in error (at least 5 characters)'] }),
    }),
    LEAD,
  ),
};
