import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { trainingMatrix } from '../stores/compliance.ts';
import { CurrentUserPicker } from '../components/CurrentUserPicker.tsx';
import { SignedInAs } from '../pages/session/SignedInAs.tsx';
import { FailureNotice } from '../components/FailureNotice.tsx';
import { useAppStore } from '../stores/app.ts';
import type { Section } from './abilities.ts';
import { useAbilities } from './abilities.ts';
import { IntegrityBanner } from './IntegrityBanner.tsx';
import { PinnedDateBanner } from './PinnedDateBanner.tsx';
import { MAIN_ID, SkipLink } from './SkipLink.tsx';
import { href, useRoute } from './router.ts';
import { NotificationsButton } from './NotificationsButton.tsx';
import { prefetchPages } from './Routes.tsx';
import { SearchBox } from './SearchBox.tsx';

const DRAWER_WIDTH = 220;

/**
 * While the user reads the first page: fetch the matrix (the costliest view) and the other pages' code,
 * so that each opens at once.
 */
function usePrefetchAfterFirstScreen(readsAll: boolean): void {
  useEffect(() => {
    prefetchPages();
    if (!readsAll) return;
    const id = window.setTimeout(() => {
      if (!trainingMatrix.peek(null)) void trainingMatrix.load(null);
    }, 1500);
    return () => window.clearTimeout(id);
  }, [readsAll]);
}

/** The menu entry the address is in: the longest route it starts with ("staff/12/training" is "My page"). */
function selectedSection(menu: readonly Section[], path: readonly string[]): string | undefined {
  const address = path.join('/');
  return menu
    .filter((s) => address === s.route || address.startsWith(`${s.route}/`))
    .sort((a, b) => b.route.length - a.route.length)[0]?.route;
}

export function AppShell({ children }: { children: ReactNode }) {
  const pcn = useAppStore((s) => s.status?.pcn);
  const abilities = useAbilities();
  const { path } = useRoute();
  const selected = selectedSection(abilities.menu, path.length > 0 ? path : abilities.home.split('/'));
  usePrefetchAfterFirstScreen(abilities.readsAll);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <SkipLink />
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography component="span" variant="h6" sx={{ fontWeight: 700 }}>
            Linkwork
          </Typography>
          <Typography component="span" sx={{ opacity: 0.9, flexGrow: 1 }} noWrap>
            {pcn?.name}
          </Typography>
          <SearchBox />
          <NotificationsButton />
          {abilities.team ? <SignedInAs /> : <CurrentUserPicker />}
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <Box component="nav" aria-label="Sections">
          <List>
            {abilities.menu.map((s) => (
              <ListItem disablePadding key={s.route}>
                <ListItemButton
                  component="a"
                  href={href(s.route)}
                  selected={selected === s.route}
                  aria-current={selected === s.route ? 'page' : undefined}
                >
                  <ListItemText primary={s.label} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Box>
      </Drawer>
      <Box component="main" id={MAIN_ID} tabIndex={-1} sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        <PinnedDateBanner />
        <IntegrityBanner />
        {children}
        <FailureNotice />
      </Box>
    </Box>
  );
}
