import type { Migration } from '../migrate.ts';

/**
 * Which account was e-mailed which reminder, and on which day. A reminder to 'lead' is one row shared by every lead,
 * so one `reminder.emailed_on` could not tell a lead who was sent it from one whose send failed and is retried.
 * `reminder.emailed_on` stays in the table, unused: a shipped column is never dropped, and nothing reads it now.
 * The rows go with their reminder (a worker removed as made in error) and with their account.
 * What was already e-mailed is carried over to every account that heard it as that recipient, so no one is sent
 * again what went before the upgrade.
 */
export const reminderEmailed: Migration = {
  version: 17,
  name: 'Reminders e-mailed, per account',
  sql: `
CREATE TABLE reminder_emailed (
  account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  reminder_id INTEGER NOT NULL REFERENCES reminder (id) ON DELETE CASCADE,
  emailed_on TEXT NOT NULL,
  PRIMARY KEY (account_id, reminder_id)
) STRICT;

CREATE INDEX reminder_emailed_by_reminder ON reminder_emailed (reminder_id);

INSERT INTO reminder_emailed (account_id, reminder_id, emailed_on)
SELECT a.id, r.id, r.emailed_on
FROM reminder r JOIN account a
  ON r.recipient = 'worker:' || a.worker_id OR r.recipient = 'colleague:' || a.colleague_id
  OR (r.recipient = 'lead' AND a.lead = 1)
WHERE r.emailed_on IS NOT NULL;
`,
};
