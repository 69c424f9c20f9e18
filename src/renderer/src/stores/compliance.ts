import { create } from 'zustand';
import type { Matrix } from '../../../shared/domain/compliance.ts';
import type { MatrixFilter } from '../../../shared/rules/matrix-view.ts';
import { NO_FILTER } from '../../../shared/rules/matrix-view.ts';
import { decodeMatrix } from '../../../shared/rules/matrix-wire.ts';
import { call } from '../api/client.ts';
import { shareInFlight } from './share-in-flight.ts';

interface ComplianceState {
  matrix: Matrix | null;
  filter: MatrixFilter;
  load(): Promise<void>;
  setFilter(change: Partial<MatrixFilter>): void;
}

export const useComplianceStore = create<ComplianceState>()((set, get) => ({
  matrix: null,
  filter: NO_FILTER,
  load: shareInFlight(async () => set({ matrix: decodeMatrix(await call('compliance.matrix', {})) })),
  setFilter: (change) => set({ filter: { ...get().filter, ...change } }),
}));
