import type { Migration } from '../migrate.ts';

export const training: Migration = {
  version: 2,
  name: 'requirements, training records, exemptions and evidence',
  sql: `
CREATE TABLE requirement (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) > 0),
  short_title TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('training', 'induction', 'arrs_condition')),
  roles TEXT NOT NULL,
  due TEXT NOT NULL,
  renewal_months INTEGER CHECK (renewal_months IS NULL OR renewal_months > 0),
  evidence TEXT NOT NULL DEFAULT '',
  check_kind TEXT NOT NULL DEFAULT 'record' CHECK (check_kind IN ('record', 'named_supervisor', 'named_first_contact', 'competency_assessment', 'supervision')),
  session_kind TEXT NOT NULL DEFAULT '',
  blocks_claim INTEGER NOT NULL CHECK (blocks_claim IN (0, 1)),
  source TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL CHECK (origin IN ('catalogue', 'local')),
  catalogue_version INTEGER,
  applies_from TEXT NOT NULL,
  retired_on TEXT,
  position INTEGER NOT NULL
) STRICT;

CREATE TABLE exemption (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  requirement_id TEXT NOT NULL REFERENCES requirement (id),
  reason TEXT NOT NULL CHECK (length(reason) > 0),
  created_at TEXT NOT NULL,
  ended_at TEXT
) STRICT;

CREATE UNIQUE INDEX exemption_one_active ON exemption (worker_id, requirement_id) WHERE ended_at IS NULL;

CREATE TABLE training_record (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  requirement_id TEXT NOT NULL REFERENCES requirement (id),
  status TEXT NOT NULL CHECK (status IN ('booked', 'enrolled', 'in_progress', 'completed')),
  start_date TEXT,
  completed_on TEXT,
  expires_on TEXT,
  provider TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  signed_off_by TEXT,
  created_at TEXT NOT NULL,
  CHECK (status <> 'completed' OR completed_on IS NOT NULL),
  CHECK (expires_on IS NULL OR completed_on IS NULL OR expires_on > completed_on)
) STRICT;

CREATE INDEX training_record_by_worker ON training_record (worker_id, requirement_id);

CREATE TABLE evidence_file (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  media_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  stored_name TEXT NOT NULL
) STRICT;

CREATE TABLE record_evidence (
  record_id INTEGER NOT NULL REFERENCES training_record (id),
  file_id INTEGER NOT NULL REFERENCES evidence_file (id),
  original_name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (record_id, file_id)
) STRICT;

CREATE TRIGGER training_record_is_evidence BEFORE DELETE ON training_record
BEGIN SELECT RAISE(ABORT, 'Training records are evidence and are never deleted'); END;
`,
};
