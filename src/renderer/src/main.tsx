import { startLiveUpdates } from './api/changes.ts';
import { prefetchFirstScreen } from './app/prefetch.ts';

// The entry stays small so the requests for the first screen leave before the browser has even fetched
// and compiled React and MUI; the backend answers while it does.
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
prefetchFirstScreen();
startLiveUpdates();
void import('./render-app.tsx').then(({ renderApp }) => renderApp(root));
