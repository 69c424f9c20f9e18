import { z } from 'zod';
import type { AccountSummary, Invitation, SetUpLink } from '../../domain/accounts.ts';
import { accountIdInput, accountInviteInput, accountLinkInput, accountRolesInput } from '../../schemas/accounts.ts';
import { LEAD } from '../access.ts';
import { method } from '../method.ts';

/** Team mode's accounts: the lead's alone. Signing in and out are not methods: they set a cookie (web/team). */
export const accountMethods = {
  'account.list': method<AccountSummary[]>()(z.object({}).strict(), LEAD),
  'account.invite': method<Invitation>()(accountInviteInput, LEAD),
  'account.reissueLink': method<SetUpLink>()(accountIdInput, LEAD),
  'account.setRoles': method<AccountSummary>()(accountRolesInput, LEAD),
  'account.endSessions': method<{ ended: number }>()(accountIdInput, LEAD),
  // A worker who also supervises signs in once as both.
  'account.linkPerson': method<AccountSummary>()(accountLinkInput, LEAD),
};
