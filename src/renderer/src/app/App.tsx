import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useEffect } from 'react';
import { onNavigateRequest } from '../api/app-events.ts';
import { WelcomePage } from '../pages/welcome/WelcomePage.tsx';
import { useAppStore } from '../stores/app.ts';
import { AppShell } from './AppShell.tsx';
import { CannotStart } from './CannotStart.tsx';
import { PinnedDateBanner } from './PinnedDateBanner.tsx';
import { navigate } from './router.ts';
import { Routes } from './Routes.tsx';

/** Marks the page ready for tests and assistive tech once the first status has arrived. */
function useReadyMarker(ready: boolean): void {
  useEffect(() => {
    document.getElementById('root')?.setAttribute('data-app-state', ready ? 'ready' : 'loading');
  }, [ready]);
}

export function App() {
  const status = useAppStore((s) => s.status);
  const state = useAppStore((s) => s.state);
  const load = useAppStore((s) => s.load);

  useEffect(() => onNavigateRequest(navigate), []);
  useReadyMarker(status !== null);

  if (state.status === 'failed') return <CannotStart error={state.error} retry={() => void load()} />;
  if (!status) {
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', p: 8 }}>
        <CircularProgress aria-label="Loading Linkwork" />
      </Box>
    );
  }
  if (!status.pcn)
    return (
      <>
        <Box sx={{ px: 3, pt: 2 }}>
          <PinnedDateBanner />
        </Box>
        <WelcomePage />
      </>
    );
  return (
    <AppShell>
      <Routes />
    </AppShell>
  );
}
