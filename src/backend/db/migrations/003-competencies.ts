import type { Migration } from '../migrate.ts';

export const competencies: Migration = {
  version: 3,
  name: 'competency frameworks, assessments and development plans',
  sql: `
CREATE TABLE framework_version (
  framework_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  title TEXT NOT NULL,
  roles TEXT NOT NULL,
  document TEXT NOT NULL,
  loaded_at TEXT NOT NULL,
  PRIMARY KEY (framework_id, version)
) STRICT;

CREATE TABLE assessment (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  framework_id TEXT NOT NULL,
  framework_version INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('baseline', 'annual')),
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'signed')),
  created_at TEXT NOT NULL,
  submitted_at TEXT,
  signed_at TEXT,
  signed_by TEXT,
  FOREIGN KEY (framework_id, framework_version) REFERENCES framework_version (framework_id, version)
) STRICT;

CREATE INDEX assessment_by_worker ON assessment (worker_id, id);

CREATE TABLE assessment_rating (
  assessment_id INTEGER NOT NULL REFERENCES assessment (id),
  competency_id TEXT NOT NULL,
  self_rating INTEGER CHECK (self_rating BETWEEN 0 AND 3),
  reflection TEXT NOT NULL DEFAULT '',
  evidence_record_ids TEXT NOT NULL DEFAULT '[]',
  agreed_rating INTEGER CHECK (agreed_rating BETWEEN 0 AND 3),
  supervisor_comment TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, competency_id)
) STRICT;

CREATE TABLE assessment_signed_version (
  id INTEGER PRIMARY KEY,
  assessment_id INTEGER NOT NULL REFERENCES assessment (id),
  signed_at TEXT NOT NULL,
  signed_by TEXT NOT NULL,
  snapshot TEXT NOT NULL,
  reopened_at TEXT,
  reopen_reason TEXT
) STRICT;

CREATE TRIGGER assessment_signed_version_kept BEFORE DELETE ON assessment_signed_version
BEGIN SELECT RAISE(ABORT, 'Signed assessments are evidence and are never deleted'); END;

CREATE TRIGGER signed_assessment_locked BEFORE UPDATE ON assessment_rating
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'This assessment is signed and locked'); END;

CREATE TABLE development_action (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  competency_id TEXT,
  description TEXT NOT NULL,
  target_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done')),
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX development_action_by_worker ON development_action (worker_id);
`,
};
