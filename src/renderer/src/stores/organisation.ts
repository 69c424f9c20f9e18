import { create } from 'zustand';
import type { Colleague, Employer, Pcn, Practice } from '../../../shared/domain/pcn.ts';
import { call } from '../api/client.ts';
import { shareInFlight } from './share-in-flight.ts';

interface OrganisationState {
  pcn: Pcn | null;
  practices: Practice[];
  employers: Employer[];
  colleagues: Colleague[];
  loaded: boolean;
  load(): Promise<void>;
  savePcn(pcn: Pcn): Promise<void>;
  savePractice(id: number | null, fields: Omit<Practice, 'id'>): Promise<void>;
  saveEmployer(id: number | null, fields: Omit<Employer, 'id'>): Promise<void>;
  saveColleague(id: number | null, fields: Omit<Colleague, 'id'>): Promise<void>;
}

export const useOrganisationStore = create<OrganisationState>()((set, get) => ({
  pcn: null,
  practices: [],
  employers: [],
  colleagues: [],
  loaded: false,
  load: shareInFlight(async () => {
    const [pcn, practices, employers, colleagues] = await Promise.all([
      call('pcn.get', {}),
      call('practice.list', {}),
      call('employer.list', {}),
      call('colleague.list', {}),
    ]);
    set({ pcn, practices, employers, colleagues, loaded: true });
  }),
  savePcn: async (pcn) => set({ pcn: await call('pcn.update', pcn) }),
  savePractice: async (id, fields) => {
    await (id === null ? call('practice.create', fields) : call('practice.update', { ...fields, id }));
    await get().load();
  },
  saveEmployer: async (id, fields) => {
    await (id === null ? call('employer.create', fields) : call('employer.update', { ...fields, id }));
    await get().load();
  },
  saveColleague: async (id, fields) => {
    await (id === null ? call('colleague.create', fields) : call('colleague.update', { ...fields, id }));
    await get().load();
  },
}));
