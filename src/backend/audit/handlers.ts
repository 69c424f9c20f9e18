import type { auditMethods } from '../../shared/api/methods/audit.ts';
import type { HandlerTable } from '../handler.ts';
import { auditCsv } from './csv.ts';
import { entryOf } from './entries.ts';
import { selectionOf } from './filters.ts';
import { countEntries, pageOfEntries, referenceNames } from './queries.ts';
import { checkNow } from './run-check.ts';
import { callerScope } from './scope.ts';

export const auditHandlers = {
  // Cut to the entries about workers the caller may see and the caller's own (sign-ins, what they changed).
  'audit.list': ({ limit, offset, ...filters }, ctx) => {
    const selection = selectionOf(ctx.db, filters, callerScope(ctx, filters.workerId));
    if (!selection) return { entries: [], total: 0 };
    const nameOf = referenceNames(ctx.db);
    return {
      entries: pageOfEntries(ctx.db, selection.where, limit, offset).map((row) => entryOf(row, nameOf)),
      total: selection.total ?? countEntries(ctx.db, selection.where),
    };
  },
  'audit.csv': (filters, ctx) => auditCsv(ctx, filters),
  'audit.checkIntegrity': (_input, ctx) => checkNow(ctx),
} satisfies HandlerTable<keyof typeof auditMethods>;
