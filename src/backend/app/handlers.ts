import type { AppStatus, SignedInAccount } from '../../shared/domain/app.ts';
import type { appMethods } from '../../shared/api/methods/app.ts';
import { recordAudit } from '../audit/record.ts';
import { openingCheck } from '../audit/run-check.ts';
import type { Caller } from '../access/caller.ts';
import { superviseesOf } from '../access/visible-workers.ts';
import type { Ctx } from '../context.ts';
import { callerOf, currentUser, inTransaction, personName, today } from '../context.ts';
import { forbidden, invalidField } from '../errors.ts';
import type { HandlerTable } from '../handler.ts';
import { readPcn } from '../pcn/queries.ts';
import { setUpPcn } from '../pcn/service.ts';
import { seedExample } from '../seed/example.ts';
import { APP_VERSION } from '../version.ts';

function me(ctx: Ctx, caller: Extract<Caller, { kind: 'account' }>): SignedInAccount {
  return {
    accountId: caller.accountId,
    name: caller.name,
    email: caller.email,
    lead: caller.lead,
    viewer: caller.viewer,
    workerId: caller.workerId,
    colleagueId: caller.colleagueId,
    superviseeIds: superviseesOf(ctx.db, caller.colleagueId),
  };
}

/**
 * The app's status. Team mode answers a signed-out caller too, with the PCN and nothing personal; the data
 * file's place on the server is the lead's to know.
 */
function status(ctx: Ctx): AppStatus {
  const caller = callerOf(ctx);
  const account = caller.kind === 'account' ? caller : null;
  return {
    mode: caller.kind === 'personal' ? 'personal' : 'team',
    me: account && me(ctx, account),
    pcn: readPcn(ctx.db),
    dataFile: caller.kind === 'personal' || account?.lead ? ctx.dataFile : '',
    appVersion: APP_VERSION,
    schemaVersion: ctx.schemaVersion,
    currentUser: currentUser(ctx),
    today: today(ctx),
    todayPinned: ctx.todayPinned,
    integrity: caller.kind === 'personal' || account?.lead || account?.viewer ? openingCheck(ctx.db) : null,
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
  // Kept for this launch only (never in the data file), so every launch starts as the computer's user.
  'app.setCurrentUser': ({ person }, ctx) => {
    if (callerOf(ctx).kind !== 'personal')
      throw forbidden('"Acting as" is for Linkwork on one computer: signed in, you always act as yourself');
    const name = person && personName(ctx.db, person);
    if (person && !name) throw invalidField('person', 'That person is not in the register');
    inTransaction(ctx, () =>
      recordAudit(ctx, {
        action: 'app.setCurrentUser',
        entity: 'setting',
        entityId: null,
        summary: name ? `Now acting as ${name}` : `Now acting as the computer user ${ctx.osUser}`,
        after: person,
      }),
    );
    ctx.launch.actingAs = person;
    return currentUser(ctx);
  },
} satisfies HandlerTable<keyof typeof appMethods>;
