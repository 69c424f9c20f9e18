import Papa from 'papaparse';
import type { Content } from 'pdfmake/interfaces.js';
import type { FileDownload } from '../../shared/domain/files.ts';
import { CLAIM_STATUS_LABELS } from '../../shared/domain/claims.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { formatMonth, formatUkDate } from '../../shared/rules/dates.ts';
import { formatPounds } from '../../shared/rules/money.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { readPcn } from '../pcn/queries.ts';
import { factsTable, renderPdf } from '../reports/pdf.ts';
import { claimView, pcnPosition } from './service.ts';

const plain = (pence: number) => (pence / 100).toFixed(2);

/** One row per line, in the order the ICB claim form asks, amounts in pounds with pence. */
export function claimCsv(ctx: Ctx, month: string): { fileName: string; text: string } {
  const { data } = claimView(ctx, month);
  const rows = data.lines.map((l) => [
    ROLE_LABELS[l.role],
    String(l.workerId),
    formatUkDate(l.startDate),
    formatUkDate(l.leavingDate),
    plain(l.salaryPence),
    plain(l.niPence),
    plain(l.pensionPence),
    String(l.hoursPerWeek),
    plain(l.role === 'splw' ? l.contributionPence : 0),
    l.meetsTrainingRequirements ? 'Yes' : 'No',
    l.trainingReason,
    plain(l.blocking.length === 0 && l.problem === null ? l.claimablePence : 0),
  ]);
  const header = [
    'Role',
    'Worker id',
    'Start date',
    'Leaving date',
    'Monthly salary',
    "Employer's NI",
    "Employer's pension",
    'Hours a week',
    'Monthly fees',
    'Meets training requirements',
    'Reason',
    'Claimable',
  ];
  return { fileName: `arrs-claim-${month}.csv`, text: `\ufeff${Papa.unparse([header, ...rows])}\r\n` };
}

/** The summary for the clinical director to sign: totals, every line, and every flag. */
export async function claimPdf(ctx: Ctx, month: string): Promise<FileDownload> {
  const view = claimView(ctx, month);
  const { data } = view;
  const status = view.claim
    ? `${CLAIM_STATUS_LABELS[view.claim.status]} (version ${view.claim.version})`
    : 'Not started';
  const flagged = data.lines.filter((l) => l.blocking.length || l.warnings.length || l.problem);
  const position = pcnPosition(ctx, month);
  const pdf = await renderPdf(
    {
      title: `ARRS claim: ${formatMonth(month)}`,
      subtitle: `${readPcn(ctx.db)?.name ?? ''} · financial year ${data.financialYear}`,
      marking: 'Staff-confidential',
      printedOn: formatUkDate(today(ctx)),
      ...(view.frozen ? {} : { watermark: 'DRAFT' }),
    },
    [
      factsTable([
        ['Status', status],
        ['Claimable this month', formatPounds(data.totalPence)],
        ['Lines', `${data.lines.length} (${data.blockedLines} blocked)`],
        ['Year to date', formatPounds(position.yearToDatePence)],
        ['Projection to 31 March', formatPounds(position.projectionPence)],
        ['ARRS sum', position.arrsSumPence === null ? 'Not known' : formatPounds(position.arrsSumPence)],
      ]),
      { text: 'Lines', style: 'heading' },
      {
        table: {
          headerRows: 1,
          widths: ['*', 80, 35, 60, 60, 60],
          body: [
            ['Worker', 'Role', 'WTE', 'Cost', 'Cap', 'Claimable'].map((h) => ({ text: h, style: 'tableHeader' })),
            ...data.lines.map((l) => [
              l.name,
              ROLE_LABELS[l.role],
              l.wte.toFixed(2),
              formatPounds(l.costPence + l.contributionPence),
              formatPounds(l.capPence),
              l.blocking.length || l.problem ? 'Blocked' : formatPounds(l.claimablePence),
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
        fontSize: 9,
      },
      { text: 'Flags', style: 'heading' },
      ...(flagged.length
        ? flagged.map((l): Content => ({
            stack: [
              { text: l.name, bold: true },
              ...(l.problem ? [{ text: `Blocks: ${l.problem}` }] : []),
              ...l.blocking.map((f) => ({ text: `Blocks: ${f.title}. ${f.reason}` })),
              ...l.warnings.map((f) => ({ text: `Warning: ${f.title}. ${f.reason}`, color: '#425563' })),
            ],
            margin: [0, 0, 0, 6],
          }))
        : [{ text: 'No gaps.' } as Content]),
      { text: 'Clinical director', style: 'heading' },
      { text: 'Name: ______________________    Signed: ______________________    Date: ____________' },
    ],
  );
  return { fileName: `arrs-claim-${month}.pdf`, mediaType: 'application/pdf', dataBase64: pdf.toString('base64') };
}
