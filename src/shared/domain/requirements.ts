import type { CatalogueFile, DueRule, RecordInput, RequirementFields } from '../schemas/requirements.ts';
import type { Role } from './staff.ts';

export type { CatalogueFile, DueRule, RecordInput, RequirementFields };

export const REQUIREMENT_KINDS = ['training', 'induction', 'arrs_condition'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const REQUIREMENT_KIND_LABELS: Record<RequirementKind, string> = {
  training: 'Training',
  induction: 'Induction item',
  arrs_condition: 'ARRS condition',
};

/**
 * How a requirement is met: by a record, by a field of the register entry, by a signed competency assessment, by
 * supervision sessions, or by entries in the CPD log (`cpd`: which kinds, how often or how many hours a year).
 */
export const CHECKS = [
  'record',
  'named_supervisor',
  'named_first_contact',
  'competency_assessment',
  'supervision',
  'cpd',
] as const;
export type Check = (typeof CHECKS)[number];

/**
 * What meets a requirement checked by a record: only a completion, or also being enrolled in or undertaking the
 * training (the PCI-accredited courses are met by "enrolled in, undertaking or qualified from").
 */
export const MET_BY = ['completion', 'enrolment'] as const;
export type MetBy = (typeof MET_BY)[number];

export const MET_BY_LABELS: Record<MetBy, string> = {
  completion: 'Completing it',
  enrolment: 'Being enrolled in or undertaking it',
};

export interface Requirement extends RequirementFields {
  origin: 'catalogue' | 'local';
  catalogueVersion: number | null;
  /** Applies to workers from this date: a requirement added later does not make earlier months late. */
  appliesFrom: string;
  retiredOn: string | null;
  position: number;
}

export const RECORD_STATUSES = ['booked', 'enrolled', 'in_progress', 'completed'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

export const RECORD_STATUS_LABELS: Record<RecordStatus, string> = {
  booked: 'Booked',
  enrolled: 'Enrolled',
  in_progress: 'In progress',
  completed: 'Completed',
};

export interface TrainingRecord {
  id: number;
  workerId: number;
  requirementId: string;
  status: RecordStatus;
  startDate: string | null;
  completedOn: string | null;
  expiresOn: string | null;
  provider: string;
  notes: string;
  signedOffBy: string | null;
  /** Hours the training took, when recorded. */
  trainingHours: number | null;
  /** Training towards a level 3 occupational standard, whose time ARRS reimburses (only with hours). */
  reimbursable: boolean;
  createdAt: string;
  /** Recorded by the worker themself (team mode): shown as self-reported until the lead verifies it. */
  selfReported: boolean;
  verifiedAt: string | null;
  verifiedBy: string | null;
  evidence: EvidenceLink[];
  /** How this record came to say what it says: each correction, newest first (the first version had none). */
  corrections: RecordCorrection[];
  /** Set when the record was withdrawn: it then counts for nothing, and stays in the history with its reason. */
  withdrawal: RecordWithdrawal | null;
}

/** What a correction may change: everything a record says except whom and which requirement it is for. */
export const CORRECTABLE_FIELDS = [
  'status',
  'startDate',
  'completedOn',
  'expiresOn',
  'provider',
  'notes',
  'signedOffBy',
  'trainingHours',
  'reimbursable',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const RECORD_FIELD_LABELS: Record<CorrectableField | 'evidence', string> = {
  status: 'status',
  startDate: 'start date',
  completedOn: 'completion date',
  expiresOn: 'expiry date',
  provider: 'provider',
  notes: 'notes',
  signedOffBy: 'signed off by',
  trainingHours: 'time spent',
  reimbursable: 'towards a level 3 standard (reimbursable)',
  evidence: 'certificates',
};

/** One thing a correction changed, as stored (dates as YYYY-MM-DD; certificates as their names). */
export interface RecordChange {
  field: CorrectableField | 'evidence';
  from: string | null;
  to: string | null;
}

/** A correction: the version it made and the one it replaced (kept as it was), who, when, why and what changed. */
export interface RecordCorrection {
  versionId: number;
  replacedId: number;
  at: string;
  by: string;
  reason: string;
  changes: RecordChange[];
}

export interface RecordWithdrawal {
  at: string;
  by: string;
  reason: string;
}

export interface EvidenceLink {
  fileId: number;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface Exemption {
  id: number;
  workerId: number;
  requirementId: string;
  reason: string;
  createdAt: string;
}

export const EVIDENCE_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

export type { Role };
