import type { Exemption, Requirement, TrainingRecord } from './requirements.ts';
import type { Role } from './staff.ts';
import type { ComplianceStatus, RequirementStatus } from '../rules/compliance.ts';

/** One matrix column: a requirement, or the whole induction checklist as one column. */
export interface MatrixColumn {
  id: string;
  title: string;
  shortTitle: string;
  kind: Requirement['kind'];
  blocksClaim: boolean;
}

export const INDUCTION_COLUMN = 'induction';

/** A cell, kept small because the matrix can hold 5,000 × 25 of them: status, date, and induction progress. */
export interface MatrixCell {
  s: ComplianceStatus;
  d: string | null;
  /** For the induction column: items done of items required. */
  p?: [number, number];
}

export interface MatrixRow {
  workerId: number;
  name: string;
  role: Role;
  employerId: number;
  basePracticeId: number | null;
  startDate: string;
  leavingDate: string | null;
  cells: MatrixCell[];
}

export interface Matrix {
  today: string;
  expiringSoonDays: number;
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

export interface WorkerRequirement {
  requirement: Requirement;
  status: RequirementStatus;
  records: TrainingRecord[];
  exemption: Exemption | null;
}

export interface WorkerCompliance {
  today: string;
  /** How many days before a due or expiry date a status turns amber (for the legend). */
  expiringSoonDays: number;
  items: WorkerRequirement[];
}
