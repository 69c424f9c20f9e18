import type { Content } from 'pdfmake/interfaces.js';
import type { FileDownload } from '../../shared/domain/files.ts';
import type { HandoutContent } from '../../shared/domain/handouts.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { readPcn } from '../pcn/queries.ts';
import { renderDocument } from '../reports/pdf.ts';
import { handoutContent, handoutFileName } from './content.ts';

const NHS_BLUE = '#005eb8';
const GREY = '#425563';

/** Paragraphs as the wording has them: a blank line starts a new one. */
const paragraphs = (text: string): Content[] =>
  text.split(/\n\s*\n/).map((paragraph) => ({ text: paragraph, margin: [0, 0, 0, 8] }));

/** The contact details in a tinted box, large enough to copy a number from at arm's length. */
function contactBox(contacts: HandoutContent['contacts']): Content {
  return {
    table: {
      widths: [90, '*'],
      body: contacts.map(([label, value]) => [
        { text: label, bold: true, color: GREY },
        { text: value, bold: label === 'Phone', fontSize: label === 'Phone' ? 16 : 13 },
      ]),
    },
    layout: {
      fillColor: () => '#e8f1f8',
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (i) => (i === 0 ? 14 : 6),
      paddingTop: (i) => (i === 0 ? 12 : 5),
      paddingBottom: (i, node) => (i === node.table.body.length - 1 ? 12 : 5),
    },
    margin: [0, 4, 0, 16],
  };
}

/**
 * The handout for patients, not a staff report: large type, one page, no staff header or confidentiality marking;
 * only the PCN and the day it was printed, small at the foot, so practice staff can tell an old copy.
 */
export async function handoutPdf(ctx: Ctx, workerId: number): Promise<FileDownload> {
  const content = handoutContent(ctx, workerId);
  const footer = [readPcn(ctx.db)?.name, `printed ${formatUkDate(today(ctx))}`].filter(Boolean).join(' · ');
  const pdf = await renderDocument({
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 50],
    info: { title: content.title, creator: 'Linkwork', producer: 'Linkwork' },
    defaultStyle: { font: 'Roboto', fontSize: 13, lineHeight: 1.3 },
    footer: () => ({ text: footer, fontSize: 8, color: GREY, margin: [56, 20, 56, 0] }),
    content: [
      { text: content.title, fontSize: 24, bold: true, color: NHS_BLUE, margin: [0, 0, 0, 14] },
      ...paragraphs(content.intro),
      ...content.sections.flatMap((section): Content[] => [
        { text: section.heading, fontSize: 16, bold: true, color: NHS_BLUE, margin: [0, 10, 0, 6] },
        ...paragraphs(section.text),
      ]),
      ...(content.contacts.length ? [contactBox(content.contacts)] : []),
      { text: content.closing, bold: true, margin: [0, 6, 0, 0] },
    ],
  });
  return {
    fileName: handoutFileName(content.workerName, 'pdf'),
    mediaType: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  };
}
