import { create } from 'zustand';
import type { InputOf } from '../../../shared/api/contract.ts';
import type { AppStatus, PersonRef } from '../../../shared/domain/app.ts';
import { call } from '../api/client.ts';

interface AppState {
  status: AppStatus | null;
  loadError: string | null;
  load(): Promise<void>;
  setUpPcn(input: InputOf<'app.setUpPcn'>): Promise<void>;
  loadExample(): Promise<void>;
  setCurrentUser(person: PersonRef | null): Promise<void>;
}

export const useAppStore = create<AppState>()((set, get) => ({
  status: null,
  loadError: null,
  load: async () => {
    try {
      set({ status: await call('app.status', {}), loadError: null });
    } catch (error) {
      set({ loadError: (error as Error).message });
    }
  },
  setUpPcn: async (input) => set({ status: await call('app.setUpPcn', input) }),
  loadExample: async () => set({ status: await call('app.loadExample', {}) }),
  setCurrentUser: async (person) => {
    const currentUser = await call('app.setCurrentUser', { person });
    const status = get().status;
    if (status) set({ status: { ...status, currentUser } });
  },
}));
