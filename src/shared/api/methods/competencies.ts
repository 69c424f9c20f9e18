import { z } from 'zod';
import type {
  Assessment,
  AssessmentDetail,
  DevelopmentAction,
  FrameworkDocument,
  FrameworkSummary,
  Heatmap,
  Profile,
  RatingEntry,
} from '../../domain/competencies.ts';
import {
  actionFields,
  agreeInput,
  competencyWording,
  frameworkId,
  ratingInput,
  reopenReason,
  reviewInput,
  roleList,
} from '../../schemas/competencies.ts';
import { id } from '../../schemas/fields.ts';
import { staffText } from '../../schemas/staff-text.ts';
import type { RatingChange } from '../../rules/competencies.ts';
import { changeAbout, LEAD, READERS, readAbout, SIGNED_IN } from '../access.ts';
import type { WorkerLocator } from '../access.ts';
import { method } from '../method.ts';
import type { FileDownload } from '../../domain/files.ts';

const none = z.object({}).strict();
const byId = z.object({ id });
const assessmentById: WorkerLocator = { field: 'id', record: 'assessment' };
const ratedAssessment: WorkerLocator = { field: 'assessmentId', record: 'assessment' };

export const competencyMethods = {
  'framework.list': method<FrameworkSummary[]>()(none, SIGNED_IN),
  'framework.get': method<FrameworkDocument>()(z.object({ id: frameworkId }), SIGNED_IN),
  'framework.import': method<FrameworkDocument>()(
    z.object({
      format: z.enum(['json', 'csv'], { error: 'Choose JSON or CSV' }),
      text: z.string().min(1, 'The file is empty').max(2_000_000, 'The file is too large for a framework'),
      frameworkId: frameworkId.optional(),
      title: staffText(200).optional(),
      roles: roleList.optional(),
    }),
    LEAD,
  ),
  'framework.export': method<{ fileName: string; text: string }>()(
    z.object({ id: frameworkId, format: z.enum(['json', 'csv']) }),
    READERS,
  ),
  'framework.editCompetency': method<FrameworkDocument>()(competencyWording, LEAD),
  // The worker starts, rates and submits their self-assessment; the supervisor reviews, agrees, signs and reopens.
  'assessment.start': method<Assessment>()(
    z.object({ workerId: id }),
    changeAbout({ field: 'workerId' }, { supervisor: true, self: true }),
  ),
  'assessment.get': method<AssessmentDetail>()(byId, readAbout(assessmentById)),
  'assessment.saveRating': method<RatingEntry>()(
    ratingInput,
    changeAbout(ratedAssessment, { supervisor: false, self: true }),
  ),
  'assessment.submit': method<Assessment>()(byId, changeAbout(assessmentById, { supervisor: false, self: true })),
  'assessment.review': method<RatingEntry>()(
    reviewInput,
    changeAbout(ratedAssessment, { supervisor: true, self: false }),
  ),
  'assessment.agree': method<RatingEntry[]>()(
    agreeInput,
    changeAbout(ratedAssessment, { supervisor: true, self: false }),
  ),
  'assessment.sign': method<Assessment>()(byId, changeAbout(assessmentById, { supervisor: true, self: false })),
  'assessment.reopen': method<Assessment>()(
    byId.extend({ reason: reopenReason }),
    changeAbout(assessmentById, { supervisor: true, self: false }),
  ),
  'assessment.compare': method<RatingChange[]>()(
    z.object({ fromId: id, toId: id }),
    readAbout([
      { field: 'fromId', record: 'assessment' },
      { field: 'toId', record: 'assessment' },
    ]),
  ),
  'assessment.pdf': method<FileDownload>()(byId, readAbout(assessmentById)),
  'competency.profile': method<Profile>()(z.object({ workerId: id }), readAbout({ field: 'workerId' })),
  // Cut to the workers the caller may see (competencies/insights.ts).
  'competency.heatmap': method<Heatmap>()(none, SIGNED_IN),
  // The development plan: the worker's own, and their supervisor's; an action named by id must be that worker's.
  'action.save': method<DevelopmentAction[]>()(
    z.object({ id: id.nullable(), fields: actionFields }),
    changeAbout([{ field: 'fields.workerId' }, { field: 'id', record: 'development_action', optional: true }], {
      supervisor: true,
      self: true,
    }),
  ),
};
