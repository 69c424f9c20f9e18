/**
 * The one rule for whom a recorded reminder still reaches: a copy addressed to a supervisor ('colleague:<id>') counts
 * only while that colleague is still the worker's named supervisor. Once the supervisor changes (or is cleared), the
 * old one's copies drop out of their bell, unread count, desktop notice and e-mail digest, as the worker's records
 * are no longer theirs to see. Every query that reads reminders for a person adds this condition; `alias` is how
 * that query names the reminder table.
 */
export const currentRecipientCondition = (alias = 'reminder'): string =>
  `(${alias}.recipient NOT GLOB 'colleague:*'
    OR ${alias}.recipient = (SELECT 'colleague:' || sw.supervisor_id FROM worker sw WHERE sw.id = ${alias}.worker_id))`;
