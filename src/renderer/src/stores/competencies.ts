import type { InputOf } from '../../../shared/api/contract.ts';
import type {
  Assessment,
  AssessmentDetail,
  FrameworkDocument,
  FrameworkSummary,
  Heatmap,
  Profile,
  RatingEntry,
} from '../../../shared/domain/competencies.ts';
import type { RatingChange } from '../../../shared/rules/competencies.ts';
import { call } from '../api/client.ts';
import { saveFile } from '../api/download.ts';
import { dataOf } from './loadable.ts';
import type { Resource } from './resource.ts';
import { createResource } from './resource.ts';

/** Every framework with the roles it covers. */
export const frameworkList = createResource<null, FrameworkSummary[]>({
  name: 'the competency frameworks',
  load: () => call('framework.list', {}),
  dependsOn: ['competencies'],
});

/** One framework version, whole. */
export const framework = createResource<string, FrameworkDocument>({
  name: 'the competency framework',
  load: (id) => call('framework.get', { id }),
  dependsOn: ['competencies'],
});

/** One assessment with the framework version it was made on, its ratings and its earlier signed versions. */
export const assessmentRecord: Resource<number, AssessmentDetail> = createResource<number, AssessmentDetail>({
  name: 'the assessment',
  load: (id) => call('assessment.get', { id }),
  // It carries the supervisor's name, from the organisation.
  dependsOn: ['competencies', 'staff', 'settings', 'pcn'],
  // The key is the assessment's id; once loaded, changes to other workers can leave it alone.
  workerOf: (id) => dataOf(assessmentRecord.peek(id))?.assessment.workerId ?? null,
});

/** A worker's assessments, agreed ratings by area, gaps, change since last time and development plan. */
export const competencyProfile = createResource<number, Profile>({
  name: "this worker's competencies",
  load: (workerId) => call('competency.profile', { workerId }),
  dependsOn: ['competencies', 'settings'],
  workerOf: (workerId) => workerId,
});

/** The team's agreed ratings by area. */
export const competencyHeatmap = createResource<null, Heatmap>({
  name: 'the competency heat map',
  load: () => call('competency.heatmap', {}),
  dependsOn: ['competencies', 'staff', 'settings'],
});

function updateAssessment(id: number, change: (detail: AssessmentDetail) => AssessmentDetail): void {
  const current = dataOf(assessmentRecord.peek(id));
  if (current) assessmentRecord.put(id, change(current));
}

const withAssessment = (assessment: Assessment) => (detail: AssessmentDetail) => ({ ...detail, assessment });

const withRating = (entry: RatingEntry) => (detail: AssessmentDetail) => ({
  ...detail,
  ratings: detail.ratings.some((r) => r.competencyId === entry.competencyId)
    ? detail.ratings.map((r) => (r.competencyId === entry.competencyId ? entry : r))
    : [...detail.ratings, entry],
});

/** Starts the worker's next self-assessment; returns its id. */
export async function startAssessment(workerId: number): Promise<number> {
  return (await call('assessment.start', { workerId })).id;
}

export async function saveSelfRating(input: InputOf<'assessment.saveRating'>): Promise<void> {
  updateAssessment(input.assessmentId, withRating(await call('assessment.saveRating', input)));
}

export async function submitAssessment(id: number): Promise<void> {
  updateAssessment(id, withAssessment(await call('assessment.submit', { id })));
}

export async function reviewRating(input: InputOf<'assessment.review'>): Promise<void> {
  updateAssessment(input.assessmentId, withRating(await call('assessment.review', input)));
}

/** "Agree with the worker's ratings" for one area, or all of them (areaId null): blank agreed ratings take the self-rating. */
export async function agreeWithWorker(assessmentId: number, areaId: string | null): Promise<void> {
  const ratings = await call('assessment.agree', { assessmentId, areaId });
  updateAssessment(assessmentId, (detail) => ({ ...detail, ratings }));
}

export async function signAssessment(id: number): Promise<void> {
  updateAssessment(id, withAssessment(await call('assessment.sign', { id })));
}

export async function reopenAssessment(id: number, reason: string): Promise<void> {
  updateAssessment(id, withAssessment(await call('assessment.reopen', { id, reason })));
}

/** How each agreed rating moved from one of a worker's assessments to another. */
export function compareAssessments(fromId: number, toId: number): Promise<RatingChange[]> {
  return call('assessment.compare', { fromId, toId });
}

export async function downloadAssessmentPdf(id: number): Promise<void> {
  const file = await call('assessment.pdf', { id });
  saveFile(file.fileName, file.mediaType, { base64: file.dataBase64 });
}

/** Adds (id null) or changes an action in the worker's development plan. */
export async function saveDevelopmentAction(input: InputOf<'action.save'>): Promise<void> {
  const actions = await call('action.save', input);
  const workerId = input.fields.workerId;
  const profile = dataOf(competencyProfile.peek(workerId));
  if (profile) competencyProfile.put(workerId, { ...profile, actions });
}

/** Imports a framework file (JSON, or CSV rows with the framework they belong to) as a new version. */
export function importFramework(input: InputOf<'framework.import'>): Promise<FrameworkDocument> {
  return call('framework.import', input);
}

export async function exportFramework(id: string, format: 'json' | 'csv'): Promise<void> {
  const file = await call('framework.export', { id, format });
  saveFile(file.fileName, format === 'json' ? 'application/json' : 'text/csv;charset=utf-8', { text: file.text });
}

/** Saves new wording for one competency as a new version of its framework. */
export async function editCompetency(input: InputOf<'framework.editCompetency'>): Promise<void> {
  framework.put(input.frameworkId, await call('framework.editCompetency', input));
}
