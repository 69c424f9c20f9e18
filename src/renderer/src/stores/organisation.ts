import { create } from 'zustand';
import type { Colleague, Employer, Pcn, Practice } from '../../../shared/domain/pcn.ts';
import { onDataChange } from '../api/changes.ts';
import { call } from '../api/client.ts';
import type { Loadable } from './loadable.ts';
import { failure, LOADING, ready } from './loadable.ts';
import { reportRefreshFailure } from './notices.ts';
import { shareInFlight } from './share-in-flight.ts';

export interface Organisation {
  pcn: Pcn;
  practices: Practice[];
  employers: Employer[];
  colleagues: Colleague[];
}

interface OrganisationState {
  /** The whole organisation with its loading, ready or failed state. */
  state: Loadable<Organisation>;
  /** Its parts once loaded, for pages that only look a name up (empty until then). */
  pcn: Pcn | null;
  practices: Practice[];
  employers: Employer[];
  colleagues: Colleague[];
  /** True once the organisation has loaded at least once. */
  loaded: boolean;
  /** Loads (or reloads) it; callers arriving while a load runs share it, and a failure lands in `state`. */
  load(): Promise<void>;
  savePcn(pcn: Pcn): Promise<void>;
  savePractice(id: number | null, fields: Omit<Practice, 'id'>): Promise<void>;
  saveEmployer(id: number | null, fields: Omit<Employer, 'id'>): Promise<void>;
  saveColleague(id: number | null, fields: Omit<Colleague, 'id'>): Promise<void>;
}

/**
 * The PCN, its practices, employers and colleagues. Once asked for, it stays fresh: any write to the PCN's
 * records (here or in another window) reloads it, keeping what it shows until the new data arrives.
 */
export const useOrganisationStore = create<OrganisationState>()((set, get) => {
  const settle = (organisation: Organisation) => set({ state: ready(organisation), ...organisation, loaded: true });
  let requested = false;

  onDataChange((change) => {
    if (requested && change.domains.includes('pcn')) void get().load();
  });

  return {
    state: LOADING,
    pcn: null,
    practices: [],
    employers: [],
    colleagues: [],
    loaded: false,
    load: shareInFlight(async () => {
      requested = true;
      if (get().state.status !== 'ready') set({ state: LOADING });
      try {
        const [pcn, practices, employers, colleagues] = await Promise.all([
          call('pcn.get', {}),
          call('practice.list', {}),
          call('employer.list', {}),
          call('colleague.list', {}),
        ]);
        settle({ pcn, practices, employers, colleagues });
      } catch (error) {
        // A failed refresh keeps what is on screen (and says so); only a first load shows the failure.
        if (get().state.status === 'ready') reportRefreshFailure('the organisation', error);
        else set({ state: failure(error) });
      }
    }),
    savePcn: async (fields) => {
      const pcn = await call('pcn.update', fields);
      const { state } = get();
      if (state.status === 'ready') settle({ ...state.data, pcn });
    },
    savePractice: async (id, fields) => {
      await (id === null ? call('practice.create', fields) : call('practice.update', { ...fields, id }));
    },
    saveEmployer: async (id, fields) => {
      await (id === null ? call('employer.create', fields) : call('employer.update', { ...fields, id }));
    },
    saveColleague: async (id, fields) => {
      await (id === null ? call('colleague.create', fields) : call('colleague.update', { ...fields, id }));
    },
  };
});
