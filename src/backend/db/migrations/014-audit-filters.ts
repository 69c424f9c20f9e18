import type { Migration } from '../migrate.ts';

/**
 * The audit log is filtered by dates, action and kind of record, and read newest first in the order written
 * (audit/filters.ts). An integrated care system's log holds hundreds of thousands of entries, so an action's and
 * a kind of record's entries each have an index in that order, and the time one finds the entries of given days:
 * a page of a year's "Training recorded" reads 200 index entries, not the whole log.
 */
export const auditFilters: Migration = {
  version: 14,
  name: 'Indexes for filtering the audit log by dates, action and kind of record',
  sql: `
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_action ON audit_log (action, id);
CREATE INDEX audit_log_by_record ON audit_log (entity, id);
`,
};
