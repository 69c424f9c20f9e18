import type { Migration } from '../migrate.ts';

/**
 * Team mode: a worker may record their own training. Such a record is self-reported until the lead verifies it;
 * who verified it and when are kept with it.
 */
export const selfReportedTraining: Migration = {
  version: 11,
  name: 'Training recorded by the worker themself, and the lead verifying it',
  sql: `
ALTER TABLE training_record ADD COLUMN self_reported INTEGER NOT NULL DEFAULT 0 CHECK (self_reported IN (0, 1));
ALTER TABLE training_record ADD COLUMN verified_at TEXT CHECK (verified_at IS NULL OR self_reported = 1);
ALTER TABLE training_record ADD COLUMN verified_by TEXT CHECK ((verified_by IS NULL) = (verified_at IS NULL));
`,
};
