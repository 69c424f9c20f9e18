import type { SxProps, Theme } from '@mui/material/styles';
import { COMPLIANCE_STATUSES } from '../../../../shared/rules/compliance.ts';
import { statusColours } from '../../../../shared/rules/status-tone.ts';

export const ROW_HEIGHT = 56;
export const NAME_WIDTH = 220;
export const CELL_WIDTH = 128;

/** A status as a word in a tinted box with a thick left edge, in the legend's colours (`.status .status-overdue`). */
const statusStyles = {
  '& .status': {
    display: 'inline-flex',
    flexDirection: 'column',
    px: 0.75,
    py: 0.25,
    borderRadius: 1,
    border: '1px solid',
    borderLeftWidth: 4,
    fontSize: '0.75rem',
    lineHeight: 1.3,
    whiteSpace: 'nowrap',
  },
  '& .status b': { fontWeight: 600 },
  ...Object.fromEntries(
    COMPLIANCE_STATUSES.map((s) => {
      const colours = statusColours(s);
      return [`& .status-${s}`, { bgcolor: colours.bg, color: colours.fg, borderColor: colours.border }];
    }),
  ),
};

/**
 * One style block for the whole matrix: cells are plain elements with class names, because thousands of
 * per-cell `sx` objects made the first render slow.
 */
export const matrixSx: SxProps<Theme> = {
  overflow: 'auto',
  // Focus scrolls a cell into view clear of the sticky header row and name column.
  scrollPaddingTop: 56,
  scrollPaddingLeft: NAME_WIDTH,
  height: 'calc(100vh - 330px)',
  minHeight: 320,
  border: '1px solid #d8dde0',
  borderRadius: 1,
  '& table': { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontSize: '0.8rem' },
  '& th, & td': { borderBottom: '1px solid #e8edee', px: 1, py: 0.5, textAlign: 'left', verticalAlign: 'middle' },
  '& thead th': { position: 'sticky', top: 0, zIndex: 2, bgcolor: '#e8edee', fontWeight: 600, lineHeight: 1.25 },
  '& thead th:first-of-type': { left: 0, zIndex: 3 },
  '& tbody th': {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    bgcolor: 'background.paper',
    borderRight: '1px solid #d8dde0',
    fontWeight: 400,
  },
  '& .blocks': { display: 'block', fontWeight: 400, color: 'text.secondary', fontSize: '0.7rem' },
  '& .person': {
    fontWeight: 500,
    display: 'block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: 'primary.main',
  },
  '& .pick': { float: 'left', margin: '2px 6px 0 0' },
  '& .role': { color: 'text.secondary', fontSize: '0.72rem', display: 'block' },
  '& a': { textDecoration: 'none' },
  '& a.person:hover': { textDecoration: 'underline' },
  '& a.cell': { display: 'block', borderRadius: 1 },
  ...statusStyles,
};

/** The matrix laid out for paper: plain tables, a page-width of requirements each, in the legend's colours. */
export const printSx: SxProps<Theme> = {
  '& table': { borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '7.5pt', mb: 2 },
  '& th, & td': { border: '0.5pt solid #d8dde0', px: 0.5, py: 0.25, textAlign: 'left', verticalAlign: 'top' },
  '& thead th': { bgcolor: '#e8edee', fontWeight: 600 },
  '& .role': { display: 'block', color: 'text.secondary', fontSize: '6.5pt' },
  '& .group + .group': { breakBefore: 'page' },
  '& .group-title': { fontSize: '10pt', fontWeight: 600, mb: 0.5 },
  ...statusStyles,
  '& .status': { ...statusStyles['& .status'], fontSize: '7pt', whiteSpace: 'normal', display: 'flex' },
};
