import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';

const LINE = '#d8dde0';
const GREY = '#425563';

/** Thin grid lines and tight padding, for the long landscape tables (the matrix, the register). */
export const GRID_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => LINE,
  vLineColor: () => LINE,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export const headerCell = (text: string): TableCell => ({ text, bold: true, fillColor: '#e8edee' });

/** A person's name with their role in small grey type under it. */
export const personCell = (name: string, role: string): TableCell => ({
  stack: [
    { text: name, bold: true },
    { text: role, fontSize: 6.5, color: GREY },
  ],
});

/** A line of plain words under the title: the date, the filters, the headline figures. */
export const wordsLine = (text: string): Content => ({ text, color: GREY, margin: [0, 0, 0, 2] });
