import type { Migration } from '../migrate.ts';

/**
 * Reminders (issue 15). A reminder is recorded once per worker, item, due date, ladder step and recipient, so no
 * step is ever sent twice; the same row is the in-app notification (read or not) and notes the day it was e-mailed.
 * A recipient is 'worker:<id>', 'colleague:<id>' (a supervisor) or 'lead' (every lead, who share one read state).
 * Digests (desktop and e-mail) go at most once per recipient, channel and day. E-mail kinds can be unsubscribed per
 * account. A calendar subscription address carries a token (only its hash is kept) that the person can revoke.
 */
export const reminders: Migration = {
  version: 15,
  name: 'Reminders sent, digests, e-mail unsubscribes and calendar subscription addresses',
  sql: `
CREATE TABLE reminder (
  id INTEGER PRIMARY KEY,
  worker_id INTEGER NOT NULL REFERENCES worker (id),
  kind TEXT NOT NULL CHECK (kind IN ('training', 'induction', 'supervision', 'assessment')),
  item_key TEXT NOT NULL CHECK (length(item_key) BETWEEN 1 AND 100),
  due_date TEXT NOT NULL,
  step_key TEXT NOT NULL CHECK (length(step_key) BETWEEN 1 AND 40),
  recipient TEXT NOT NULL CHECK (recipient = 'lead' OR recipient GLOB 'worker:[0-9]*' OR recipient GLOB 'colleague:[0-9]*'),
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  link TEXT NOT NULL CHECK (link GLOB '/*'),
  created_on TEXT NOT NULL,
  read_at TEXT,
  emailed_on TEXT,
  UNIQUE (worker_id, item_key, due_date, step_key, recipient)
) STRICT;

CREATE INDEX reminder_by_recipient ON reminder (recipient, id);
CREATE INDEX reminder_unread ON reminder (recipient) WHERE read_at IS NULL;

CREATE TABLE reminder_digest (
  recipient TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('desktop', 'email')),
  sent_on TEXT NOT NULL,
  PRIMARY KEY (recipient, channel, sent_on)
) STRICT;

CREATE TABLE email_unsubscribe (
  account_id INTEGER NOT NULL REFERENCES account (id),
  kind TEXT NOT NULL CHECK (kind IN ('training', 'induction', 'supervision', 'assessment')),
  at TEXT NOT NULL,
  PRIMARY KEY (account_id, kind)
) STRICT;

CREATE TABLE calendar_feed (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;

CREATE UNIQUE INDEX calendar_feed_one_live_per_account ON calendar_feed (account_id) WHERE revoked_at IS NULL;
`,
};
