import { startLiveUpdates } from './api/changes.ts';
import { prefetchFirstScreen } from './app/prefetch.ts';

// The entry stays small so the requests for the first screen leave before the browser has even fetched
// and compiled React and MUI; the backend answers while it does.
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
prefetchFirstScreen();
startLiveUpdates();
import('./render-app.tsx')
  .then(({ renderApp }) => renderApp(root))
  .catch((error: unknown) => {
    // React itself did not arrive, so the message is plain HTML.
    root.setAttribute('role', 'alert');
    root.textContent = `Linkwork could not load its screens: ${(error as Error).message}. Reload the page to try again.`;
  });
