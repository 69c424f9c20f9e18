-- user_version 1
CREATE INDEX audit_log_by_worker ON audit_log (worker_id, id);

CREATE INDEX worker_by_name ON worker (name COLLATE NOCASE);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  worker_id INTEGER,
  summary TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;

CREATE TABLE colleague (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  job_title TEXT NOT NULL,
  practice_id INTEGER REFERENCES practice (id)
) STRICT;

CREATE TABLE employer (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('lead_practice', 'pcn_entity', 'subcontracted'))
) STRICT;

CREATE TABLE pcn (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL CHECK (length(name) > 0),
  ods_code TEXT NOT NULL,
  full_time_hours REAL NOT NULL DEFAULT 37.5 CHECK (full_time_hours > 0)
) STRICT;

CREATE TABLE practice (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  ods_code TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE worker (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  role TEXT NOT NULL CHECK (role IN ('splw', 'care_coordinator', 'hwbc')),
  employer_id INTEGER NOT NULL REFERENCES employer (id),
  base_practice_id INTEGER REFERENCES practice (id),
  arrs_funded INTEGER NOT NULL CHECK (arrs_funded IN (0, 1)),
  start_date TEXT NOT NULL,
  leaving_date TEXT CHECK (leaving_date IS NULL OR leaving_date >= start_date),
  hours_per_week REAL NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
  supervisor_id INTEGER REFERENCES colleague (id),
  first_contact_id INTEGER REFERENCES colleague (id)
) STRICT;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END;

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END;
