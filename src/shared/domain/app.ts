import type { Pcn } from './pcn.ts';

export interface AppStatus {
  pcn: Pcn | null;
  dataFile: string;
  appVersion: string;
  schemaVersion: number;
  currentUser: CurrentUser;
  /** Today's date as the backend sees it (UK calendar), so the UI and rules agree. */
  today: string;
  /** True when "today" was fixed at launch (`--today`), so the page can say it is not the real date. */
  todayPinned: boolean;
}

export type PersonRef = { kind: 'worker' | 'colleague'; id: number };

export interface CurrentUser {
  /** The person chosen in the app, or null when acting as the operating-system user. */
  person: (PersonRef & { name: string }) | null;
  osUser: string;
}
