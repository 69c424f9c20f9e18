import { z } from 'zod';
import { AUDIT_ACTION_CODES, AUDIT_RECORD_KINDS } from '../domain/audit-kinds.ts';
import { id, isoDate } from './fields.ts';

const filterFields = {
  /** Entries about this worker. */
  workerId: id.nullable().default(null),
  /** The first and last UK calendar days of the entries, both included. */
  from: isoDate('first day').nullable().default(null),
  to: isoDate('last day').nullable().default(null),
  action: z.enum(AUDIT_ACTION_CODES, { error: 'Choose an action from the list' }).nullable().default(null),
  /** The kind of record the entries are about. */
  entity: z.enum(AUDIT_RECORD_KINDS, { error: 'Choose a kind of record from the list' }).nullable().default(null),
};

const rangeInOrder = (r: { from: string | null; to: string | null }) =>
  r.from === null || r.to === null || r.to >= r.from;
const RANGE_PROBLEM = { path: ['to'], message: 'The last day cannot be before the first' };

/** What the audit log is cut to: each filter is optional, and those given all apply. */
export const auditFilters = z.object(filterFields).refine(rangeInOrder, RANGE_PROBLEM);

/** One page of the filtered log, newest first. */
export const auditPage = z
  .object({
    ...filterFields,
    limit: z.number().int().min(1).max(1000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .refine(rangeInOrder, RANGE_PROBLEM);

export type AuditFilters = z.output<typeof auditFilters>;
