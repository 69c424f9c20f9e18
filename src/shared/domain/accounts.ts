import type { PersonRef } from './app.ts';

/** What an account may do: lead and viewer are set by the lead; supervisor and worker follow from the register. */
export type AccountRole = 'lead' | 'viewer' | 'supervisor' | 'worker';

/** One person's account, as the lead sees it (never a password, a hash or a link's secret). */
export interface AccountSummary {
  id: number;
  person: PersonRef & { name: string };
  email: string;
  lead: boolean;
  viewer: boolean;
  /** Every role the account holds, including those that follow from the register. */
  roles: AccountRole[];
  /** False until the person has set a password from their link. */
  passwordSet: boolean;
  /** Sessions not ended and within their idle and absolute limits. */
  activeSessions: number;
  /** When the newest unused set-up link stops working, or null when there is none. */
  linkExpiresAt: string | null;
  createdAt: string;
}

/** A one-time set-up link: the path to put after the server's address, shown once. */
export interface SetUpLink {
  /** `#/welcome/invitation/<token>`: the page shows the whole address to copy into an NHSmail message. */
  linkPath: string;
  /** ISO time when the link stops working (72 hours after it was made). */
  expiresAt: string;
}

export interface Invitation extends SetUpLink {
  account: AccountSummary;
}

/** The hash route of a set-up link; the token is the only secret in it. */
export const INVITATION_ROUTE = '#/welcome/invitation/';
