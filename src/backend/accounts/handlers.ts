import type { accountMethods } from '../../shared/api/methods/accounts.ts';
import type { HandlerTable } from '../handler.ts';
import {
  endAccountSessions,
  inviteAccount,
  linkPerson,
  listAccountSummaries,
  reissueLink,
  setAccountRoles,
} from './admin.ts';

export const accountHandlers = {
  'account.list': (_input, ctx) => listAccountSummaries(ctx),
  'account.invite': (input, ctx) => inviteAccount(ctx, input),
  'account.reissueLink': (input, ctx) => reissueLink(ctx, input.accountId),
  'account.setRoles': (input, ctx) => setAccountRoles(ctx, input),
  'account.endSessions': (input, ctx) => endAccountSessions(ctx, input.accountId),
  'account.linkPerson': (input, ctx) => linkPerson(ctx, input),
} satisfies HandlerTable<keyof typeof accountMethods>;
