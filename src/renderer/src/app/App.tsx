import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { onNavigateRequest } from '../api/app-events.ts';
import { SetPasswordPage } from '../pages/session/SetPasswordPage.tsx';
import { SignInPage } from '../pages/session/SignInPage.tsx';
import { SignedInAs } from '../pages/session/SignedInAs.tsx';
import { WelcomePage } from '../pages/welcome/WelcomePage.tsx';
import { useAppStore } from '../stores/app.ts';
import { AppShell } from './AppShell.tsx';
import { CannotStart } from './CannotStart.tsx';
import { PinnedDateBanner } from './PinnedDateBanner.tsx';
import { navigate, useRoute } from './router.ts';
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
  const [first, second, invitation] = useRoute().path;

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
  if (status.mode === 'team') {
    // A one-time link opens the page to choose a password, whoever is signed in on this browser.
    if (first === 'welcome' && second === 'invitation' && invitation) return <SetPasswordPage token={invitation} />;
    if (!status.me) return <SignInPage />;
  }
  if (!status.pcn)
    return (
      <>
        <Box sx={{ px: 3, pt: 2, display: 'flex', gap: 2, alignItems: 'flex-start' }}>
          <Box sx={{ flexGrow: 1 }}>
            <PinnedDateBanner />
          </Box>
          {status.me && <SignedInAs />}
        </Box>
        {status.mode === 'personal' || status.me?.lead ? <WelcomePage /> : <NoPcnYet />}
      </>
    );
  return (
    <AppShell>
      <Routes />
    </AppShell>
  );
}

/** Team mode: someone other than the lead signed in before the lead set the PCN up. */
function NoPcnYet() {
  return (
    <Box component="main" sx={{ maxWidth: 760, mx: 'auto', p: 4 }}>
      <Typography variant="h1" gutterBottom>
        Linkwork is not set up yet
      </Typography>
      <Typography>Your PCN workforce lead has not set up the PCN yet. Come back once they have.</Typography>
    </Box>
  );
}
