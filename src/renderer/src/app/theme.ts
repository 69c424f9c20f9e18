import { createTheme } from '@mui/material/styles';
import { focusStyles, printStyles } from './global-styles.ts';

/** Calm NHS-adjacent palette; the status colours are never the only signal (a word always goes with them). */
export const theme = createTheme({
  palette: {
    primary: { main: '#005eb8' },
    secondary: { main: '#330072' },
    success: { main: '#007f3b' },
    warning: { main: '#b35c00' },
    error: { main: '#d5281b' },
    background: { default: '#f0f4f5', paper: '#ffffff' },
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.75rem', fontWeight: 500 },
    h2: { fontSize: '1.35rem', fontWeight: 500 },
    h3: { fontSize: '1.1rem', fontWeight: 500 },
  },
  components: {
    MuiCssBaseline: { styleOverrides: { ...focusStyles, ...printStyles } },
    MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
    // MUI greys a sort label on focus and hover: the focused header would look lighter than the rest.
    MuiTableSortLabel: {
      styleOverrides: {
        root: { '&:focus, &:hover': { color: 'inherit' }, '&:focus-visible .MuiTableSortLabel-icon': { opacity: 0.5 } },
      },
    },
  },
});
