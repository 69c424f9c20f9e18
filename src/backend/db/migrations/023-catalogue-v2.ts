import type { Migration } from '../migrate.ts';

/** Reserved for issue 17 (being built): Catalogue version 2 (frameworks for all roles, corrections). */
export const catalogueVersion2: Migration = {
  version: 23,
  name: 'Catalogue version 2 (frameworks for all roles, corrections)',
  sql: 'SELECT 1;',
};
