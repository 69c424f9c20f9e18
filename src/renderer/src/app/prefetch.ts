import { useAppStore } from '../stores/app.ts';
import { trainingMatrix } from '../stores/compliance.ts';
import { staffList } from '../stores/staff.ts';
import { currentRoute } from './router.ts';

/** Asks for the first screen's data before React draws anything, so the backend works while the page renders. */
export function prefetchFirstScreen(): void {
  void useAppStore.getState().load();
  const [section = 'staff', id] = currentRoute().path;
  if (section === 'matrix') void trainingMatrix.load(null);
  if (section === 'staff' && id === undefined) void staffList.load(null);
}
