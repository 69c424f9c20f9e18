import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useEffect } from 'react';
import { onAppEvent } from '../api/client.ts';
import { WelcomePage } from '../pages/welcome/WelcomePage.tsx';
import { useAppStore } from '../stores/app.ts';
import { AppShell } from './AppShell.tsx';
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
  const loadError = useAppStore((s) => s.loadError);

  useEffect(() => onAppEvent('navigate', (route) => navigate(String(route))), []);
  useReadyMarker(status !== null);

  if (loadError) {
    return (
      <Box sx={{ p: 4 }}>
        <Alert severity="error">Linkwork could not reach its data: {loadError}</Alert>
      </Box>
    );
  }
  if (!status) {
    return (
      <Box sx={{ display: 'flex', justifyContent: 'center', p: 8 }}>
        <CircularProgress aria-label="Loading Linkwork" />
      </Box>
    );
  }
  if (!status.pcn) return <WelcomePage />;
  return (
    <AppShell>
      <Routes />
    </AppShell>
  );
}
