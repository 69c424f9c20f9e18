import { create } from 'zustand';
import type { AuditEntry } from '../../../shared/domain/audit.ts';
import { call } from '../api/client.ts';

const PAGE_SIZE = 200;

interface AuditState {
  entries: AuditEntry[];
  total: number;
  workerId: number | null;
  load(workerId: number | null): Promise<void>;
  loadMore(): Promise<void>;
}

export const useAuditStore = create<AuditState>()((set, get) => ({
  entries: [],
  total: 0,
  workerId: null,
  load: async (workerId) => {
    const page = await call('audit.list', { workerId, limit: PAGE_SIZE, offset: 0 });
    set({ entries: page.entries, total: page.total, workerId });
  },
  loadMore: async () => {
    const { workerId, entries } = get();
    const page = await call('audit.list', { workerId, limit: PAGE_SIZE, offset: entries.length });
    set({ entries: [...entries, ...page.entries], total: page.total });
  },
}));
