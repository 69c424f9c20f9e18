import type { Migration } from '../migrate.ts';

/** Reserved for issue 17 (being built): CPD and peer-support log. */
export const cpdLog: Migration = {
  version: 20,
  name: 'CPD and peer-support log',
  sql: 'SELECT 1;',
};
