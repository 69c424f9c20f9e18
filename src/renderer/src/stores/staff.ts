import { create } from 'zustand';
import type { WorkerFields, WorkerRow } from '../../../shared/domain/staff.ts';
import type { SortKey } from '../../../shared/rules/staff-list.ts';
import { call } from '../api/client.ts';
import { shareInFlight } from './share-in-flight.ts';

interface StaffState {
  workers: WorkerRow[];
  loaded: boolean;
  search: string;
  sort: { key: SortKey; descending: boolean };
  showLeavers: boolean;
  load(): Promise<void>;
  setSearch(search: string): void;
  sortBy(key: SortKey): void;
  setShowLeavers(show: boolean): void;
  /** Creates when `id` is null; returns the saved worker's id. */
  save(id: number | null, fields: WorkerFields): Promise<number>;
  markLeaver(id: number, leavingDate: string): Promise<void>;
  remove(id: number, reason: string): Promise<void>;
}

export const useStaffStore = create<StaffState>()((set, get) => ({
  workers: [],
  loaded: false,
  search: '',
  sort: { key: 'name', descending: false },
  showLeavers: false,
  load: shareInFlight(async () => set({ workers: await call('worker.list', {}), loaded: true })),
  setSearch: (search) => set({ search }),
  sortBy: (key) => {
    const { sort } = get();
    set({ sort: { key, descending: sort.key === key ? !sort.descending : false } });
  },
  setShowLeavers: (showLeavers) => set({ showLeavers }),
  save: async (id, fields) => {
    const saved = id === null ? await call('worker.create', fields) : await call('worker.update', { id, fields });
    await get().load();
    return saved.id;
  },
  markLeaver: async (id, leavingDate) => {
    await call('worker.markLeaver', { id, leavingDate });
    await get().load();
  },
  remove: async (id, reason) => {
    await call('worker.removeMadeInError', { id, reason });
    await get().load();
  },
}));
