import type { FileDownload } from '../../shared/domain/files.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { COMPLIANCE_LABELS, isRequired } from '../../shared/rules/compliance.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { inForce } from '../../shared/rules/record-history.ts';
import { computeWorkerCompliance } from '../compliance/compute.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { notFound } from '../errors.ts';
import { readPcn } from '../pcn/queries.ts';
import { findWorkerFacts, findWorkerRow } from '../staff/queries.ts';
import { factsTable, renderPdf } from './pdf.ts';
import { statusCell } from './status-legend.ts';

/** The worker's induction checklist for their personnel file: every item, ticked or not, with who signed it off. */
export async function inductionChecklistPdf(ctx: Ctx, workerId: number): Promise<FileDownload> {
  const worker = findWorkerRow(ctx.db, workerId);
  const facts = findWorkerFacts(ctx.db, workerId);
  if (!worker || !facts) throw notFound('worker', workerId);
  const now = today(ctx);
  const items = computeWorkerCompliance(ctx.db, facts, now).items.filter((i) => i.requirement.kind === 'induction');
  const done = items.filter((i) => i.status.status === 'complete');

  const rows = items.map((item) => {
    const completion = item.records.find((r) => r.status === 'completed' && inForce(r));
    const ticked = item.status.status === 'complete' && completion;
    // The legend's word and colour ("Overdue", "Not yet due"...), with "Done" for a ticked item.
    const state = ticked ? 'Done' : COMPLIANCE_LABELS[item.status.status];
    return [
      item.requirement.title,
      statusCell(item.status.status, state, ''),
      ticked ? formatUkDate(completion.completedOn) : '',
      ticked ? (completion.signedOffBy ?? '') : item.exemption ? item.exemption.reason : '',
    ];
  });

  const pdf = await renderPdf(
    {
      title: 'Induction checklist',
      subtitle: readPcn(ctx.db)?.name ?? '',
      marking: 'Staff-confidential',
      printedOn: formatUkDate(now),
    },
    [
      factsTable([
        ['Name', worker.name],
        ['Role', ROLE_LABELS[worker.role]],
        ['Employer', worker.employerName],
        ['Base practice', worker.basePracticeName ?? ''],
        ['Start date', formatUkDate(worker.startDate)],
        ['Progress', `${done.length} of ${items.filter((i) => isRequired(i.status.status)).length} items done`],
      ]),
      { text: 'Checklist', style: 'heading' },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: ['*', 72, 64, 124],
          body: [
            [
              { text: 'Item', style: 'tableHeader' },
              { text: 'Status', style: 'tableHeader' },
              { text: 'Date', style: 'tableHeader' },
              { text: 'Signed off by', style: 'tableHeader' },
            ],
            ...rows,
          ],
        },
        layout: 'lightHorizontalLines',
      },
      { text: 'Signatures', style: 'heading' },
      {
        columns: [
          { text: `Worker: ${worker.name}\n\nSigned: ______________________  Date: ____________` },
          {
            text: `Manager or supervisor: ${worker.supervisorName ?? ''}\n\nSigned: ______________________  Date: ____________`,
          },
        ],
      },
    ],
  );
  const safeName = worker.name.replace(/[^A-Za-z0-9]+/g, '-');
  return {
    fileName: `induction-checklist-${safeName}.pdf`,
    mediaType: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  };
}
