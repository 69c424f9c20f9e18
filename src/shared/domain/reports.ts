/** How a compliance report groups people: by the practice they are based at, or by their employer. */
export const REPORT_GROUPINGS = ['practice', 'employer'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

export const REPORT_GROUPING_LABELS: Record<ReportGrouping, string> = {
  practice: 'Practice',
  employer: 'Employer',
};

/** The group of workers with no base practice, in a report by practice. */
export const NO_BASE_PRACTICE = 'No base practice';

/** One requirement's figures within a group (current people only; leavers are left out). */
export interface RequirementCounts {
  /** The matrix column: a requirement's id, or the induction checklist as one. */
  columnId: string;
  title: string;
  /** People of whom it is asked (exempt people are not). */
  required: number;
  /** Complete, or done and not yet expired: compliant, as the matrix headline counts it. */
  current: number;
  dueSoon: number;
  /** Overdue or expired. */
  overdue: number;
  exempt: number;
  /** current ÷ required, 0–100, one decimal place; null when it is asked of no one. */
  percent: number | null;
}

export interface ComplianceGroup {
  /** The practice or employer; null for the people with no base practice. */
  id: number | null;
  name: string;
  /** A practice's ODS code; null for an employer and for "No base practice". */
  odsCode: string | null;
  /** Current people in the group. */
  headcount: number;
  /** The group's headline, as the matrix works it out: compliant items over required items. */
  percent: number | null;
  overdue: number;
  dueSoon: number;
  /** The requirements that apply to anyone in the group (required or exempt), in the matrix's order. */
  requirements: RequirementCounts[];
}

export interface ComplianceReport {
  today: string;
  by: ReportGrouping;
  pcnName: string;
  groups: ComplianceGroup[];
}
