import type { Migration } from '../migrate.ts';
import { refuse, unchanged } from './trigger-sql.ts';

/** What a version of a training record says; fixed once written. */
const VERSION_CONTENT = [
  'id',
  'worker_id',
  'requirement_id',
  'status',
  'start_date',
  'completed_on',
  'expires_on',
  'provider',
  'notes',
  'signed_off_by',
  'created_at',
  'self_reported',
  'replaces_id',
  'correction_reason',
  'corrected_by',
];
const VERIFICATION = ['verified_at', 'verified_by'];
const WITHDRAWAL = ['withdrawn_at', 'withdrawn_by', 'withdrawn_reason'];

/**
 * A training record entered wrongly can be corrected or withdrawn, and neither loses what it said.
 *
 * A correction is a new row that names the version it replaces (`replaces_id`), with who corrected it and why;
 * the replaced row is left exactly as it was, and a version is replaced at most once, so each record's versions
 * form one line. A withdrawal marks the current version with who, when and why. The record in force is the
 * version nothing replaces that is not withdrawn. Triggers keep every version as written: a row may only be
 * verified or withdrawn, once each; only the current version may be withdrawn or corrected, and a withdrawn one
 * not at all.
 */
export const recordCorrections: Migration = {
  version: 13,
  name: 'Training records corrected as new versions or withdrawn with a reason, every version kept',
  sql: `
ALTER TABLE training_record ADD COLUMN replaces_id INTEGER REFERENCES training_record (id);
ALTER TABLE training_record ADD COLUMN correction_reason TEXT CHECK ((correction_reason IS NULL) = (replaces_id IS NULL));
ALTER TABLE training_record ADD COLUMN corrected_by TEXT CHECK ((corrected_by IS NULL) = (replaces_id IS NULL));
ALTER TABLE training_record ADD COLUMN withdrawn_at TEXT;
ALTER TABLE training_record ADD COLUMN withdrawn_by TEXT CHECK ((withdrawn_by IS NULL) = (withdrawn_at IS NULL));
ALTER TABLE training_record ADD COLUMN withdrawn_reason TEXT CHECK ((withdrawn_reason IS NULL) = (withdrawn_at IS NULL));

CREATE UNIQUE INDEX training_record_replaced_once ON training_record (replaces_id) WHERE replaces_id IS NOT NULL;

CREATE TRIGGER training_record_starts_in_force BEFORE INSERT ON training_record
WHEN NEW.withdrawn_at IS NOT NULL OR NEW.verified_at IS NOT NULL
${refuse('A training record starts in force and unverified')}

CREATE TRIGGER training_record_corrects_one_in_force BEFORE INSERT ON training_record
WHEN NEW.replaces_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM training_record WHERE id = NEW.replaces_id AND withdrawn_at IS NULL
    AND worker_id = NEW.worker_id AND requirement_id = NEW.requirement_id)
${refuse('A correction replaces a record in force, of the same person and requirement')}

CREATE TRIGGER training_record_only_verified_or_withdrawn BEFORE UPDATE ON training_record
WHEN NOT (${unchanged(VERSION_CONTENT)}
  AND (OLD.verified_at IS NULL OR (${unchanged(VERIFICATION)}))
  AND (OLD.withdrawn_at IS NULL OR (${unchanged(WITHDRAWAL)})))
${refuse('A training record is never changed, only verified or withdrawn: correct it as a new version')}

CREATE TRIGGER training_record_withdrawn_only_when_current BEFORE UPDATE ON training_record
WHEN OLD.withdrawn_at IS NULL AND NEW.withdrawn_at IS NOT NULL
  AND EXISTS (SELECT 1 FROM training_record WHERE replaces_id = OLD.id)
${refuse('Only the current version of a training record can be withdrawn')}
`,
};
