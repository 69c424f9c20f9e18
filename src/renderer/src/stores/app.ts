import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract.ts';
import type { Domain } from '../../../shared/api/domains.ts';
import type { AppStatus, PersonRef } from '../../../shared/domain/app.ts';
import { onDataChange } from '../api/changes.ts';
import { call, onUnauthenticated } from '../api/client.ts';
import type { Loadable } from './loadable.ts';
import { failure, LOADING, ready } from './loadable.ts';
import { shareInFlight } from './share-in-flight.ts';

/**
 * Writes that can change the status: the PCN's name, the name of whoever is acting, and (team mode) the account's
 * roles and whom it supervises.
 */
const STATUS_INPUTS: readonly Domain[] = ['app', 'pcn', 'staff', 'accounts'];

interface AppState {
  /** The app's status: loading at launch, then ready, or failed with the reason (to retry). */
  state: Loadable<AppStatus>;
  /** The status once it has arrived: what pages read (today's date, the PCN, who is acting). */
  status: AppStatus | null;
  /** Team mode: the session ended (idle, its limit, or ended by the lead) while someone was signed in. */
  sessionEnded: boolean;
  /** Loads (or reloads) the status; a failure lands in `state`. */
  load(): Promise<void>;
  setUpPcn(input: InputOf<'app.setUpPcn'>): Promise<void>;
  loadExample(): Promise<void>;
  setCurrentUser(person: PersonRef | null): Promise<void>;
}

export const useAppStore = create<AppState>()((set, get) => {
  const settle = (status: AppStatus) => set({ state: ready(status), status });
  let requested = false;

  onDataChange((change) => {
    if (requested && change.domains.some((d) => STATUS_INPUTS.includes(d))) void get().load();
  });

  // A call refused for want of a session while someone was signed in: back to the sign-in page, saying why.
  onUnauthenticated(() => {
    const status = get().status;
    if (status?.me) set({ status: { ...status, me: null }, state: ready({ ...status, me: null }), sessionEnded: true });
  });

  return {
    state: LOADING,
    status: null,
    sessionEnded: false,
    load: shareInFlight(async () => {
      requested = true;
      if (!get().status) set({ state: LOADING });
      try {
        settle(await call('app.status', {}));
      } catch (error) {
        // Once the app is on screen, a failed refresh keeps the status it has rather than replacing every page.
        if (!get().status) set({ state: failure(error) });
      }
    }),
    setUpPcn: async (input) => settle(await call('app.setUpPcn', input)),
    loadExample: async () => settle(await call('app.loadExample', {})),
    setCurrentUser: async (person) => {
      const currentUser = await call('app.setCurrentUser', { person });
      const status = get().status;
      if (status) settle({ ...status, currentUser });
    },
  };
});
