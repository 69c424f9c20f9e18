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

/** How a requirement is met: by a record, by a field of the register entry, or by a signed competency assessment. */
export const CHECKS = [
  'record',
  'named_supervisor',
  'named_first_contact',
  'competency_assessment',
  'supervision',
] as const;
export type Check = (typeof CHECKS)[number];

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
  createdAt: string;
  /** Recorded by the worker themself (team mode): shown as self-reported until the lead verifies it. */
  selfReported: boolean;
  verifiedAt: string | null;
  verifiedBy: string | null;
  evidence: EvidenceLink[];
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
