import type { Migration } from '../migrate.ts';

/** Reserved for issue 17 (being built): Caseload and contacts per link worker per month. */
export const caseload: Migration = {
  version: 21,
  name: 'Caseload and contacts per link worker per month',
  sql: 'SELECT 1;',
};
