import type { Migration } from '../migrate.ts';

/**
 * Which version of the built-in requirements catalogue each database has taken, and when. A database opened
 * before this migration holds version 1 and has no row: the upgrade at opening then applies version 2's
 * corrections and writes one row naming each change, which the lead sees until they dismiss it.
 */
export const catalogueVersion2: Migration = {
  version: 23,
  name: 'Built-in catalogue updates: each version taken, what it changed, and whether the lead has seen it',
  sql: `
CREATE TABLE catalogue_update (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  applied_at TEXT NOT NULL,
  changes TEXT NOT NULL CHECK (json_valid(changes)),
  dismissed_at TEXT,
  dismissed_by TEXT CHECK ((dismissed_by IS NULL) = (dismissed_at IS NULL))
) STRICT;
`,
};
