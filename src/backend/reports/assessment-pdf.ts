import type { Content } from 'pdfmake/interfaces.js';
import type { FileDownload } from '../../shared/domain/files.ts';
import { ASSESSMENT_STATUS_LABELS } from '../../shared/domain/competencies.ts';
import { formatUkDate, formatUkDateTime } from '../../shared/rules/dates.ts';
import { signatureStatement } from '../../shared/rules/signatures.ts';
import { detail } from '../competencies/assessments.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { readPcn } from '../pcn/queries.ts';
import { factsTable, renderPdf } from './pdf.ts';

/** A competency assessment for the personnel file: both ratings side by side, the reflections, both names. */
export async function assessmentPdf(ctx: Ctx, id: number): Promise<FileDownload> {
  const { assessment: a, framework, ratings, ratingLabels } = detail(ctx, id);
  const byId = new Map(ratings.map((r) => [r.competencyId, r]));
  const label = (value: number | null | undefined) =>
    value == null ? 'Not rated' : `${value} ${ratingLabels[value] ?? ''}`;

  const areas: Content[] = framework.areas.flatMap((area) => [
    { text: area.title, style: 'heading' },
    {
      table: {
        headerRows: 1,
        widths: ['*', 95, 95],
        body: [
          [
            { text: 'Competency', style: 'tableHeader' },
            { text: 'Self-rating', style: 'tableHeader' },
            { text: 'Agreed rating', style: 'tableHeader' },
          ],
          ...area.competencies.map((c) => {
            const r = byId.get(c.id);
            const notes = [
              r?.reflection ? `Reflection: ${r.reflection}` : '',
              r?.supervisorComment ? `Supervisor: ${r.supervisorComment}` : '',
            ].filter(Boolean);
            return [
              {
                stack: [
                  { text: c.title, bold: true },
                  ...notes.map((n) => ({ text: n, fontSize: 9, color: '#425563' })),
                ],
              },
              label(r?.selfRating),
              label(r?.agreedRating),
            ];
          }),
        ],
      },
      layout: 'lightHorizontalLines',
    },
  ]);

  const signed = a.status === 'signed';
  const pdf = await renderPdf(
    {
      title: 'Competency assessment',
      subtitle: readPcn(ctx.db)?.name ?? '',
      marking: 'Staff-confidential',
      printedOn: formatUkDate(today(ctx)),
      ...(signed ? {} : { watermark: 'DRAFT' }),
    },
    [
      factsTable([
        ['Worker', a.workerName],
        ['Supervisor', a.supervisorName ?? ''],
        ['Framework', `${framework.title} (version ${framework.version})`],
        ['Kind', a.kind === 'baseline' ? 'Baseline' : 'Annual'],
        ['Status', ASSESSMENT_STATUS_LABELS[a.status]],
        ['Submitted', a.submittedAt ? formatUkDateTime(a.submittedAt) : ''],
        ['Signed', signed && a.signature ? signatureStatement(a.signature) : 'Not signed'],
      ]),
      ...areas,
      { text: 'Signatures', style: 'heading' },
      {
        columns: [
          { text: `Worker: ${a.workerName}\n\nSigned: ______________________` },
          signed && a.signature
            ? { text: `Supervisor: ${a.signature.name}\n\n${signatureStatement(a.signature)}` }
            : { text: `Supervisor: ${a.supervisorName ?? ''}\n\nSigned: ______________________` },
        ],
      },
    ],
  );
  return {
    fileName: `competency-assessment-${a.workerName.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`,
    mediaType: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  };
}
