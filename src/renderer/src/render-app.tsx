import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { DateLocalization } from './components/DateLocalization.tsx';
import { theme } from './app/theme.ts';

/** React, MUI and the app: the bulk of the page's script, started once the first screen's data is on its way. */
export function renderApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <DateLocalization>
          <App />
        </DateLocalization>
      </ThemeProvider>
    </StrictMode>,
  );
}
