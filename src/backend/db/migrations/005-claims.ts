import type { Migration } from '../migrate.ts';

export const claims: Migration = {
  version: 5,
  name: 'ARRS rates, pay, payroll actuals, NWRS confirmations and claims',
  sql: `
CREATE TABLE arrs_rate (
  id INTEGER PRIMARY KEY,
  financial_year TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('splw', 'care_coordinator', 'hwbc')),
  annual_max_pence INTEGER NOT NULL CHECK (annual_max_pence > 0),
  effective_from TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  UNIQUE (role, effective_from)
) STRICT;

CREATE TABLE worker_pay (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  effective_from TEXT NOT NULL,
  annual_salary_pence INTEGER NOT NULL CHECK (annual_salary_pence >= 0),
  ni_kind TEXT NOT NULL CHECK (ni_kind IN ('percent', 'amount')),
  ni_value REAL NOT NULL CHECK (ni_value >= 0),
  pension_kind TEXT NOT NULL CHECK (pension_kind IN ('percent', 'amount')),
  pension_value REAL NOT NULL CHECK (pension_value >= 0),
  UNIQUE (worker_id, effective_from)
) STRICT;

CREATE TABLE payroll_actual (
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  month TEXT NOT NULL,
  salary_pence INTEGER NOT NULL CHECK (salary_pence >= 0),
  ni_pence INTEGER NOT NULL CHECK (ni_pence >= 0),
  pension_pence INTEGER NOT NULL CHECK (pension_pence >= 0),
  PRIMARY KEY (worker_id, month)
) STRICT;

CREATE TABLE nwrs_confirmation (
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  month TEXT NOT NULL,
  confirmed_at TEXT NOT NULL,
  confirmed_by TEXT NOT NULL,
  PRIMARY KEY (worker_id, month)
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
  snapshot TEXT,
  UNIQUE (month, version)
) STRICT;

CREATE TRIGGER submitted_claim_frozen BEFORE UPDATE ON claim
WHEN OLD.snapshot IS NOT NULL AND (NEW.snapshot IS NOT OLD.snapshot OR NEW.month <> OLD.month OR NEW.version <> OLD.version)
BEGIN SELECT RAISE(ABORT, 'A submitted claim is frozen: make a new version to amend it'); END;
`,
};
