import type { Migration } from '../migrate.ts';

/**
 * A spreadsheet import is one batch: which file, who, when, and each record it added (with its row in the file),
 * so undoing it withdraws exactly those records. Training records are never deleted (migration 002), so an undone
 * import stays in the history: the batch says who undid it and when, and each record it added is withdrawn.
 */
export const importBatches: Migration = {
  version: 18,
  name: 'Spreadsheet imports recorded as batches, each linked to the records it added, so one can be undone',
  sql: `
CREATE TABLE import_batch (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('training')),
  file_name TEXT NOT NULL CHECK (length(file_name) > 0),
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  undone_at TEXT,
  undone_by TEXT CHECK ((undone_by IS NULL) = (undone_at IS NULL))
) STRICT;

CREATE TABLE import_batch_record (
  batch_id INTEGER NOT NULL REFERENCES import_batch (id),
  record_id INTEGER NOT NULL UNIQUE REFERENCES training_record (id),
  row_number INTEGER NOT NULL CHECK (row_number > 0),
  PRIMARY KEY (batch_id, record_id)
) STRICT;
`,
};
