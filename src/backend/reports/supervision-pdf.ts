import type { Content } from 'pdfmake/interfaces.js';
import type { FileDownload } from '../../shared/domain/files.ts';
import type { SupervisionSession } from '../../shared/domain/supervision.ts';
import { isLocked, LINK_WORKER_CASELOAD_GUIDANCE } from '../../shared/domain/supervision.ts';
import { formatUkDate, formatUkDateTime } from '../../shared/rules/dates.ts';
import { signatureStatement } from '../../shared/rules/signatures.ts';
import { countOf } from '../../shared/rules/words.ts';
import { frameworkForRole } from '../competencies/frameworks.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { notFound } from '../errors.ts';
import { readPcn } from '../pcn/queries.ts';
import { findWorkerRow } from '../staff/queries.ts';
import { findSession, sessionsOfWorker } from '../supervision/queries.ts';
import { factsTable, renderPdf } from './pdf.ts';

interface WorkerContext {
  competencyTitles: Map<string, string>;
  linkWorker: boolean;
}

/**
 * What a record needs to know about its worker: the titles of the competencies in their role's framework (for
 * linked learning needs), and whether the link workers' caseload guidance applies to them.
 */
function workerContext(ctx: Ctx, workerId: number): WorkerContext {
  const role = findWorkerRow(ctx.db, workerId)?.role;
  const framework = role ? frameworkForRole(ctx, role) : null;
  return {
    competencyTitles: new Map(
      framework?.areas.flatMap((a) => a.competencies.map((c) => [c.id, `${a.title}: ${c.title}`] as const)) ?? [],
    ),
    linkWorker: role === 'splw',
  };
}

const MARKING = 'Staff-confidential: no patient identifiers';
const safe = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '-');
const hours = (minutes: number) => `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
const signatureText = (s: SupervisionSession['workerSignature']) => (s ? signatureStatement(s) : 'Not signed');

/** The caseload as recorded at the session: what was not recorded says so. */
function caseloadText(s: SupervisionSession): string {
  if (s.caseloadActive === null && s.newReferrals === null) return 'Not recorded';
  const active =
    s.caseloadActive === null
      ? 'Active caseload not recorded'
      : `${countOf(s.caseloadActive, 'person', 'people')} active now`;
  const referrals =
    s.newReferrals === null
      ? 'new referrals not recorded'
      : `${countOf(s.newReferrals, 'new referral')} since the last session`;
  return `${active}; ${referrals}`;
}

/** Guidance printed beside the record, set apart from it (small, grey, italic, labelled) so it never reads as data. */
const guidance = (text: string): Content => ({
  text: `Guidance, not part of this record: ${text}.`,
  italics: true,
  fontSize: 8.5,
  color: '#425563',
  // In line with the facts' values (their column starts at 140 pt, plus the cell's padding), under the caseload.
  margin: [148, 1, 0, 0],
});

function sessionBody(s: SupervisionSession, worker: WorkerContext): Content[] {
  const text = (label: string, value: string): Content[] => [{ text: label, style: 'heading' }, { text: value || '—' }];
  return [
    factsTable([
      ['Worker', s.workerName],
      ['Date', formatUkDate(s.date)],
      ['Kind', s.kind],
      ['Supervisor', [s.supervisorName, s.supervisorRole].filter(Boolean).join(', ')],
      ['Duration', hours(s.durationMinutes)],
      ['Next session', formatUkDate(s.nextDate) || '—'],
      ['Caseload', caseloadText(s)],
    ]),
    ...(worker.linkWorker ? [guidance(LINK_WORKER_CASELOAD_GUIDANCE)] : []),
    ...text('Cases discussed (pseudonymised)', s.casesDiscussed),
    ...text('Safeguarding or risk concerns, and what was done', s.risks),
    ...text('Referrals back to clinicians', s.referralsBack),
    ...text("The worker's wellbeing", s.wellbeing),
    ...text('Learning needs', s.learningNeeds),
    ...text(
      'Linked competencies',
      s.learningCompetencyIds.map((id) => worker.competencyTitles.get(id) ?? id).join('; '),
    ),
    { text: 'Agreed actions', style: 'heading' },
    s.actions.length
      ? {
          table: {
            headerRows: 1,
            widths: ['*', 110, 70, 50],
            body: [
              ['Action', 'Owner', 'Due', 'Status'].map((h) => ({ text: h, style: 'tableHeader' })),
              ...s.actions.map((a) => [
                a.description,
                a.owner,
                formatUkDate(a.dueDate),
                a.status === 'done' ? 'Done' : 'Open',
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        }
      : { text: 'None agreed.' },
    { text: 'Signatures', style: 'heading' },
    factsTable([
      ['Worker', signatureText(s.workerSignature)],
      ['Supervisor', signatureText(s.supervisorSignature)],
    ]),
    ...(s.addenda.length
      ? [
          { text: 'Addenda (added after signing)', style: 'heading' } as Content,
          ...s.addenda.map((a): Content => ({
            text: `${formatUkDateTime(a.createdAt)}, ${a.author}: ${a.text}`,
            margin: [0, 0, 0, 4],
          })),
        ]
      : []),
  ];
}

export async function sessionPdf(ctx: Ctx, id: number): Promise<FileDownload> {
  const s = findSession(ctx.db, id);
  if (!s) throw notFound('supervision session', id);
  const pdf = await renderPdf(
    {
      title: 'Supervision record',
      subtitle: readPcn(ctx.db)?.name ?? '',
      marking: MARKING,
      printedOn: formatUkDate(today(ctx)),
      ...(isLocked(s) ? {} : { watermark: 'DRAFT' }),
    },
    [
      ...(isLocked(s)
        ? []
        : [{ text: 'DRAFT: not yet signed by both', bold: true, color: '#d5281b', margin: [0, 0, 0, 8] } as Content]),
      ...sessionBody(s, workerContext(ctx, s.workerId)),
    ],
  );
  return {
    fileName: `supervision-${safe(s.workerName)}-${s.date}.pdf`,
    mediaType: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  };
}

/** One worker's sessions over a date range: a summary table (its header repeats on every page), then each record. */
export async function supervisionLogPdf(
  ctx: Ctx,
  input: { workerId: number; from: string; to: string },
): Promise<FileDownload> {
  const worker = findWorkerRow(ctx.db, input.workerId);
  if (!worker) throw notFound('worker', input.workerId);
  const sessions = sessionsOfWorker(ctx.db, input.workerId, { from: input.from, to: input.to });
  const about = workerContext(ctx, input.workerId);
  const pdf = await renderPdf(
    {
      title: 'Supervision log',
      subtitle: `${worker.name} · ${formatUkDate(input.from)} to ${formatUkDate(input.to)} · ${readPcn(ctx.db)?.name ?? ''}`,
      marking: MARKING,
      printedOn: formatUkDate(today(ctx)),
    },
    [
      {
        table: {
          headerRows: 1,
          widths: [62, 95, '*', 50, 40, 60],
          body: [
            ['Date', 'Kind', 'Supervisor', 'Duration', 'Actions', 'Signed'].map((h) => ({
              text: h,
              style: 'tableHeader',
            })),
            ...sessions.map((s) => [
              formatUkDate(s.date),
              s.kind,
              s.supervisorName,
              hours(s.durationMinutes),
              String(s.actions.length),
              isLocked(s) ? 'Both' : s.workerSignature || s.supervisorSignature ? 'One' : 'No',
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      { text: `${countOf(sessions.length, 'session')}.`, margin: [0, 8, 0, 0] },
      ...sessions.flatMap((s): Content[] => [
        { text: `Session of ${formatUkDate(s.date)}`, style: 'title', fontSize: 14, pageBreak: 'before' },
        ...sessionBody(s, about),
      ]),
    ],
  );
  return {
    fileName: `supervision-log-${safe(worker.name)}-${input.from}-to-${input.to}.pdf`,
    mediaType: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  };
}
