import { create } from 'zustand';
import type { WorkerFields, WorkerRow } from '../../../shared/domain/staff.ts';
import type { SortKey } from '../../../shared/rules/staff-list.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import { createResource } from './resource.ts';

/** The staff register: everyone, with their employer, practices and named supervisor. */
export const staffList = createResource<null, WorkerRow[]>({
  name: 'the staff register',
  load: () => call('worker.list', {}),
  dependsOn: ['staff', 'pcn'],
});

/** One worker's details. */
export const workerRecord = createResource<number, WorkerRow>({
  name: 'this worker',
  load: (id) => call('worker.get', { id }),
  dependsOn: ['staff', 'pcn'],
  workerOf: (id) => id,
});

interface StaffViewState {
  search: string;
  sort: { key: SortKey; descending: boolean };
  showLeavers: boolean;
  setSearch(search: string): void;
  sortBy(key: SortKey): void;
  setShowLeavers(show: boolean): void;
}

/** How the register is being looked at; kept while moving between pages. */
export const useStaffView = create<StaffViewState>()((set, get) => ({
  search: '',
  sort: { key: 'name', descending: false },
  showLeavers: false,
  setSearch: (search) => set({ search }),
  sortBy: (key) => {
    const { sort } = get();
    set({ sort: { key, descending: sort.key === key ? !sort.descending : false } });
  },
  setShowLeavers: (showLeavers) => set({ showLeavers }),
}));

/** Creates when `id` is null; returns the saved worker's id. Pages on screen refresh from the change it announces. */
export async function saveWorker(id: number | null, fields: WorkerFields): Promise<number> {
  const saved = id === null ? await call('worker.create', fields) : await call('worker.update', { id, fields });
  return saved.id;
}

export async function markLeaver(id: number, leavingDate: string): Promise<void> {
  await call('worker.markLeaver', { id, leavingDate });
}

export async function removeWorker(id: number, reason: string): Promise<void> {
  await call('worker.removeMadeInError', { id, reason });
}

/** The printable register (A4 landscape PDF), searched and sorted as on the page. */
export async function downloadRegisterPdf(view: {
  search: string;
  showLeavers: boolean;
  sort: { key: SortKey; descending: boolean };
}): Promise<void> {
  const file = await call('worker.registerPdf', { view });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}
