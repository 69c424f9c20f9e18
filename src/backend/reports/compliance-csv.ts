import Papa from 'papaparse';
import type { ComplianceReport } from '../../shared/domain/reports.ts';
import { REPORT_GROUPING_LABELS } from '../../shared/domain/reports.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { filterSlug } from '../../shared/rules/filter-words.ts';

const percentText = (percent: number | null): string => (percent === null ? '' : percent.toFixed(1));

/** `compliance-by-practice-riverside-pcn-24-11-2026.csv`: what, whose and as at when. */
export function complianceFileName(
  { today, pcnName }: Pick<ComplianceReport, 'today' | 'pcnName'>,
  subject: string,
  extension: string,
): string {
  const date = formatUkDate(today).replaceAll('/', '-');
  return `${['compliance', subject, filterSlug([pcnName]), date].filter(Boolean).join('-')}.${extension}`;
}

/**
 * One row per group and requirement that applies to anyone in it, with the group's headcount and headline on
 * every row so a filtered spreadsheet still reads. Percentages to one decimal place; empty where nothing is asked.
 */
export function complianceCsv(report: ComplianceReport): { fileName: string; text: string } {
  const group = REPORT_GROUPING_LABELS[report.by];
  const header = [
    group,
    ...(report.by === 'practice' ? ['ODS code'] : []),
    'Requirement',
    'People required',
    'Current',
    'Due or expiring soon',
    'Overdue or expired',
    'Exempt',
    '% compliant',
    `People in ${group.toLowerCase()}`,
    `${group} % compliant`,
    'As at',
  ];
  const rows = report.groups.flatMap((g) =>
    g.requirements.map((r) => [
      g.name,
      ...(report.by === 'practice' ? [g.odsCode ?? ''] : []),
      r.title,
      String(r.required),
      String(r.current),
      String(r.dueSoon),
      String(r.overdue),
      String(r.exempt),
      percentText(r.percent),
      String(g.headcount),
      percentText(g.percent),
      formatUkDate(report.today),
    ]),
  );
  return {
    fileName: complianceFileName(report, `by-${report.by}`, 'csv'),
    // A practice named "=HYPERLINK(…)" stays text in a spreadsheet.
    text: `\ufeff${Papa.unparse([header, ...rows], { escapeFormulae: true })}\r\n`,
  };
}
