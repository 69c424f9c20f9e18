import type { InputOf } from '../../../shared/api/contract.ts';
import type { PersonRef } from '../../../shared/domain/app.ts';
import type { AccountSummary, SetUpLink } from '../../../shared/domain/accounts.ts';
import { call } from '../api/client.ts';
import { createResource } from './resource.ts';

/** Team mode, the lead's: every sign-in account, with its roles, sessions and any link not yet used. */
export const accountList = createResource<null, AccountSummary[]>({
  name: 'the sign-in accounts',
  load: () => call('account.list', {}),
  // A person's roles follow from the register too (a named supervisor is one).
  dependsOn: ['accounts', 'staff', 'pcn'],
});

export const accountOf = (accounts: readonly AccountSummary[], person: PersonRef): AccountSummary | undefined =>
  accounts.find((a) => a.person.kind === person.kind && a.person.id === person.id);

/** A one-time link as the person will open it: this server's address (as this browser reaches it) and the route. */
export interface SignInLink {
  url: string;
  expiresAt: string;
}

const fullLink = (link: SetUpLink): SignInLink => ({
  url: `${window.location.origin}${window.location.pathname}${link.linkPath}`,
  expiresAt: link.expiresAt,
});

/** Gives the person an account (or updates the one they have) and returns their one-time link, shown once. */
export async function inviteToSignIn(input: InputOf<'account.invite'>): Promise<SignInLink> {
  return fullLink(await call('account.invite', input));
}

/** A new link (the earlier one stops working): also how someone who forgot their password sets a new one. */
export async function sendNewLink(accountId: number): Promise<SignInLink> {
  return fullLink(await call('account.reissueLink', { accountId }));
}

export async function setAccountRoles(accountId: number, lead: boolean, viewer: boolean): Promise<void> {
  await call('account.setRoles', { accountId, lead, viewer });
}

/** Signs the person out everywhere, at once. */
export async function endSessionsOf(accountId: number): Promise<number> {
  return (await call('account.endSessions', { accountId })).ended;
}

/** A worker who also supervises: their account also stands for the colleague record their supervisees name. */
export async function linkSupervisorRecord(accountId: number, colleagueId: number): Promise<void> {
  await call('account.linkPerson', { accountId, person: { kind: 'colleague', id: colleagueId } });
}
