import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { WorkerRequirement } from '../../shared/domain/compliance.ts';
import type { RequirementKind } from '../../shared/domain/requirements.ts';
import { ROLE_LABELS } from '../../shared/domain/staff.ts';
import { isLocked } from '../../shared/domain/supervision.ts';
import type { SupervisionSession } from '../../shared/domain/supervision.ts';
import { COMPLIANCE_LABELS, isLapsed, isRequired } from '../../shared/rules/compliance.ts';
import { isCompliant } from '../../shared/rules/matrix-view.ts';
import { formatUkDate, formatUkDateTime } from '../../shared/rules/dates.ts';
import { recordInWords } from '../../shared/rules/record-history.ts';
import { signatureStatement } from '../../shared/rules/signatures.ts';
import { countOf } from '../../shared/rules/words.ts';
import { factsTable, renderPdf } from '../reports/pdf.ts';
import { profileChart } from '../reports/profile-chart-pdf.ts';
import { statusCell, statusLegendContent } from '../reports/status-legend.ts';
import { GRID_LAYOUT, headerCell, wordsLine } from '../reports/table-parts.ts';
import type { CertificateOutcome, CertificateState } from './certificates.ts';
import type { WorkerEvidence } from './worker-evidence.ts';

/** Who and when, printed on every summary. */
export interface SummaryFrame {
  pcnName: string;
  today: string;
  actor: string;
}

const heading = (text: string, first = false): Content => ({
  text,
  style: 'heading',
  ...(first ? {} : { margin: [0, 16, 0, 6] }),
});

const table = (widths: (number | string)[], header: string[], rows: TableCell[][]): Content => ({
  table: { headerRows: 1, dontBreakRows: true, widths, body: [header.map(headerCell), ...rows] },
  layout: GRID_LAYOUT,
  fontSize: 8.5,
});

function employment({ worker }: WorkerEvidence): Content {
  return factsTable([
    ['Role', ROLE_LABELS[worker.role]],
    ['Employer', worker.employerName],
    ['Base practice', worker.basePracticeName ?? 'None recorded'],
    ['Start date', formatUkDate(worker.startDate)],
    ...(worker.leavingDate ? [['Leaving date', formatUkDate(worker.leavingDate)] as [string, string]] : []),
    ['Contracted hours', `${worker.hoursPerWeek} a week`],
    ['ARRS funded', worker.arrsFunded ? 'Yes' : 'No'],
    ['Named supervisor', worker.supervisorName ?? 'None named'],
    ['First point of contact', worker.firstContactName ?? 'None named'],
  ]);
}

/** Each requirement with its status word on its colour, and the engine's own sentence with its dates. */
function requirementTable(items: readonly WorkerRequirement[]): Content {
  return table(
    [150, 80, '*'],
    ['Requirement', 'Status', 'Details'],
    items.map((item) => [
      item.requirement.title,
      statusCell(item.status.status, COMPLIANCE_LABELS[item.status.status], ''),
      item.status.reason,
    ]),
  );
}

const ofKind = (items: readonly WorkerRequirement[], kind: RequirementKind) =>
  items.filter((item) => item.requirement.kind === kind);

/** The headline an inspector reads first: how much is met, and how much is late or coming due. */
function headline(items: readonly WorkerRequirement[]): string {
  const asked = items.filter((item) => isRequired(item.status.status));
  const inductionItems = ofKind(asked, 'induction');
  const others = asked.filter((item) => item.requirement.kind !== 'induction');
  const met = others.filter((item) => isCompliant(item.status.status)).length;
  const lapsed = others.filter((item) => isLapsed(item.status.status)).length;
  const comingDue = others.filter((item) => ['due', 'expiring_soon'].includes(item.status.status)).length;
  const inducted = inductionItems.filter((item) => item.status.status === 'complete').length;
  return (
    `${met} of ${countOf(others.length, 'requirement')} met; ${lapsed} overdue or expired; ${comingDue} due or expiring soon. ` +
    `Induction: ${inducted} of ${countOf(inductionItems.length, 'item')} done.`
  );
}

function requirementsSection(evidence: WorkerEvidence): Content[] {
  const { items, expiringSoonDays } = evidence.compliance;
  const part = (title: string, kind: RequirementKind, none: string): Content[] => {
    const own = ofKind(items, kind);
    return [heading(title), own.length ? requirementTable(own) : wordsLine(none)];
  };
  return [
    statusLegendContent(expiringSoonDays),
    ...part('Training', 'training', 'No training is required of their role.'),
    ...part('ARRS conditions', 'arrs_condition', 'No ARRS conditions apply to their role.'),
    ...part('Induction checklist', 'induction', 'No induction items apply to their role.'),
  ];
}

/** Kept on one page with its heading while short enough to fit one, so no heading is left alone at a page's foot. */
const ONE_PAGE_ROWS = 25;

function section(title: string, rows: number, body: Content[]): Content {
  return { stack: [heading(title), ...body], unbreakable: rows <= ONE_PAGE_ROWS };
}

const signedText = (s: SupervisionSession): string => {
  if (isLocked(s)) return 'Signed by both';
  if (s.workerSignature) return 'Signed by the worker only';
  if (s.supervisorSignature) return 'Signed by the supervisor only';
  return 'Not signed';
};

function supervisionSection({ sessions }: WorkerEvidence): Content {
  return section('Supervision log', sessions.length, [
    sessions.length === 0
      ? wordsLine('No supervision sessions are recorded.')
      : table(
          [62, 120, '*', 110],
          ['Date', 'Kind', 'Supervisor', 'Signed'],
          sessions.map((s) => [formatUkDate(s.date), s.kind, s.supervisorName, signedText(s)]),
        ),
  ]);
}

function competencySection({ competency }: WorkerEvidence): Content {
  if (!competency) {
    return section('Competency self-assessment', 1, [wordsLine('No competency self-assessment has been signed yet.')]);
  }
  const { assessment: a, frameworkTitle, areas, target, ratingLabels } = competency;
  const gaps = areas.reduce((sum, area) => sum + area.gaps.length, 0);
  return section('Competency self-assessment (latest signed)', areas.length + 4, [
    factsTable([
      ['Framework', `${frameworkTitle} (version ${a.frameworkVersion})`],
      ['Kind', a.kind === 'baseline' ? 'Baseline' : 'Annual'],
      ['Signed', a.signature ? signatureStatement(a.signature) : formatUkDateTime(a.signedAt ?? '')],
      ['Below target', `${countOf(gaps, 'competency', 'competencies')} rated below ${ratingLabels[target] ?? target}`],
    ]),
    profileChart(areas, ratingLabels, target),
  ]);
}

function cpdSection({ cpd }: WorkerEvidence): Content {
  const hours = cpd.reduce((sum, e) => sum + e.hours, 0);
  return section('CPD and peer-support log', cpd.length, [
    cpd.length === 0
      ? wordsLine('Nothing logged.')
      : wordsLine(`${countOf(cpd.length, 'entry', 'entries')}, ${countOf(hours, 'hour')} in all.`),
    ...(cpd.length === 0
      ? []
      : [
          table(
            [52, 70, 110, 28, '*'],
            ['Date', 'Kind', 'Title', 'Hours', 'What they learned; how it changes their practice'],
            cpd.map((e) => [
              formatUkDate(e.date),
              e.kindLabel,
              e.title,
              String(e.hours),
              [e.learned, e.practiceChange].filter(Boolean).join('\n') || '—',
            ]),
          ),
        ]),
  ]);
}

function otherTrainingSection({ otherTraining }: WorkerEvidence): Content {
  return section('Other training', otherTraining.length, [
    wordsLine('Training recorded for them that their role does not require; other learning is in their CPD log.'),
    otherTraining.length === 0
      ? wordsLine('None recorded.')
      : table(
          [170, '*'],
          ['Course', 'Record'],
          otherTraining.map(({ title, record }) => [title, recordInWords(record)]),
        ),
  ]);
}

const STATE_WORDS: Record<CertificateState, string> = {
  included: 'In this pack',
  missing: 'MISSING: not found in the evidence store',
  altered: 'MISSING: the stored file no longer matches what was uploaded',
};

function certificatesSection(outcomes: readonly CertificateOutcome[]): Content {
  const missing = outcomes.filter((c) => c.state !== 'included').length;
  return section('Certificates', outcomes.length, [
    wordsLine(
      outcomes.length === 0
        ? 'No certificates are attached to their records.'
        : `${countOf(outcomes.length - missing, 'certificate')} in the certificates folder of this pack` +
            (missing ? `; ${countOf(missing, 'certificate')} could not be included.` : '.'),
    ),
    ...(outcomes.length === 0
      ? []
      : [
          table(
            ['*', 62, 150],
            ['File', 'Completed', 'State'],
            outcomes.map((c) => [
              c.name,
              formatUkDate(c.completedOn) || '—',
              c.state === 'included'
                ? STATE_WORDS.included
                : { text: STATE_WORDS[c.state], bold: true, color: '#d5281b' },
            ]),
          ),
        ]),
  ]);
}

/** "Summary - Grace Campbell.pdf": one person's evidence on A4, for an inspector reading it without Linkwork. */
export function summaryPdf(
  evidence: WorkerEvidence,
  outcomes: readonly CertificateOutcome[],
  frame: SummaryFrame,
): Promise<Buffer> {
  const { worker } = evidence;
  return renderPdf(
    {
      title: `Evidence pack: ${worker.name}`,
      subtitle: `${frame.pcnName} · as at ${formatUkDate(frame.today)}`,
      marking: 'Staff-confidential',
      printedOn: formatUkDate(frame.today),
    },
    [
      { text: headline(evidence.compliance.items), bold: true, margin: [0, 0, 0, 2] },
      {
        text: `Made by Linkwork for ${frame.actor} on ${formatUkDate(frame.today)}, from the PCN's staff register, training records, CPD log, supervision log and competency assessments.`,
        fontSize: 8,
        color: '#425563',
        margin: [0, 0, 0, 4],
      },
      heading('Employment', true),
      employment(evidence),
      ...requirementsSection(evidence),
      supervisionSection(evidence),
      competencySection(evidence),
      cpdSection(evidence),
      otherTrainingSection(evidence),
      certificatesSection(outcomes),
    ],
  );
}
