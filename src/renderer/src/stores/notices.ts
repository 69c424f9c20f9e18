import { create } from 'zustand';

interface Failure {
  /** What the user was doing, phrased to follow "Linkwork could not": "print the checklist". */
  what: string;
  message: string;
}

interface NoticesState {
  failure: Failure | null;
  dismiss(): void;
}

/** Failures of one-click actions (a download, a toggle) that have no form to show them in. */
export const useNotices = create<NoticesState>()((set) => ({
  failure: null,
  dismiss: () => set({ failure: null }),
}));

/** A page keeps showing what it had when a refresh fails; this says the data may be out of date, and why. */
export function reportRefreshFailure(name: string, error: unknown): void {
  useNotices.setState({ failure: { what: `refresh ${name}`, message: (error as Error).message } });
}

/** Runs a one-click action; if it fails, the app says what could not be done and why. */
export function attempt(what: string, action: () => Promise<unknown>): void {
  action().catch((error: unknown) => useNotices.setState({ failure: { what, message: (error as Error).message } }));
}
