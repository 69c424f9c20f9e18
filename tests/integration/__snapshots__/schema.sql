-- user_version 25
CREATE INDEX account_session_by_account ON account_session (account_id) WHERE ended_at IS NULL;

CREATE INDEX assessment_by_worker ON assessment (worker_id, id);

CREATE INDEX assessment_signed_version_by_assessment ON assessment_signed_version (assessment_id, id);

CREATE INDEX audit_log_by_action ON audit_log (action, id);

CREATE INDEX audit_log_by_record ON audit_log (entity, id);

CREATE INDEX audit_log_by_time ON audit_log (at);

CREATE INDEX audit_log_by_worker ON audit_log (worker_id, id);

CREATE UNIQUE INDEX calendar_feed_one_live_per_account ON calendar_feed (account_id) WHERE revoked_at IS NULL;

CREATE INDEX cpd_entry_by_worker ON cpd_entry (worker_id, date);

CREATE INDEX development_action_by_worker ON development_action (worker_id);

CREATE UNIQUE INDEX exemption_one_active ON exemption (worker_id, requirement_id) WHERE ended_at IS NULL;

CREATE INDEX reminder_by_recipient ON reminder (recipient, id);

CREATE INDEX reminder_emailed_by_reminder ON reminder_emailed (reminder_id);

CREATE INDEX reminder_unread ON reminder (recipient) WHERE read_at IS NULL;

CREATE INDEX supervision_action_by_session ON supervision_action (session_id);

CREATE INDEX supervision_addendum_by_session ON supervision_addendum (session_id);

CREATE INDEX supervision_session_by_worker ON supervision_session (worker_id, date);

CREATE INDEX training_record_by_worker ON training_record (worker_id, requirement_id);

CREATE UNIQUE INDEX training_record_replaced_once ON training_record (replaces_id) WHERE replaces_id IS NOT NULL;

CREATE INDEX worker_by_name ON worker (name COLLATE NOCASE);

CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(email) BETWEEN 3 AND 254),
  worker_id INTEGER UNIQUE REFERENCES worker (id),
  colleague_id INTEGER UNIQUE REFERENCES colleague (id),
  lead INTEGER NOT NULL DEFAULT 0 CHECK (lead IN (0, 1)),
  viewer INTEGER NOT NULL DEFAULT 0 CHECK (viewer IN (0, 1)),
  password_hash TEXT,
  created_at TEXT NOT NULL,
  CHECK (worker_id IS NOT NULL OR colleague_id IS NOT NULL)
) STRICT;

CREATE TABLE account_invitation (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
) STRICT;

CREATE TABLE account_session (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ended_at TEXT
) STRICT;

CREATE TABLE arrs_rate (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('splw', 'care_coordinator', 'hwbc')),
  area TEXT NOT NULL CHECK (area IN ('national', 'outer_london', 'inner_london')),
  effective_from TEXT NOT NULL,
  -- The last day the maximum applies; NULL while no end is known.
  effective_to TEXT CHECK (effective_to >= effective_from),
  annual_max_pence INTEGER NOT NULL CHECK (annual_max_pence > 0),
  financial_year TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  mark TEXT NOT NULL CHECK (mark IN ('C', 'U', 'P')),
  backdated INTEGER NOT NULL DEFAULT 0 CHECK (backdated IN (0, 1)),
  origin TEXT NOT NULL CHECK (origin IN ('catalogue', 'local')),
  UNIQUE (role, area, effective_from)
) STRICT;

CREATE TABLE arrs_sum_rate (
  financial_year TEXT PRIMARY KEY,
  -- Per weighted patient, in tenths of a penny: 22671 = £22.671.
  tenth_pence INTEGER NOT NULL CHECK (tenth_pence > 0),
  source TEXT NOT NULL DEFAULT '',
  mark TEXT NOT NULL CHECK (mark IN ('C', 'U', 'P')),
  origin TEXT NOT NULL CHECK (origin IN ('catalogue', 'local'))
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
  signed_by TEXT, signed_account_id INTEGER REFERENCES account (id), signed_email TEXT CHECK ((signed_email IS NULL) = (signed_account_id IS NULL)),
  FOREIGN KEY (framework_id, framework_version) REFERENCES framework_version (framework_id, version)
) STRICT;

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
, signed_account_id INTEGER REFERENCES account (id), signed_email TEXT CHECK ((signed_email IS NULL) = (signed_account_id IS NULL))) STRICT;

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
, seals TEXT, prev_hash TEXT, hash TEXT) STRICT;

CREATE TABLE calendar_feed (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;

CREATE TABLE caseload_month (
  worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  referrals_accepted INTEGER NOT NULL CHECK (referrals_accepted BETWEEN 0 AND 1000),
  referrals_declined INTEGER NOT NULL CHECK (referrals_declined BETWEEN 0 AND 1000),
  contacts INTEGER NOT NULL CHECK (contacts BETWEEN 0 AND 10000),
  supported_at_end INTEGER NOT NULL CHECK (supported_at_end BETWEEN 0 AND 2000),
  support_ended INTEGER NOT NULL CHECK (support_ended BETWEEN 0 AND 2000),
  PRIMARY KEY (worker_id, month)
) STRICT;

CREATE TABLE catalogue_update (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  applied_at TEXT NOT NULL,
  changes TEXT NOT NULL CHECK (json_valid(changes)),
  dismissed_at TEXT,
  dismissed_by TEXT CHECK ((dismissed_by IS NULL) = (dismissed_at IS NULL))
) STRICT;

CREATE TABLE claim (
  id INTEGER PRIMARY KEY,
  month TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  status TEXT NOT NULL CHECK (status IN ('draft', 'checked', 'submitted', 'paid')),
  created_at TEXT NOT NULL,
  submitted_on TEXT,
  portal_reference TEXT,
  paid_on TEXT,
  snapshot TEXT, checked_lines TEXT, reverted_at TEXT, reverted_reason TEXT,
  UNIQUE (month, version)
) STRICT;

CREATE TABLE claim_line_decision (
  claim_id INTEGER NOT NULL REFERENCES claim (id),
  worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
  decision TEXT NOT NULL CHECK (decision IN ('exclude', 'override')),
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (claim_id, worker_id)
) STRICT;

CREATE TABLE colleague (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) > 0),
  job_title TEXT NOT NULL,
  practice_id INTEGER REFERENCES practice (id)
) STRICT;

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

CREATE TABLE development_action (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  competency_id TEXT,
  description TEXT NOT NULL,
  target_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE email_unsubscribe (
  account_id INTEGER NOT NULL REFERENCES account (id),
  kind TEXT NOT NULL CHECK (kind IN ('training', 'induction', 'supervision', 'assessment')),
  at TEXT NOT NULL,
  PRIMARY KEY (account_id, kind)
) STRICT;

CREATE TABLE employer (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('lead_practice', 'pcn_entity', 'subcontracted'))
) STRICT;

CREATE TABLE evidence_file (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  media_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  stored_name TEXT NOT NULL
) STRICT;

CREATE TABLE exemption (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  requirement_id TEXT NOT NULL REFERENCES requirement (id),
  reason TEXT NOT NULL CHECK (length(reason) > 0),
  created_at TEXT NOT NULL,
  ended_at TEXT
) STRICT;

CREATE TABLE fact_change (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  worker_id INTEGER NOT NULL
) STRICT;

CREATE TABLE framework_version (
  framework_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  title TEXT NOT NULL,
  roles TEXT NOT NULL,
  document TEXT NOT NULL,
  loaded_at TEXT NOT NULL,
  PRIMARY KEY (framework_id, version)
) STRICT;

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

CREATE TABLE nwrs_confirmation (
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  month TEXT NOT NULL,
  confirmed_at TEXT NOT NULL,
  confirmed_by TEXT NOT NULL,
  PRIMARY KEY (worker_id, month)
) STRICT;

CREATE TABLE payroll_actual (
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  month TEXT NOT NULL,
  salary_pence INTEGER NOT NULL CHECK (salary_pence >= 0),
  ni_pence INTEGER NOT NULL CHECK (ni_pence >= 0),
  pension_pence INTEGER NOT NULL CHECK (pension_pence >= 0),
  PRIMARY KEY (worker_id, month)
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

CREATE TABLE record_evidence (
  record_id INTEGER NOT NULL REFERENCES training_record (id),
  file_id INTEGER NOT NULL REFERENCES evidence_file (id),
  original_name TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (record_id, file_id)
) STRICT;

CREATE TABLE reminder (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  kind TEXT NOT NULL CHECK (kind IN ('training', 'induction', 'supervision', 'assessment')),
  item_key TEXT NOT NULL CHECK (length(item_key) BETWEEN 1 AND 100),
  due_date TEXT NOT NULL,
  step_key TEXT NOT NULL CHECK (length(step_key) BETWEEN 1 AND 40),
  recipient TEXT NOT NULL CHECK (recipient = 'lead' OR recipient GLOB 'worker:[0-9]*' OR recipient GLOB 'colleague:[0-9]*'),
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  link TEXT NOT NULL CHECK (link GLOB '/*'),
  created_on TEXT NOT NULL,
  read_at TEXT,
  emailed_on TEXT, resolved_on TEXT,
  UNIQUE (worker_id, item_key, due_date, step_key, recipient)
) STRICT;

CREATE TABLE reminder_digest (
  recipient TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('desktop', 'email')),
  sent_on TEXT NOT NULL,
  PRIMARY KEY (recipient, channel, sent_on)
) STRICT;

CREATE TABLE reminder_emailed (
  account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  reminder_id INTEGER NOT NULL REFERENCES reminder (id) ON DELETE CASCADE,
  emailed_on TEXT NOT NULL,
  PRIMARY KEY (account_id, reminder_id)
) STRICT;

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
, met_by TEXT NOT NULL DEFAULT 'completion' CHECK (met_by IN ('completion', 'enrolment'))) STRICT;

CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE supervision_action (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES supervision_session (id),
  description TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'done'))
) STRICT;

CREATE TABLE supervision_addendum (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES supervision_session (id),
  text TEXT NOT NULL CHECK (length(text) > 0),
  author TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

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
, worker_signed_account_id INTEGER REFERENCES account (id), worker_signed_email TEXT CHECK ((worker_signed_email IS NULL) = (worker_signed_account_id IS NULL)), supervisor_signed_account_id INTEGER REFERENCES account (id), supervisor_signed_email TEXT CHECK ((supervisor_signed_email IS NULL) = (supervisor_signed_account_id IS NULL))) STRICT;

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
  created_at TEXT NOT NULL, self_reported INTEGER NOT NULL DEFAULT 0 CHECK (self_reported IN (0, 1)), verified_at TEXT CHECK (verified_at IS NULL OR self_reported = 1), verified_by TEXT CHECK ((verified_by IS NULL) = (verified_at IS NULL)), replaces_id INTEGER REFERENCES training_record (id), correction_reason TEXT CHECK ((correction_reason IS NULL) = (replaces_id IS NULL)), corrected_by TEXT CHECK ((corrected_by IS NULL) = (replaces_id IS NULL)), withdrawn_at TEXT, withdrawn_by TEXT CHECK ((withdrawn_by IS NULL) = (withdrawn_at IS NULL)), withdrawn_reason TEXT CHECK ((withdrawn_reason IS NULL) = (withdrawn_at IS NULL)), training_minutes INTEGER CHECK (training_minutes IS NULL OR training_minutes > 0), reimbursable INTEGER NOT NULL DEFAULT 0
  CHECK (reimbursable IN (0, 1) AND (reimbursable = 0 OR training_minutes IS NOT NULL)),
  CHECK (status <> 'completed' OR completed_on IS NOT NULL),
  CHECK (expires_on IS NULL OR completed_on IS NULL OR expires_on > completed_on)
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

CREATE TABLE worker_handout (
  worker_id INTEGER PRIMARY KEY REFERENCES worker (id) ON DELETE CASCADE,
  phone TEXT NOT NULL,
  email TEXT NOT NULL,
  working_times TEXT NOT NULL
) STRICT;

CREATE TABLE worker_pay (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  effective_from TEXT NOT NULL,
  annual_salary_pence INTEGER NOT NULL CHECK (annual_salary_pence >= 0),
  -- Each on-cost is either a fixed amount a month in pence or a share of the salary in basis points (1438 = 14.38%).
  ni_monthly_pence INTEGER CHECK (ni_monthly_pence >= 0),
  ni_basis_points INTEGER CHECK (ni_basis_points BETWEEN 0 AND 10000),
  pension_monthly_pence INTEGER CHECK (pension_monthly_pence >= 0),
  pension_basis_points INTEGER CHECK (pension_basis_points BETWEEN 0 AND 10000),
  CHECK ((ni_monthly_pence IS NULL) <> (ni_basis_points IS NULL)),
  CHECK ((pension_monthly_pence IS NULL) <> (pension_basis_points IS NULL)),
  UNIQUE (worker_id, effective_from)
) STRICT;

CREATE TRIGGER assessment_kept BEFORE DELETE ON assessment
BEGIN SELECT RAISE(ABORT, 'Assessments are evidence and are never deleted'); END;

CREATE TRIGGER assessment_logged_delete AFTER DELETE ON assessment
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (OLD.worker_id);
END;

CREATE TRIGGER assessment_logged_insert AFTER INSERT ON assessment
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (NEW.worker_id);
END;

CREATE TRIGGER assessment_logged_update AFTER UPDATE ON assessment
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (OLD.worker_id), (NEW.worker_id);
END;

CREATE TRIGGER assessment_never_back_to_draft BEFORE UPDATE ON assessment
WHEN NEW.status = 'draft' AND OLD.status IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'A submitted or signed assessment never goes back to draft'); END;

CREATE TRIGGER assessment_signed_only_after_review BEFORE UPDATE ON assessment
WHEN NEW.status = 'signed' AND OLD.status IS NOT 'submitted'
BEGIN SELECT RAISE(ABORT, 'An assessment is signed only after it has been submitted for review'); END;

CREATE TRIGGER assessment_signed_version_kept BEFORE DELETE ON assessment_signed_version
BEGIN SELECT RAISE(ABORT, 'Signed assessments are evidence and are never deleted'); END;

CREATE TRIGGER assessment_starts_as_draft BEFORE INSERT ON assessment
WHEN NEW.status IS NOT 'draft' OR NEW.signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'An assessment starts as a draft'); END;

CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END;

CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END;

CREATE TRIGGER audit_log_is_chained BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_log)
  OR NEW.prev_hash IS NOT (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)
  OR NEW.hash IS NULL OR length(NEW.hash) <> 64
BEGIN SELECT RAISE(ABORT, 'Audit entries are added by Linkwork only, each chained to the one before'); END;

CREATE TRIGGER claim_kept BEFORE DELETE ON claim
BEGIN SELECT RAISE(ABORT, 'Claims are kept: make a new version to amend one'); END;

CREATE TRIGGER claim_line_decision_draft_delete BEFORE DELETE ON claim_line_decision
WHEN (SELECT status FROM claim WHERE id = OLD.claim_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'A line decision can change only while its claim is a draft'); END;

CREATE TRIGGER claim_line_decision_draft_insert BEFORE INSERT ON claim_line_decision
WHEN (SELECT status FROM claim WHERE id = NEW.claim_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'A line decision can change only while its claim is a draft'); END;

CREATE TRIGGER claim_line_decision_draft_update BEFORE UPDATE ON claim_line_decision
WHEN (SELECT status FROM claim WHERE id = NEW.claim_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'A line decision can change only while its claim is a draft'); END;

CREATE TRIGGER claim_starts_as_draft BEFORE INSERT ON claim
WHEN NEW.status IS NOT 'draft' OR NEW.snapshot IS NOT NULL OR NEW.submitted_on IS NOT NULL
  OR NEW.portal_reference IS NOT NULL OR NEW.paid_on IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'A claim starts as a draft'); END;

CREATE TRIGGER claim_submitted_only_when_checked BEFORE UPDATE ON claim
WHEN NEW.status IN ('submitted', 'paid') AND OLD.status NOT IN ('submitted', 'paid') AND NOT (
  OLD.status = 'checked' AND NEW.status = 'submitted' AND NEW.snapshot IS NOT NULL AND NEW.submitted_on IS NOT NULL
  AND NEW.portal_reference IS NOT NULL AND NEW.paid_on IS NULL)
BEGIN SELECT RAISE(ABORT, 'A claim is submitted only once checked, with its figures frozen'); END;

CREATE TRIGGER cpd_entry_logged_delete AFTER DELETE ON cpd_entry
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (OLD.worker_id);
END;

CREATE TRIGGER cpd_entry_logged_insert AFTER INSERT ON cpd_entry
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (NEW.worker_id);
END;

CREATE TRIGGER cpd_entry_logged_update AFTER UPDATE ON cpd_entry
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (OLD.worker_id), (NEW.worker_id);
END;

CREATE TRIGGER signed_assessment_locked BEFORE UPDATE ON assessment_rating
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'This assessment is signed and locked'); END;

CREATE TRIGGER signed_assessment_only_reopened BEFORE UPDATE ON assessment
WHEN OLD.status = 'signed' AND NOT (
  NEW.status = 'submitted' AND NEW.signed_at IS NULL AND NEW.signed_by IS NULL AND NEW.signed_account_id IS NULL
  AND NEW.signed_email IS NULL AND NEW.id IS OLD.id AND NEW.worker_id IS OLD.worker_id AND NEW.framework_id IS OLD.framework_id AND NEW.framework_version IS OLD.framework_version AND NEW.kind IS OLD.kind AND NEW.created_at IS OLD.created_at AND NEW.submitted_at IS OLD.submitted_at
  AND (SELECT reopened_at FROM assessment_signed_version WHERE assessment_id = OLD.id ORDER BY id DESC LIMIT 1) IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'This assessment is signed and locked: only its supervisor can reopen it, in Linkwork'); END;

CREATE TRIGGER signed_assessment_rating_kept BEFORE DELETE ON assessment_rating
WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'This assessment is signed and locked'); END;

CREATE TRIGGER signed_assessment_rating_not_added BEFORE INSERT ON assessment_rating
WHEN (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'This assessment is signed and locked'); END;

CREATE TRIGGER signed_assessment_rating_not_moved BEFORE UPDATE ON assessment_rating
WHEN (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'This assessment is signed and locked'); END;

CREATE TRIGGER signed_supervision_action_kept BEFORE DELETE ON supervision_action
WHEN EXISTS (SELECT 1 FROM supervision_session WHERE id = OLD.session_id
     AND (worker_signed_at IS NOT NULL OR supervisor_signed_at IS NOT NULL))
BEGIN SELECT RAISE(ABORT, 'This supervision record has been signed: its actions are fixed'); END;

CREATE TRIGGER signed_supervision_action_not_added BEFORE INSERT ON supervision_action
WHEN EXISTS (SELECT 1 FROM supervision_session WHERE id = NEW.session_id
     AND (worker_signed_at IS NOT NULL OR supervisor_signed_at IS NOT NULL))
BEGIN SELECT RAISE(ABORT, 'This supervision record has been signed: its actions are fixed'); END;

CREATE TRIGGER signed_supervision_action_only_marked BEFORE UPDATE ON supervision_action
WHEN (EXISTS (SELECT 1 FROM supervision_session WHERE id = OLD.session_id
     AND (worker_signed_at IS NOT NULL OR supervisor_signed_at IS NOT NULL)) OR EXISTS (SELECT 1 FROM supervision_session WHERE id = NEW.session_id
     AND (worker_signed_at IS NOT NULL OR supervisor_signed_at IS NOT NULL)))
  AND NOT (NEW.id IS OLD.id AND NEW.session_id IS OLD.session_id AND NEW.description IS OLD.description AND NEW.owner IS OLD.owner AND NEW.due_date IS OLD.due_date)
BEGIN SELECT RAISE(ABORT, 'This supervision record has been signed: its actions can only be marked done or open'); END;

CREATE TRIGGER signed_supervision_session_only_countersigned BEFORE UPDATE ON supervision_session
WHEN (OLD.worker_signed_at IS NOT NULL OR OLD.supervisor_signed_at IS NOT NULL) AND NOT (
  NEW.id IS OLD.id AND NEW.worker_id IS OLD.worker_id AND NEW.date IS OLD.date AND NEW.kind IS OLD.kind AND NEW.supervisor_id IS OLD.supervisor_id AND NEW.supervisor_name IS OLD.supervisor_name AND NEW.supervisor_role IS OLD.supervisor_role AND NEW.duration_minutes IS OLD.duration_minutes AND NEW.caseload_active IS OLD.caseload_active AND NEW.new_referrals IS OLD.new_referrals AND NEW.cases_discussed IS OLD.cases_discussed AND NEW.risks IS OLD.risks AND NEW.referrals_back IS OLD.referrals_back AND NEW.wellbeing IS OLD.wellbeing AND NEW.learning_needs IS OLD.learning_needs AND NEW.learning_competency_ids IS OLD.learning_competency_ids AND NEW.next_date IS OLD.next_date AND NEW.created_at IS OLD.created_at
  AND (OLD.worker_signed_at IS NULL OR (NEW.worker_signed_name IS OLD.worker_signed_name AND NEW.worker_signed_at IS OLD.worker_signed_at AND NEW.worker_signed_account_id IS OLD.worker_signed_account_id AND NEW.worker_signed_email IS OLD.worker_signed_email))
  AND (OLD.supervisor_signed_at IS NULL OR (NEW.supervisor_signed_name IS OLD.supervisor_signed_name AND NEW.supervisor_signed_at IS OLD.supervisor_signed_at AND NEW.supervisor_signed_account_id IS OLD.supervisor_signed_account_id AND NEW.supervisor_signed_email IS OLD.supervisor_signed_email)))
BEGIN SELECT RAISE(ABORT, 'This supervision record has been signed, so it is locked: changing it would void the signature'); END;

CREATE TRIGGER signed_version_only_marked_reopened BEFORE UPDATE ON assessment_signed_version
WHEN NOT (OLD.reopened_at IS NULL AND NEW.reopened_at IS NOT NULL AND NEW.reopen_reason IS NOT NULL
          AND NEW.id IS OLD.id AND NEW.assessment_id IS OLD.assessment_id AND NEW.signed_at IS OLD.signed_at AND NEW.signed_by IS OLD.signed_by AND NEW.signed_account_id IS OLD.signed_account_id AND NEW.signed_email IS OLD.signed_email AND NEW.snapshot IS OLD.snapshot)
BEGIN SELECT RAISE(ABORT, 'A signed version of an assessment is never changed: it can only be marked as reopened'); END;

CREATE TRIGGER signed_version_written_when_signing BEFORE INSERT ON assessment_signed_version
WHEN NEW.reopened_at IS NOT NULL OR NEW.reopen_reason IS NOT NULL
  OR NOT EXISTS (SELECT 1 FROM assessment WHERE id = NEW.assessment_id AND status = 'signed' AND signed_at = NEW.signed_at)
BEGIN SELECT RAISE(ABORT, 'A signed version is written only as its assessment is signed'); END;

CREATE TRIGGER submitted_claim_frozen BEFORE UPDATE ON claim
WHEN OLD.snapshot IS NOT NULL AND (NEW.snapshot IS NOT OLD.snapshot OR NEW.month <> OLD.month OR NEW.version <> OLD.version)
BEGIN SELECT RAISE(ABORT, 'A submitted claim is frozen: make a new version to amend it'); END;

CREATE TRIGGER submitted_claim_only_paid BEFORE UPDATE ON claim
WHEN OLD.status IN ('submitted', 'paid') AND NOT (
  OLD.status = 'submitted' AND NEW.status = 'paid' AND OLD.paid_on IS NULL AND NEW.paid_on IS NOT NULL
  AND NEW.id IS OLD.id AND NEW.month IS OLD.month AND NEW.version IS OLD.version AND NEW.created_at IS OLD.created_at AND NEW.submitted_on IS OLD.submitted_on AND NEW.portal_reference IS OLD.portal_reference AND NEW.snapshot IS OLD.snapshot AND NEW.checked_lines IS OLD.checked_lines AND NEW.reverted_at IS OLD.reverted_at AND NEW.reverted_reason IS OLD.reverted_reason)
BEGIN SELECT RAISE(ABORT, 'A submitted claim is frozen: record its payment, or make a new version to amend it'); END;

CREATE TRIGGER supervision_addendum_kept BEFORE DELETE ON supervision_addendum
BEGIN SELECT RAISE(ABORT, 'Addenda are evidence and are never deleted'); END;

CREATE TRIGGER supervision_addendum_never_changed BEFORE UPDATE ON supervision_addendum
BEGIN SELECT RAISE(ABORT, 'An addendum is never changed: add another'); END;

CREATE TRIGGER supervision_addendum_only_on_locked BEFORE INSERT ON supervision_addendum
WHEN NOT EXISTS (SELECT 1 FROM supervision_session WHERE id = NEW.session_id
                 AND worker_signed_at IS NOT NULL AND supervisor_signed_at IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'Addenda are for records signed by both'); END;

CREATE TRIGGER supervision_session_kept BEFORE DELETE ON supervision_session
BEGIN SELECT RAISE(ABORT, 'Supervision records are evidence and are never deleted'); END;

CREATE TRIGGER supervision_session_locked BEFORE UPDATE ON supervision_session
WHEN OLD.worker_signed_at IS NOT NULL AND OLD.supervisor_signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'This supervision record is signed by both and locked: add an addendum instead'); END;

CREATE TRIGGER supervision_session_logged_delete AFTER DELETE ON supervision_session
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (OLD.worker_id);
END;

CREATE TRIGGER supervision_session_logged_insert AFTER INSERT ON supervision_session
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (NEW.worker_id);
END;

CREATE TRIGGER supervision_session_logged_update AFTER UPDATE ON supervision_session
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (OLD.worker_id), (NEW.worker_id);
END;

CREATE TRIGGER supervision_session_starts_unsigned BEFORE INSERT ON supervision_session
WHEN NEW.worker_signed_at IS NOT NULL OR NEW.supervisor_signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'A supervision record is signed after it is saved, by each person in turn'); END;

CREATE TRIGGER training_record_corrects_one_in_force BEFORE INSERT ON training_record
WHEN NEW.replaces_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM training_record WHERE id = NEW.replaces_id AND withdrawn_at IS NULL
    AND worker_id = NEW.worker_id AND requirement_id = NEW.requirement_id)
BEGIN SELECT RAISE(ABORT, 'A correction replaces a record in force, of the same person and requirement'); END;

CREATE TRIGGER training_record_is_evidence BEFORE DELETE ON training_record
BEGIN SELECT RAISE(ABORT, 'Training records are evidence and are never deleted'); END;

CREATE TRIGGER training_record_logged_delete AFTER DELETE ON training_record
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (OLD.worker_id);
END;

CREATE TRIGGER training_record_logged_insert AFTER INSERT ON training_record
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (NEW.worker_id);
END;

CREATE TRIGGER training_record_logged_update AFTER UPDATE ON training_record
BEGIN
  INSERT INTO fact_change (worker_id) VALUES (OLD.worker_id), (NEW.worker_id);
END;

CREATE TRIGGER training_record_only_verified_or_withdrawn BEFORE UPDATE ON training_record
WHEN NOT (NEW.id IS OLD.id AND NEW.worker_id IS OLD.worker_id AND NEW.requirement_id IS OLD.requirement_id AND NEW.status IS OLD.status AND NEW.start_date IS OLD.start_date AND NEW.completed_on IS OLD.completed_on AND NEW.expires_on IS OLD.expires_on AND NEW.provider IS OLD.provider AND NEW.notes IS OLD.notes AND NEW.signed_off_by IS OLD.signed_off_by AND NEW.created_at IS OLD.created_at AND NEW.self_reported IS OLD.self_reported AND NEW.replaces_id IS OLD.replaces_id AND NEW.correction_reason IS OLD.correction_reason AND NEW.corrected_by IS OLD.corrected_by
  AND (OLD.verified_at IS NULL OR (NEW.verified_at IS OLD.verified_at AND NEW.verified_by IS OLD.verified_by))
  AND (OLD.withdrawn_at IS NULL OR (NEW.withdrawn_at IS OLD.withdrawn_at AND NEW.withdrawn_by IS OLD.withdrawn_by AND NEW.withdrawn_reason IS OLD.withdrawn_reason)))
BEGIN SELECT RAISE(ABORT, 'A training record is never changed, only verified or withdrawn: correct it as a new version'); END;

CREATE TRIGGER training_record_starts_in_force BEFORE INSERT ON training_record
WHEN NEW.withdrawn_at IS NOT NULL OR NEW.verified_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'A training record starts in force and unverified'); END;

CREATE TRIGGER training_record_time_fixed BEFORE UPDATE OF training_minutes, reimbursable ON training_record
WHEN NEW.training_minutes IS NOT OLD.training_minutes OR NEW.reimbursable IS NOT OLD.reimbursable
BEGIN SELECT RAISE(ABORT, 'A training record is never changed, only verified or withdrawn: correct it as a new version'); END;

CREATE TRIGGER training_record_withdrawn_only_when_current BEFORE UPDATE ON training_record
WHEN OLD.withdrawn_at IS NULL AND NEW.withdrawn_at IS NOT NULL
  AND EXISTS (SELECT 1 FROM training_record WHERE replaces_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'Only the current version of a training record can be withdrawn'); END;

CREATE VIEW locked_record (kind, id, worker_id, dated, content) AS
SELECT 'assessment', a.id, a.worker_id,
       coalesce(a.signed_at, (SELECT max(signed_at) FROM assessment_signed_version WHERE assessment_id = a.id)),
       json_object(
         'assessment', json_array(a.id, a.worker_id, a.framework_id, a.framework_version, a.kind, a.status, a.created_at,
                                  a.submitted_at, a.signed_at, a.signed_by, a.signed_account_id, a.signed_email),
         'ratings', CASE WHEN a.status = 'signed' THEN
           (SELECT json_group_array(json_array(competency_id, self_rating, reflection, evidence_record_ids, agreed_rating,
                                               supervisor_comment) ORDER BY competency_id)
            FROM assessment_rating WHERE assessment_id = a.id) END,
         'signedVersions',
           (SELECT json_group_array(json_array(id, signed_at, signed_by, signed_account_id, signed_email, snapshot,
                                               reopened_at, reopen_reason) ORDER BY id)
            FROM assessment_signed_version WHERE assessment_id = a.id))
FROM assessment a
WHERE a.status = 'signed' OR EXISTS (SELECT 1 FROM assessment_signed_version WHERE assessment_id = a.id)
UNION ALL
SELECT 'supervision', s.id, s.worker_id, s.date,
       json_object(
         'session', json_array(s.id, s.worker_id, s.date, s.kind, s.supervisor_id, s.supervisor_name, s.supervisor_role, s.duration_minutes, s.caseload_active, s.new_referrals, s.cases_discussed, s.risks, s.referrals_back, s.wellbeing, s.learning_needs, s.learning_competency_ids, s.next_date, s.created_at, s.worker_signed_name, s.worker_signed_at, s.worker_signed_account_id, s.worker_signed_email, s.supervisor_signed_name, s.supervisor_signed_at, s.supervisor_signed_account_id, s.supervisor_signed_email),
         'actions',
           (SELECT json_group_array(json_array(id, description, owner, due_date, status) ORDER BY id)
            FROM supervision_action WHERE session_id = s.id),
         'addenda',
           (SELECT json_group_array(json_array(id, text, author, created_at) ORDER BY id)
            FROM supervision_addendum WHERE session_id = s.id))
FROM supervision_session s
WHERE s.worker_signed_at IS NOT NULL AND s.supervisor_signed_at IS NOT NULL
UNION ALL
SELECT 'claim', c.id, NULL, c.month,
       json_array(c.id, c.month, c.version, c.status, c.created_at, c.submitted_on, c.portal_reference, c.paid_on,
                  c.snapshot, c.checked_lines, c.reverted_at, c.reverted_reason)
FROM claim c
WHERE c.status IN ('submitted', 'paid');
