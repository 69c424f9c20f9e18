import type { Migration } from '../migrate.ts';

/**
 * A link worker's caseload, as numbers only: one row per worker and calendar month, entered by hand or imported
 * from a report of counts. Never anything about a patient. Each count has a ceiling no month could reach, so a
 * slip of the keyboard is refused rather than kept.
 */
export const caseload: Migration = {
  version: 21,
  name: 'Caseload and contacts per link worker per month',
  sql: `
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
`,
};
