import { z } from 'zod';
import { ROLES } from '../domain/staff.ts';
import { COMPLIANCE_STATUSES } from '../rules/compliance.ts';
import { SORT_KEYS } from '../rules/staff-list.ts';
import { id } from './fields.ts';
import { staffText } from './staff-text.ts';

/** Words typed into a search box: printed back in a report's "Filters" line, so held to the staff-text rules. */
const searchWords = staffText(100, { tooLong: 'Search for at most 100 characters' });

/** The training matrix's filters, as on the page (shared/rules/matrix-view.ts MatrixFilter). */
export const matrixFilterInput = z
  .object({
    search: searchWords,
    role: z.enum([...ROLES, ''], { error: `Choose a role: ${ROLES.join(', ')}, or '' for all` }),
    employerId: id.nullable(),
    practiceId: id.nullable(),
    status: z.enum([...COMPLIANCE_STATUSES, ''], { error: "Choose a status, or '' for any" }),
    // Optional so a filter saved or sent before it existed still reads.
    within: z
      .number({ error: 'Say within how many days, or null for any' })
      .int('Say within how many whole days')
      .min(1, 'Say within at least 1 day')
      .max(366, 'Say within at most 366 days')
      .nullable()
      .default(null),
    showLeavers: z.boolean({ error: 'Say whether leavers are shown (true or false)' }),
  })
  .strict();

/** The staff register's search, leaver switch and sort order, as on the page. */
export const registerViewInput = z
  .object({
    search: searchWords,
    showLeavers: z.boolean({ error: 'Say whether leavers are shown (true or false)' }),
    sort: z
      .object({
        key: z.enum(SORT_KEYS, { error: `Sort by one of ${SORT_KEYS.join(', ')}` }),
        descending: z.boolean({ error: 'Say whether the sort is descending (true or false)' }),
      })
      .strict(),
  })
  .strict();
