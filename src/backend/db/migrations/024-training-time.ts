import type { Migration } from '../migrate.ts';

/** Reserved for issue 17 (being built): Reimbursable training time on training records. */
export const reimbursableTrainingTime: Migration = {
  version: 24,
  name: 'Reimbursable training time on training records',
  sql: 'SELECT 1;',
};
