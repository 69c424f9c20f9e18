import { z } from 'zod';
import type { AuditEntry, IntegrityReport } from '../../domain/audit.ts';
import { auditFilters, auditPage } from '../../schemas/audit.ts';
import { LEAD, READERS, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

export const auditMethods = {
  'audit.list': method<{ entries: AuditEntry[]; total: number }>()(
    auditPage,
    // Cut to the entries about workers the caller may see, and the caller's own (audit/handlers.ts).
    SIGNED_IN,
  ),
  // Every entry the filters match, as CSV: the audit log's page is the lead's and the viewer's, and so is this.
  'audit.csv': method<{ fileName: string; text: string }>()(auditFilters, READERS),
  // Reads the whole log and every locked record: the lead's, as the one who answers for the PCN's records.
  'audit.checkIntegrity': method<IntegrityReport>()(z.object({}).strict(), LEAD),
};
