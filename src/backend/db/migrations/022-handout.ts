import type { Migration } from '../migrate.ts';

/**
 * How patients reach a worker, printed on their patient handout: a phone number, an e-mail address and when they
 * work, each possibly empty. Contact details are not a record that is kept: they go with a worker removed as made
 * in error (ON DELETE CASCADE).
 */
export const handoutDetails: Migration = {
  version: 22,
  name: 'Patient handout contact details',
  sql: `
CREATE TABLE worker_handout (
  worker_id INTEGER PRIMARY KEY REFERENCES worker (id) ON DELETE CASCADE,
  phone TEXT NOT NULL,
  email TEXT NOT NULL,
  working_times TEXT NOT NULL
) STRICT;
`,
};
