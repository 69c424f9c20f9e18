import type { Column, Content, TableCell } from 'pdfmake/interfaces.js';
import type { ClaimLineView, ClaimView } from '../../shared/domain/claims.ts';
import { CLAIM_STATUS_LABELS } from '../../shared/domain/claims.ts';
import type { FileDownload } from '../../shared/domain/files.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { lineStanding } from '../../shared/rules/claim-decisions.ts';
import { formatMonth, formatUkDate, formatUkDayOf } from '../../shared/rules/dates.ts';
import { formatPounds } from '../../shared/rules/money.ts';
import { trainingTimeOnLine } from '../../shared/rules/training-time.ts';
import { claimView, pcnPosition } from '../claims/service.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { readPcn } from '../pcn/queries.ts';
import { factsTable, renderPdf } from './pdf.ts';

const GREY = '#425563';
/** Column headings: the first (the worker) to the left, the figures' to the right over them. */
const header = (titles: string[]): TableCell[] =>
  titles.map((text, i) => ({ text, style: 'tableHeader', alignment: i === 0 ? 'left' : 'right' }));
const right = (text: string): TableCell => ({ text, alignment: 'right' });

function claimableCell(l: ClaimLineView): TableCell {
  switch (lineStanding(l)) {
    case 'excluded':
      return { text: 'Excluded', alignment: 'right', color: GREY };
    case 'blocked':
      return { text: 'Blocked', alignment: 'right', bold: true, color: '#9a1c13' };
    case 'overridden':
      return {
        stack: [formatPounds(l.claimablePence), { text: 'overridden', fontSize: 7, color: GREY }],
        alignment: 'right',
      };
    default:
      return right(formatPounds(l.claimablePence));
  }
}

function linesTable(lines: ClaimLineView[]): Content {
  return {
    table: {
      headerRows: 1,
      widths: ['*', 30, 24, 56, 56, 56, 66],
      body: [
        header(['Worker', 'Days', 'WTE', 'Cost', 'Cap', 'Claimable', 'Level 3 training']),
        ...lines.map((l): TableCell[] => [
          { stack: [l.name, { text: ROLE_LABELS[l.role], fontSize: 8, color: GREY }] },
          right(`${l.daysInPost}/${l.daysInMonth}`),
          right(l.wte.toFixed(2)),
          right(formatPounds(l.costPence + l.contributionPence)),
          right(formatPounds(l.capPence)),
          claimableCell(l),
          right(trainingTimeOnLine(l.trainingTime).replace(' · ', '\n')),
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
}

const blockingLines = (l: ClaimLineView): Content[] => [
  ...(l.problem ? [{ text: `Blocks: ${l.problem}` }] : []),
  ...l.blocking.map((f) => ({ text: `Blocks: ${f.title}. ${f.reason}` })),
];

/** A line's entry as blocks: the first (the name and what it is about) never splits; warnings may run on. */
type Entry = [Content, ...Content[]];

/** Space under an entry's last block. */
function spaced([head, ...rest]: Entry): Entry {
  const last = rest.at(-1);
  return last
    ? [head, ...rest.slice(0, -1), { stack: [last], margin: [0, 0, 0, 6] }]
    : [{ stack: [head], margin: [0, 0, 0, 6] }];
}

function flaggedLine(l: ClaimLineView): Entry {
  const [first, ...warnings] = l.warnings.map((f): Content => ({
    text: `Warning: ${f.title}. ${f.reason}`,
    color: GREY,
  }));
  return spaced([
    { stack: [{ text: l.name, bold: true }, ...blockingLines(l), ...(first ? [first] : [])], unbreakable: true },
    ...warnings,
  ]);
}

/** A decided line: the reason, who decided and when, and what it was decided on; its warnings do not matter here. */
function decidedLine(l: ClaimLineView): Entry {
  const d = l.decision;
  return spaced([
    {
      stack: [
        { text: l.name, bold: true },
        { text: [{ text: 'Reason: ', bold: true }, d?.reason ?? ''] },
        { text: `Decided by ${d?.decidedBy ?? ''} on ${formatUkDayOf(d?.decidedAt ?? '')}`, color: GREY },
        ...blockingLines(l),
      ],
      unbreakable: true,
    },
  ]);
}

/** A heading never ends a page alone: it is kept with its lead and the first block under it. */
function section(title: string, lead: string, lines: ClaimLineView[], draw: (l: ClaimLineView) => Entry): Content[] {
  const [first, ...rest] = lines;
  if (!first) return [];
  const [head, ...more] = draw(first);
  const opening: Content = {
    stack: [{ text: title, style: 'heading' }, { text: lead, color: GREY, margin: [0, 0, 0, 6] }, head],
    unbreakable: true,
  };
  return [opening, ...more, ...rest.flatMap(draw)];
}

/** A line to sign or write on, with what goes there printed under it. */
const signOn = (label: string, width: number): Column => ({
  width,
  stack: [
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.7, lineColor: GREY }] },
    { text: label, color: GREY, fontSize: 9, margin: [0, 3, 0, 0] },
  ],
});

const signatureBlock: Content = {
  stack: [
    { text: 'Clinical director', style: 'heading' },
    {
      text: 'I have reviewed this claim, including the lines excluded from this month and the lines claimed despite their flags, with the reasons given above.',
      margin: [0, 0, 0, 36],
    },
    { columns: [signOn('Name', 190), signOn('Signature', 190), signOn('Date', 87)], columnGap: 24 },
  ],
  unbreakable: true,
};

function facts(ctx: Ctx, month: string, view: ClaimView): Content {
  const { claim, data } = view;
  const counts = { ready: 0, blocked: 0, excluded: 0, overridden: 0 };
  for (const l of data.lines) counts[lineStanding(l)] += 1;
  const position = pcnPosition(ctx, month);
  const notYet = 'Not yet submitted';
  return factsTable([
    ['Status', claim ? `${CLAIM_STATUS_LABELS[claim.status]} (version ${claim.version})` : 'Not started'],
    ['Submitted on', claim?.submittedOn ? formatUkDate(claim.submittedOn) : notYet],
    ['Portal reference', claim?.portalReference ?? notYet],
    ['Claimable this month', formatPounds(data.totalPence)],
    [
      'Lines',
      `${data.lines.length}: ${counts.ready + counts.overridden} claimed (${counts.overridden} overridden), ${counts.excluded} excluded, ${counts.blocked} blocked`,
    ],
    ['Year to date', formatPounds(position.yearToDatePence)],
    ['Projection to 31 March', formatPounds(position.projectionPence)],
    ['ARRS sum', position.arrsSumPence === null ? 'Not known' : formatPounds(position.arrsSumPence)],
  ]);
}

/**
 * The claim for the clinical director to sign: where it stands and its reference, every line with its days in
 * post, the lines excluded or claimed despite their flags with the reasons, every other flag, and the signature.
 */
export async function claimPdf(ctx: Ctx, month: string): Promise<FileDownload> {
  const view = claimView(ctx, month);
  const { data } = view;
  const by = (standing: ReturnType<typeof lineStanding>) => data.lines.filter((l) => lineStanding(l) === standing);
  const flagged = data.lines.filter(
    (l) =>
      (lineStanding(l) === 'blocked' || lineStanding(l) === 'ready') &&
      (l.blocking.length || l.warnings.length || l.problem),
  );
  const pdf = await renderPdf(
    {
      title: `ARRS claim: ${formatMonth(month)}`,
      subtitle: `${readPcn(ctx.db)?.name ?? ''} · financial year ${data.financialYear}`,
      marking: 'Staff-confidential',
      printedOn: formatUkDate(today(ctx)),
      ...(view.frozen ? {} : { watermark: 'DRAFT' }),
    },
    [
      facts(ctx, month, view),
      { text: 'Lines', style: 'heading' },
      linesTable(data.lines),
      {
        text: 'Level 3 training: time spent training towards a level 3 occupational standard in the month, reimbursable since 2024/25, costed at the line’s own pay (the month’s staff cost ÷ its contracted hours). It is part of the staff cost already claimed, so it is shown apart and not added.',
        color: GREY,
        fontSize: 8,
        margin: [0, 4, 0, 0],
      },
      ...section(
        'Claimed despite flags (overridden)',
        'These lines are claimed although a requirement was not met; the reason is the PCN’s.',
        by('overridden'),
        decidedLine,
      ),
      ...section(
        'Excluded from this month',
        'Not claimed this month, to be claimed later (claims can be backdated).',
        by('excluded'),
        decidedLine,
      ),
      ...(flagged.length
        ? section('Other flags', 'Warnings do not stop the claim; a blocked line is not claimed.', flagged, flaggedLine)
        : [{ text: 'Other flags', style: 'heading' } as Content, { text: 'No other gaps.' }]),
      signatureBlock,
    ],
  );
  return { fileName: `arrs-claim-${month}.pdf`, mediaType: 'application/pdf', dataBase64: pdf.toString('base64') };
}
