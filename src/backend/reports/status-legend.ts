import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { ComplianceStatus } from '../../shared/rules/compliance.ts';
import { statusColours, statusLegend } from '../../shared/rules/status-tone.ts';

const statusFill = (status: ComplianceStatus) => {
  const colours = statusColours(status);
  return { fillColor: colours.bg, color: colours.fg };
};

/** A status as it is printed: its word (and any date) on its legend colour. */
export function statusCell(status: ComplianceStatus, label: string, detail: string): TableCell {
  return { stack: [{ text: label, bold: true }, ...(detail ? [{ text: detail }] : [])], ...statusFill(status) };
}

/** The one legend, as on screen: each status's word in its colour, then what it means. */
export function statusLegendContent(expiringSoonDays: number): Content {
  const entries = statusLegend(expiringSoonDays);
  return {
    table: {
      body: [
        entries.map((e): TableCell => ({ text: e.label, bold: true, fontSize: 7, ...statusFill(e.status) })),
        entries.map((e): TableCell => ({ text: e.meaning, fontSize: 6.5, color: '#425563' })),
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    margin: [0, 4, 0, 8],
  };
}
