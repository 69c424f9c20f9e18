import type { Migration } from '../migrate.ts';
import { refuse } from './trigger-sql.ts';

/**
 * Since 2024/25 the time personalised care roles spend training towards a level 3 occupational standard is
 * reimbursable. A record may say how long the training took (in whole minutes, so no fraction is stored) and
 * whether it was towards such a standard; the mark needs the time. Like the rest of what a version says, both
 * are fixed once written: a correction is a new version.
 */
export const reimbursableTrainingTime: Migration = {
  version: 24,
  name: 'Time spent on training, and training towards a level 3 standard marked reimbursable',
  sql: `
ALTER TABLE training_record ADD COLUMN training_minutes INTEGER CHECK (training_minutes IS NULL OR training_minutes > 0);
ALTER TABLE training_record ADD COLUMN reimbursable INTEGER NOT NULL DEFAULT 0
  CHECK (reimbursable IN (0, 1) AND (reimbursable = 0 OR training_minutes IS NOT NULL));

CREATE TRIGGER training_record_time_fixed BEFORE UPDATE OF training_minutes, reimbursable ON training_record
WHEN NEW.training_minutes IS NOT OLD.training_minutes OR NEW.reimbursable IS NOT OLD.reimbursable
${refuse('A training record is never changed, only verified or withdrawn: correct it as a new version')}
`,
};
