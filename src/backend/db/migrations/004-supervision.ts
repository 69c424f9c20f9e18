import type { Migration } from '../migrate.ts';

export const supervision: Migration = {
  version: 4,
  name: 'supervision sessions, actions, sign-off and addenda',
  sql: `
CREATE TABLE supervision_session (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL,
  supervisor_id INTEGER REFERENCES colleague (id),
  supervisor_name TEXT NOT NULL DEFAULT '',
  supervisor_role TEXT NOT NULL DEFAULT '',
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0 AND duration_minutes <= 480),
  caseload_active INTEGER CHECK (caseload_active IS NULL OR caseload_active >= 0),
  new_referrals INTEGER CHECK (new_referrals IS NULL OR new_referrals >= 0),
  cases_discussed TEXT NOT NULL DEFAULT '',
  risks TEXT NOT NULL DEFAULT '',
  referrals_back TEXT NOT NULL DEFAULT '',
  wellbeing TEXT NOT NULL DEFAULT '',
  learning_needs TEXT NOT NULL DEFAULT '',
  learning_competency_ids TEXT NOT NULL DEFAULT '[]',
  next_date TEXT CHECK (next_date IS NULL OR next_date > date),
  worker_signed_name TEXT,
  worker_signed_at TEXT,
  supervisor_signed_name TEXT,
  supervisor_signed_at TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX supervision_session_by_worker ON supervision_session (worker_id, date);

CREATE TRIGGER supervision_session_locked BEFORE UPDATE ON supervision_session
WHEN OLD.worker_signed_at IS NOT NULL AND OLD.supervisor_signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'This supervision record is signed by both and locked: add an addendum instead'); END;

CREATE TABLE supervision_action (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES supervision_session (id),
  description TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'done'))
) STRICT;

CREATE INDEX supervision_action_by_session ON supervision_action (session_id);

CREATE TABLE supervision_addendum (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES supervision_session (id),
  text TEXT NOT NULL CHECK (length(text) > 0),
  author TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX supervision_addendum_by_session ON supervision_addendum (session_id);
`,
};
