import type { Migration } from '../migrate.ts';

/**
 * A staff register can be imported too: a batch of kind 'register' is linked to each worker it added, so undoing
 * it removes exactly those people. The link goes with a worker removed as made in error (ON DELETE CASCADE), so it
 * never holds a worker's record back; each batch therefore keeps how many rows it added, for the list of imports.
 * SQLite cannot change a CHECK in place: both batch tables are rebuilt, the records' links copied as they were.
 */
export const registerImports: Migration = {
  version: 19,
  name: 'Staff register imports: batches of kind register, each linked to the workers it added',
  sql: `
ALTER TABLE import_batch RENAME TO import_batch_v18;
ALTER TABLE import_batch_record RENAME TO import_batch_record_v18;

CREATE TABLE import_batch (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('training', 'register')),
  file_name TEXT NOT NULL CHECK (length(file_name) > 0),
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  added INTEGER NOT NULL CHECK (added >= 0),
  undone_at TEXT,
  undone_by TEXT CHECK ((undone_by IS NULL) = (undone_at IS NULL))
) STRICT;

CREATE TABLE import_batch_record (
  batch_id INTEGER NOT NULL REFERENCES import_batch (id),
  record_id INTEGER NOT NULL UNIQUE REFERENCES training_record (id),
  row_number INTEGER NOT NULL CHECK (row_number > 0),
  PRIMARY KEY (batch_id, record_id)
) STRICT;

CREATE TABLE import_batch_worker (
  batch_id INTEGER NOT NULL REFERENCES import_batch (id),
  worker_id INTEGER NOT NULL UNIQUE REFERENCES worker (id) ON DELETE CASCADE,
  row_number INTEGER NOT NULL CHECK (row_number > 0),
  PRIMARY KEY (batch_id, worker_id)
) STRICT;

INSERT INTO import_batch (id, kind, file_name, imported_at, imported_by, added, undone_at, undone_by)
  SELECT b.id, b.kind, b.file_name, b.imported_at, b.imported_by,
         (SELECT count(*) FROM import_batch_record_v18 r WHERE r.batch_id = b.id), b.undone_at, b.undone_by
  FROM import_batch_v18 b;
INSERT INTO import_batch_record (batch_id, record_id, row_number)
  SELECT batch_id, record_id, row_number FROM import_batch_record_v18;

DROP TABLE import_batch_record_v18;
DROP TABLE import_batch_v18;
`,
};
