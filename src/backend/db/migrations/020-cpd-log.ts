import type { Migration } from '../migrate.ts';
import { logTrigger } from './006-fact-changes.ts';

/**
 * The CPD and peer-support log: what each person attended or studied, which a requirement of check `cpd` reads
 * (its kinds and window kept as JSON in the new `requirement.cpd`). SQLite cannot change a CHECK in place, so the
 * requirement table is made afresh under its own name, so the tables that refer to it are left as they are: the
 * records' references wait (deferred) for its rows to be copied back in before the transaction commits.
 */
export const cpdLog: Migration = {
  version: 20,
  name: 'CPD and peer-support log',
  sql: `
CREATE TEMP TABLE requirement_v19 AS SELECT * FROM requirement;
PRAGMA defer_foreign_keys = ON;
DROP TABLE requirement;

CREATE TABLE requirement (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(title) > 0),
  short_title TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('training', 'induction', 'arrs_condition')),
  roles TEXT NOT NULL,
  due TEXT NOT NULL,
  renewal_months INTEGER CHECK (renewal_months IS NULL OR renewal_months > 0),
  evidence TEXT NOT NULL DEFAULT '',
  check_kind TEXT NOT NULL DEFAULT 'record' CHECK (check_kind IN ('record', 'named_supervisor', 'named_first_contact', 'competency_assessment', 'supervision', 'cpd')),
  session_kind TEXT NOT NULL DEFAULT '',
  blocks_claim INTEGER NOT NULL CHECK (blocks_claim IN (0, 1)),
  source TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL CHECK (origin IN ('catalogue', 'local')),
  catalogue_version INTEGER,
  applies_from TEXT NOT NULL,
  retired_on TEXT,
  position INTEGER NOT NULL,
  cpd TEXT CHECK (cpd IS NULL OR json_valid(cpd))
) STRICT;

INSERT INTO requirement (id, title, short_title, kind, roles, due, renewal_months, evidence, check_kind, session_kind,
                         blocks_claim, source, origin, catalogue_version, applies_from, retired_on, position)
  SELECT id, title, short_title, kind, roles, due, renewal_months, evidence, check_kind, session_kind,
         blocks_claim, source, origin, catalogue_version, applies_from, retired_on, position
  FROM temp.requirement_v19;
DROP TABLE temp.requirement_v19;

CREATE TABLE cpd_entry (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (length(kind) > 0),
  title TEXT NOT NULL CHECK (length(title) > 0),
  minutes INTEGER NOT NULL CHECK (minutes > 0),
  learned TEXT NOT NULL DEFAULT '',
  practice_change TEXT NOT NULL DEFAULT '',
  competencies TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(competencies)),
  evidence_file_id INTEGER REFERENCES evidence_file (id),
  evidence_name TEXT CHECK ((evidence_name IS NULL) = (evidence_file_id IS NULL)),
  event_key TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (worker_id, event_key)
) STRICT;

CREATE INDEX cpd_entry_by_worker ON cpd_entry (worker_id, date);

${(['INSERT', 'UPDATE', 'DELETE'] as const).map((event) => logTrigger('cpd_entry', event)).join('\n\n')}
`,
};
