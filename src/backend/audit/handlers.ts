import type { auditMethods } from '../../shared/api/methods/audit.ts';
import type { HandlerTable } from '../handler.ts';
import { auditCsv } from './csv.ts';
import { entryOf } from './entries.ts';
import { whereOf } from './filters.ts';
import { countEntries, pageOfEntries, referenceNames } from './queries.ts';
import { checkNow } from './run-check.ts';
import { callerScope } from './scope.ts';

export const auditHandlers = {
  // Cut to the entries about workers the caller may see and the caller's own (sign-ins, what they changed).
  'audit.list': ({ limit, offset, ...filters }, ctx) => {
    const where = whereOf(filters, callerScope(ctx, filters.workerId));
    const nameOf = referenceNames(ctx.db);
    return {
      entries: pageOfEntries(ctx.db, where, limit, offset).map((row) => entryOf(row, nameOf)),
      total: countEntries(ctx.db, where),
    };
  },
  'audit.csv': (filters, ctx) => auditCsv(ctx, filters),
  'audit.checkIntegrity': (_input, ctx) => checkNow(ctx),
} satisfies HandlerTable<keyof typeof auditMethods>;
