import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { AssessmentDetail, FrameworkDocument, RatingEntry } from '../../shared/domain/competencies.ts';
import { ASSESSMENT_STATUS_LABELS } from '../../shared/domain/competencies.ts';
import type { FileDownload } from '../../shared/domain/files.ts';
import { summariseByArea } from '../../shared/rules/competencies.ts';
import { formatUkDate, formatUkDateTime } from '../../shared/rules/dates.ts';
import { signatureStatement } from '../../shared/rules/signatures.ts';
import { detail } from '../competencies/assessments.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { readPcn } from '../pcn/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { factsTable, renderPdf } from './pdf.ts';
import { profileChart } from './profile-chart-pdf.ts';

const GREY = '#425563';

type Area = FrameworkDocument['areas'][number];

/**
 * One area's competencies with both ratings side by side. The area's title and the column headings repeat on a
 * new page, a heading never ends a page alone, and no competency is split across two pages.
 */
function areaTable(
  area: Area,
  byId: Map<string, RatingEntry>,
  label: (v: number | null | undefined) => string,
): Content {
  const title: TableCell[] = [{ text: area.title, style: 'heading', colSpan: 3 }, {}, {}];
  const columns: TableCell[] = ['Competency', 'Self-rating', 'Agreed rating'].map((text) => ({
    text,
    style: 'tableHeader',
  }));
  const rows = area.competencies.map((c): TableCell[] => {
    const r = byId.get(c.id);
    const notes = [
      r?.reflection ? `Reflection: ${r.reflection}` : '',
      r?.supervisorComment ? `Supervisor: ${r.supervisorComment}` : '',
    ].filter(Boolean);
    return [
      { stack: [{ text: c.title, bold: true }, ...notes.map((n) => ({ text: n, fontSize: 9, color: GREY }))] },
      label(r?.selfRating),
      label(r?.agreedRating),
    ];
  });
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 95, 95],
      body: [title, columns, ...rows],
    },
    layout: 'lightHorizontalLines',
  };
}

/** A signature line: the person's name above a rule, their part under it, and what they did and when. */
function signatureLine(part: string, name: string, statement: string): Content {
  return {
    stack: [
      { text: name, bold: true, margin: [0, 14, 0, 3] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 230, y2: 0, lineWidth: 0.7, lineColor: GREY }] },
      { text: part, color: GREY, fontSize: 9, margin: [0, 3, 0, 2] },
      { text: statement, fontSize: 9 },
    ],
  };
}

/** The worker's submission and the supervisor's signature, as recorded (never blank lines to sign by hand). */
function signatures({ assessment: a, signedVersions }: AssessmentDetail): Content {
  const submitted = a.submittedAt
    ? `Submitted for review on ${formatUkDateTime(a.submittedAt)}`
    : 'Not submitted for review yet';
  const signed =
    a.status === 'signed' && a.signature ? signatureStatement(a.signature) : 'Not signed yet: this is a draft';
  const earlier = signedVersions
    .filter((v) => v.reopenedAt)
    .map(
      (v) =>
        `${signatureStatement(v.signature)}; reopened on ${formatUkDateTime(v.reopenedAt ?? '')}: ${v.reopenReason ?? ''}`,
    );
  return {
    stack: [
      { text: 'Signatures', style: 'heading' },
      {
        columns: [
          signatureLine('Worker', a.workerName, submitted),
          signatureLine('Supervisor', a.signature?.name ?? a.supervisorName ?? 'No named supervisor', signed),
        ],
        columnGap: 24,
      },
      ...(earlier.length
        ? [{ text: `Earlier signatures, kept: ${earlier.join('. ')}`, fontSize: 9, color: GREY, margin: [0, 10, 0, 0] }]
        : []),
    ],
    unbreakable: true,
  } as Content;
}

/**
 * A competency assessment for the personnel file: the profile chart, both ratings side by side with the reflections,
 * and the worker's submission and supervisor's signature with their names and dates.
 */
export async function assessmentPdf(ctx: Ctx, id: number): Promise<FileDownload> {
  const record = detail(ctx, id);
  const { assessment: a, framework, ratings, ratingLabels } = record;
  const target = readAppSettings(ctx.db).competencyTarget;
  const byId = new Map(ratings.map((r) => [r.competencyId, r]));
  const label = (value: number | null | undefined) =>
    value == null ? 'Not rated' : `${value} ${ratingLabels[value] ?? ''}`;
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
      profileChart(summariseByArea(framework, ratings, target), ratingLabels, target),
      ...framework.areas.map((area) => areaTable(area, byId, label)),
      signatures(record),
    ],
  );
  return {
    fileName: `competency-assessment-${a.workerName.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`,
    mediaType: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  };
}
