import type { Migration } from '../migrate.ts';

/** Reserved for issue 17 (being built): Patient handout contact details. */
export const handoutDetails: Migration = {
  version: 22,
  name: 'Patient handout contact details',
  sql: 'SELECT 1;',
};
