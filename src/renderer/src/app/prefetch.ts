import { useAppStore } from '../stores/app.ts';
import { useComplianceStore } from '../stores/compliance.ts';
import { currentRoute } from './router.ts';

/** Asks for the first screen's data before React draws anything, so the backend works while the page renders. */
export function prefetchFirstScreen(): void {
  void useAppStore.getState().load();
  if (currentRoute().path[0] === 'matrix') void useComplianceStore.getState().load();
}
