import type { AppStatus } from '../../shared/domain/app.ts';
import type {} from '../../shared/domain/app.ts';
import type { appMethods } from '../../shared/api/methods/app.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { currentUser, inTransaction, personName, today } from '../context.ts';
import { invalidField } from '../errors.ts';
import type { HandlerTable } from '../handler.ts';
import { readPcn } from '../pcn/queries.ts';
import { setUpPcn } from '../pcn/service.ts';
import { seedExample } from '../seed/example.ts';
import { writeSetting } from '../settings/queries.ts';
import { APP_VERSION } from '../version.ts';

function status(ctx: Ctx): AppStatus {
  return {
    pcn: readPcn(ctx.db),
    dataFile: ctx.dataFile,
    appVersion: APP_VERSION,
    schemaVersion: ctx.schemaVersion,
    currentUser: currentUser(ctx),
    today: today(ctx),
    todayPinned: ctx.todayPinned,
  };
}

export const appHandlers = {
  'app.status': (_input, ctx) => status(ctx),
  'app.setUpPcn': (input, ctx) => {
    setUpPcn(ctx, input);
    return status(ctx);
  },
  'app.loadExample': (_input, ctx) => {
    seedExample(ctx, { profile: 'pcn', seed: 1, today: today(ctx) });
    return status(ctx);
  },
  'app.setCurrentUser': ({ person }, ctx) =>
    inTransaction(ctx, () => {
      const name = person && personName(ctx.db, person);
      if (person && !name) throw invalidField('person', 'That person is not in the register');
      writeSetting(ctx.db, 'currentUser', person);
      recordAudit(ctx, {
        action: 'app.setCurrentUser',
        entity: 'setting',
        entityId: null,
        summary: name ? `Now acting as ${name}` : `Now acting as the computer user ${ctx.osUser}`,
        after: person,
      });
      return currentUser(ctx);
    }),
} satisfies HandlerTable<keyof typeof appMethods>;
