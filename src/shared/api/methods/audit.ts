import { z } from 'zod';
import type { AuditEntry, IntegrityReport } from '../../domain/audit.ts';
import { id } from '../../schemas/fields.ts';
import { LEAD, SIGNED_IN } from '../access.ts';
import { method } from '../method.ts';

export const auditMethods = {
  'audit.list': method<{ entries: AuditEntry[]; total: number }>()(
    z.object({
      workerId: id.nullable().default(null),
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }),
    // Cut to the entries about workers the caller may see, and the caller's own (audit/handlers.ts).
    SIGNED_IN,
  ),
  // Reads the whole log and every locked record: the lead's, as the one who answers for the PCN's records.
  'audit.checkIntegrity': method<IntegrityReport>()(z.object({}).strict(), LEAD),
};
