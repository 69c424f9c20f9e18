import type { Migration } from '../migrate.ts';

/**
 * Team mode: an account per person who signs in, one-time invitation links and sessions. Only hashes of
 * passwords and tokens are stored.
 */
export const accounts: Migration = {
  version: 9,
  name: 'Accounts, invitations and sessions for team mode',
  sql: `
CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(email) BETWEEN 3 AND 254),
  worker_id INTEGER UNIQUE REFERENCES worker (id),
  colleague_id INTEGER UNIQUE REFERENCES colleague (id),
  lead INTEGER NOT NULL DEFAULT 0 CHECK (lead IN (0, 1)),
  viewer INTEGER NOT NULL DEFAULT 0 CHECK (viewer IN (0, 1)),
  password_hash TEXT,
  created_at TEXT NOT NULL,
  CHECK (worker_id IS NOT NULL OR colleague_id IS NOT NULL)
) STRICT;

CREATE TABLE account_invitation (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
) STRICT;

CREATE TABLE account_session (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ended_at TEXT
) STRICT;

CREATE INDEX account_session_by_account ON account_session (account_id) WHERE ended_at IS NULL;
`,
};
