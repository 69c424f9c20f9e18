import { create } from 'zustand';
import type { IntegrityReport } from '../../../shared/domain/audit.ts';
import { call } from '../api/client.ts';
import type { Loadable } from './loadable.ts';
import { failure, LOADING, ready } from './loadable.ts';
import { shareInFlight } from './share-in-flight.ts';

interface IntegrityState {
  /** The newest check the lead asked for: null until they do, then loading, ready or failed. */
  check: Loadable<IntegrityReport> | null;
  /** Checks the audit log and every locked record now; a second press while one runs shares it. */
  run(): Promise<void>;
}

/** The "Check integrity" button's result. Never reloaded by live updates: a check is a moment, shown with its time. */
export const useIntegrityStore = create<IntegrityState>()((set) => ({
  check: null,
  run: shareInFlight(async () => {
    set({ check: LOADING });
    try {
      set({ check: ready(await call('audit.checkIntegrity', {})) });
    } catch (error) {
      set({ check: failure(error) });
    }
  }),
}));
