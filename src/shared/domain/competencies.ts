import { z } from 'zod';
import { id, isoDate, optionalText } from './fields.ts';
import { ROLES } from './staff.ts';
import type { AreaSummary, RatingChange } from '../rules/competencies.ts';

export const RATINGS = [0, 1, 2, 3] as const;
export type Rating = (typeof RATINGS)[number];
const rating = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { error: 'A rating is 0, 1, 2 or 3' });

const slug = z
  .string({ error: 'Each entry needs an id' })
  .regex(/^[a-z0-9][a-z0-9.-]{0,80}$/, 'An id is lower-case letters, digits, dots and hyphens');

export const competencyFields = z
  .object({
    id: slug,
    title: optionalText(200).min(3, 'Give the competency a title'),
    description: optionalText(1000).default(''),
    source: optionalText(300).default(''),
  })
  .strict();

export const areaFields = z
  .object({
    id: slug,
    title: optionalText(200).min(3, 'Give the area a title'),
    competencies: z.array(competencyFields).min(1, 'An area needs at least one competency'),
  })
  .strict();

/** A competency framework as data: the same shape in resources/catalogue, in the database and in JSON exports. */
export const frameworkDocument = z
  .object({
    catalogue: z.literal('competency-framework', { error: 'This is not a competency framework file' }),
    id: slug,
    version: z.number().int().min(1),
    title: optionalText(200).min(3, 'Give the framework a title'),
    roles: z.array(z.enum(ROLES, { error: `Unknown role: use ${ROLES.join(', ')}` })).min(1, 'Name at least one role'),
    note: optionalText(1000).default(''),
    source: optionalText(1000).default(''),
    areas: z.array(areaFields).min(1, 'A framework needs at least one area'),
  })
  .strict();
export type FrameworkDocument = z.output<typeof frameworkDocument>;
export type Competency = z.output<typeof competencyFields>;

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
  workerName: string;
  supervisorName: string | null;
}

export interface AssessmentDetail {
  assessment: Assessment;
  framework: FrameworkDocument;
  ratings: RatingEntry[];
  /** Earlier signed versions of this assessment, kept when it was reopened. */
  signedVersions: { signedAt: string; signedBy: string; reopenedAt: string | null; reopenReason: string | null }[];
  ratingLabels: string[];
}

export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
};

export const actionFields = z.object({
  workerId: id,
  competencyId: z.string().nullable(),
  description: optionalText(500).min(3, 'Describe the action'),
  targetDate: isoDate('target date'),
  status: z.enum(ACTION_STATUSES, { error: 'Choose open, in progress or done' }),
});

export interface DevelopmentAction extends z.output<typeof actionFields> {
  id: number;
  createdAt: string;
  overdue: boolean;
}

export const ratingInput = z.object({
  assessmentId: id,
  competencyId: z.string().min(1),
  selfRating: rating.nullable(),
  reflection: optionalText(4000).default(''),
  evidenceRecordIds: z.array(id).max(20).default([]),
});

export const reviewInput = z.object({
  assessmentId: id,
  competencyId: z.string().min(1),
  agreedRating: rating.nullable(),
  supervisorComment: optionalText(4000).default(''),
});

export interface Profile {
  target: number;
  ratingLabels: string[];
  assessments: Assessment[];
  latest: { assessment: Assessment; areas: AreaSummary[] } | null;
  previous: { assessment: Assessment; areas: AreaSummary[] } | null;
  changes: RatingChange[];
  actions: DevelopmentAction[];
}

export interface Heatmap {
  frameworkTitle: string;
  areas: { id: string; title: string }[];
  rows: { workerId: number; name: string; signedAt: string; averages: (number | null)[] }[];
  teamAverages: (number | null)[];
}
