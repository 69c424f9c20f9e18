import type { ActionFields, Competency, FrameworkDocument } from '../schemas/competencies.ts';
import type { AreaSummary, RatingChange } from '../rules/competencies.ts';
import type { Signature } from './signatures.ts';

export const RATINGS = [0, 1, 2, 3] as const;
export type Rating = (typeof RATINGS)[number];

export interface FrameworkSummary {
  id: string;
  version: number;
  title: string;
  roles: FrameworkDocument['roles'];
  competencies: number;
  loadedAt: string;
}

export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'signed'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted for review',
  signed: 'Signed',
};

export interface RatingEntry {
  competencyId: string;
  selfRating: Rating | null;
  reflection: string;
  evidenceRecordIds: number[];
  agreedRating: Rating | null;
  supervisorComment: string;
}

export const unratedEntry = (competencyId: string): RatingEntry => ({
  competencyId,
  selfRating: null,
  reflection: '',
  evidenceRecordIds: [],
  agreedRating: null,
  supervisorComment: '',
});

export interface Assessment {
  id: number;
  workerId: number;
  frameworkId: string;
  frameworkVersion: number;
  kind: 'baseline' | 'annual';
  status: AssessmentStatus;
  createdAt: string;
  submittedAt: string | null;
  signedAt: string | null;
  signedBy: string | null;
  /** The supervisor's signature: their account in team mode, the supervisor chosen under "Acting as" in personal mode. */
  signature: Signature | null;
  workerName: string;
  supervisorName: string | null;
}

export interface AssessmentDetail {
  assessment: Assessment;
  framework: FrameworkDocument;
  ratings: RatingEntry[];
  /** Earlier signed versions of this assessment, kept when it was reopened. */
  signedVersions: {
    signedAt: string;
    signedBy: string;
    signature: Signature;
    reopenedAt: string | null;
    reopenReason: string | null;
  }[];
  ratingLabels: string[];
  /** How much must be rated to submit and agreed to sign, from Settings. */
  signOff: SignOffRule;
}

/**
 * The sign-off coverage, as percentages of the framework's competencies: self-rated before the worker may submit,
 * with an agreed rating before the supervisor may sign (and before a signed assessment counts in the matrix).
 */
export interface SignOffRule {
  selfRatedToSubmitPercent: number;
  agreedToSignPercent: number;
}

/** An assessment as compliance evidence: signed on (a UK date) or still open, and its agreed coverage. */
export interface AssessmentEvidence {
  signedOn: string | null;
  /** Competencies with an agreed rating, of the competencies in its framework version. */
  agreed: number;
  competencies: number;
}

export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
};

export type { Competency, FrameworkDocument };

export interface DevelopmentAction extends ActionFields {
  id: number;
  createdAt: string;
  overdue: boolean;
}

export interface Profile {
  target: number;
  ratingLabels: string[];
  assessments: Assessment[];
  latest: { assessment: Assessment; areas: AreaSummary[] } | null;
  previous: { assessment: Assessment; areas: AreaSummary[] } | null;
  changes: RatingChange[];
  actions: DevelopmentAction[];
}

/** One person in the heat map: their latest signed assessment's agreed average for each area. */
export interface HeatmapRow {
  workerId: number;
  name: string;
  signedAt: string;
  employerId: number;
  basePracticeId: number | null;
  averages: (number | null)[];
}

/** The heat map of one framework: everyone whose latest signed assessment is on it, by area. */
export interface HeatmapFramework {
  id: string;
  title: string;
  roles: FrameworkDocument['roles'];
  areas: { id: string; title: string }[];
  rows: HeatmapRow[];
}

/** Every framework in force, each with its own areas and people (an imported one appears once it exists). */
export interface Heatmap {
  frameworks: HeatmapFramework[];
}
