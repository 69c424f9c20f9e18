import { createRequire } from 'node:module';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

const requireCjs = createRequire(import.meta.url);

interface PdfMake {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | null = null;

/**
 * pdfmake with its bundled Roboto, no fetching of anything by URL and no local file but the fonts. Loaded on first
 * use, not at start-up.
 */
function engine(): PdfMake {
  if (!pdfmake) {
    pdfmake = requireCjs('pdfmake') as PdfMake;
    const fonts = requireCjs('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>;
    const fontFiles = new Set(Object.values(fonts).flatMap((font) => Object.values(font)));
    pdfmake.setFonts(fonts);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));
  }
  return pdfmake;
}

/** A document laid out by its caller, for what is not a staff report (the patient handout). */
export function renderDocument(doc: TDocumentDefinitions): Promise<Buffer> {
  return engine().createPdf(doc).getBuffer();
}

export interface ReportFrame {
  title: string;
  /** Shown under the title, e.g. the PCN's name. */
  subtitle: string;
  /** The footer's left-hand words, e.g. "Staff-confidential". */
  marking: string;
  printedOn: string;
  watermark?: string;
  /** Wide tables (the matrix, the register) print across an A4 page turned sideways. */
  landscape?: boolean;
}

/** An A4 document with Linkwork's header and a "page x of y" footer around the given content. */
export async function renderPdf(frame: ReportFrame, content: Content[]): Promise<Buffer> {
  const side = frame.landscape ? 30 : 40;
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: frame.landscape ? 'landscape' : 'portrait',
    pageMargins: frame.landscape ? [30, 50, 30, 44] : [40, 60, 40, 50],
    info: { title: frame.title, creator: 'Linkwork', producer: 'Linkwork' },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 18, bold: true, color: '#005eb8' },
      subtitle: { fontSize: 11, color: '#425563', margin: [0, 2, 0, 12] },
      heading: { fontSize: 12, bold: true, margin: [0, 12, 0, 6] },
      label: { color: '#425563' },
      tableHeader: { bold: true, fillColor: '#e8edee' },
    },
    ...(frame.watermark ? { watermark: { text: frame.watermark, opacity: 0.08, bold: true } } : {}),
    header: () => ({ text: 'Linkwork', margin: [side, 24, side, 0], fontSize: 8, color: '#768692' }),
    footer: (page, pages) => ({
      columns: [
        { text: `${frame.marking} · printed ${frame.printedOn}`, fontSize: 8, color: '#425563' },
        { text: `Page ${page} of ${pages}`, alignment: 'right', fontSize: 8, color: '#425563' },
      ],
      margin: [side, 16, side, 0],
    }),
    content: [{ text: frame.title, style: 'title' }, { text: frame.subtitle, style: 'subtitle' }, ...content],
  };
  return engine().createPdf(doc).getBuffer();
}

/** Two-column "label: value" facts, as at the top of a record. */
export function factsTable(facts: [string, string][]): Content {
  return {
    table: { widths: [140, '*'], body: facts.map(([label, value]) => [{ text: label, style: 'label' }, value || '—']) },
    layout: 'noBorders',
  };
}
