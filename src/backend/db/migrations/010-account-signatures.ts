import type { Migration } from '../migrate.ts';

/**
 * Team mode: a signature is the signed-in account. Beside the name and time a signature already keeps, the
 * account's id and the e-mail it signed in with at the time; both are empty for a personal-mode signature (a
 * typed name, or the supervisor chosen under "Acting as"), and never one without the other.
 */
export const accountSignatures: Migration = {
  version: 10,
  name: 'Signatures by a signed-in account: its id and e-mail at the time',
  sql: `
ALTER TABLE supervision_session ADD COLUMN worker_signed_account_id INTEGER REFERENCES account (id);
ALTER TABLE supervision_session ADD COLUMN worker_signed_email TEXT CHECK ((worker_signed_email IS NULL) = (worker_signed_account_id IS NULL));
ALTER TABLE supervision_session ADD COLUMN supervisor_signed_account_id INTEGER REFERENCES account (id);
ALTER TABLE supervision_session ADD COLUMN supervisor_signed_email TEXT CHECK ((supervisor_signed_email IS NULL) = (supervisor_signed_account_id IS NULL));

ALTER TABLE assessment ADD COLUMN signed_account_id INTEGER REFERENCES account (id);
ALTER TABLE assessment ADD COLUMN signed_email TEXT CHECK ((signed_email IS NULL) = (signed_account_id IS NULL));

ALTER TABLE assessment_signed_version ADD COLUMN signed_account_id INTEGER REFERENCES account (id);
ALTER TABLE assessment_signed_version ADD COLUMN signed_email TEXT CHECK ((signed_email IS NULL) = (signed_account_id IS NULL));
`,
};
