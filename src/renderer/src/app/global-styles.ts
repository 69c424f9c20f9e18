import type { CSSObject } from '@mui/material/styles';

/**
 * One visible focus for everything the keyboard reaches: a dark ring outside a yellow one, seen on white, on
 * grey and on the blue top bar. MUI's own controls mark keyboard focus with `.Mui-focusVisible`; inputs keep
 * their thick focused border instead of a second ring.
 */
const FOCUS_RING: CSSObject = {
  outline: '3px solid #212b32',
  outlineOffset: '2px',
  boxShadow: '0 0 0 2px #ffeb3b',
};

// Selectors doubled to outweigh the components' own `outline: 0` (one class each, and injected later).
export const focusStyles: CSSObject = {
  ':focus-visible:focus-visible, .Mui-focusVisible.Mui-focusVisible': FOCUS_RING,
  '.MuiInputBase-root :focus-visible:focus-visible, .MuiInputBase-root.Mui-focusVisible.Mui-focusVisible': {
    outline: 'none',
    boxShadow: 'none',
  },
  '#main-content:focus': { outline: 'none' },
};

/**
 * On paper: no menu, top bar, skip link or buttons; the page full width; tables across pages with their header
 * row repeated and no row split; scrolling boxes opened out; the status colours kept. Wide pages (the matrix
 * and the register) mark themselves `print-landscape`.
 */
export const printStyles: CSSObject = {
  '@page': { size: 'A4', margin: '12mm' },
  '@page wide': { size: 'A4 landscape', margin: '10mm' },
  '.print-only': { display: 'none' },
  '@media print': {
    'html, body': { background: '#fff' },
    '.print-only': { display: 'block !important' },
    '.no-print, .skip-link, header.MuiAppBar-root, nav, .MuiDrawer-root, .MuiTabs-root, button, .MuiButton-root, .MuiSnackbar-root':
      {
        display: 'none !important',
      },
    '#main-content': { padding: '0 !important', width: '100% !important' },
    '#main-content > .MuiToolbar-root': { display: 'none' },
    // The whole page turns sideways (a named page of its own part would start a new sheet).
    '#main-content:has(.print-landscape)': { page: 'wide' },
    '.MuiPaper-root': { boxShadow: 'none !important', padding: '0 !important' },
    '.MuiTableContainer-root, .print-open': {
      overflow: 'visible !important',
      height: 'auto !important',
      maxHeight: 'none !important',
    },
    table: { width: '100% !important' },
    thead: { display: 'table-header-group' },
    'tr, th, td': { breakInside: 'avoid' },
    'th, td, .MuiTableCell-stickyHeader': { position: 'static !important' },
    'a, a:visited': { color: 'inherit !important', textDecoration: 'none !important' },
    '*': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
  },
};
