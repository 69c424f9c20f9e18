import type { IntegritySummary } from './audit.ts';
import type { Pcn } from './pcn.ts';

/**
 * Personal: one computer, its own data file, no sign-in. Team: one installation serves the PCN and everyone
 * signs in as themselves.
 */
export type AppMode = 'personal' | 'team';

export interface AppStatus {
  mode: AppMode;
  /** Team mode: the signed-in account, or null when signed out. Always null in personal mode. */
  me: SignedInAccount | null;
  pcn: Pcn | null;
  /** Where the data lives; empty in team mode unless the lead is asking (it is the server's path). */
  dataFile: string;
  appVersion: string;
  schemaVersion: number;
  currentUser: CurrentUser;
  /** Today's date as the backend sees it (UK calendar), so the UI and rules agree. */
  today: string;
  /** True when "today" was fixed at launch (`--today`), so the page can say it is not the real date. */
  todayPinned: boolean;
  /**
   * The integrity check made when the data file was opened, for those who may read the audit log (personal mode,
   * the lead and the viewer); null for anyone else.
   */
  integrity: IntegritySummary | null;
}

/** Who is signed in (team mode), with the roles that decide their menu and pages. */
export interface SignedInAccount {
  accountId: number;
  name: string;
  email: string;
  /** The PCN workforce lead: everything. */
  lead: boolean;
  /** Reads everything and changes nothing (for example the clinical director). */
  viewer: boolean;
  /** The worker this account is, if it is a worker's: their own page. */
  workerId: number | null;
  /** The colleague this account is, if it is a supervisor's or contact's. */
  colleagueId: number | null;
  /** The workers who name this account's colleague as their supervisor. */
  superviseeIds: number[];
}

export type PersonRef = { kind: 'worker' | 'colleague'; id: number };

export interface CurrentUser {
  /**
   * Personal mode: the person chosen under "Acting as" for this launch, or null when acting as the computer's
   * user. Team mode: the signed-in account's person in the register.
   */
  person: (PersonRef & { name: string }) | null;
  /** The computer's user in personal mode; empty in team mode. */
  osUser: string;
}
