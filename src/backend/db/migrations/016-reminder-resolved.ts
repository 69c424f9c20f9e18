import type { Migration } from '../migrate.ts';

/**
 * A reminder is resolved on the day its item stops standing with that due date: the training recorded, the
 * person left or made exempt, the date moved. A resolved reminder is neither unread, e-mailed nor offered on the
 * desktop; the bell keeps it as "No longer due". The unread index is unchanged: marking read still looks for
 * `read_at IS NULL`, and the bell counts steps by grouping, not through that index.
 */
export const reminderResolved: Migration = {
  version: 16,
  name: 'Reminders resolved once their item no longer stands',
  sql: `
ALTER TABLE reminder ADD COLUMN resolved_on TEXT;
`,
};
