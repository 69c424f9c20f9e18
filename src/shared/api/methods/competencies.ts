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
import { actionFields, ratingInput, reviewInput } from '../../schemas/competencies.ts';
import { id } from '../../schemas/fields.ts';
import { ROLES } from '../../domain/staff.ts';
import type { RatingChange } from '../../rules/competencies.ts';
import { method } from '../method.ts';
import type { FileDownload } from '../../domain/files.ts';

const none = z.object({}).strict();
const byId = z.object({ id });

export const competencyMethods = {
  'framework.list': method<FrameworkSummary[]>()(none),
  'framework.get': method<FrameworkDocument>()(z.object({ id: z.string().min(1) })),
  'framework.import': method<FrameworkDocument>()(
    z.object({
      format: z.enum(['json', 'csv'], { error: 'Choose JSON or CSV' }),
      text: z.string().min(1, 'The file is empty').max(2_000_000, 'The file is too large for a framework'),
      frameworkId: z.string().optional(),
      title: z.string().optional(),
      roles: z.array(z.enum(ROLES)).optional(),
    }),
  ),
  'framework.export': method<{ fileName: string; text: string }>()(
    z.object({ id: z.string().min(1), format: z.enum(['json', 'csv']) }),
  ),
  'framework.editCompetency': method<FrameworkDocument>()(
    z.object({
      frameworkId: z.string().min(1),
      competencyId: z.string().min(1),
      title: z.string().trim().min(3, 'Give the competency a title').max(200),
      description: z.string().trim().max(1000).default(''),
    }),
  ),
  'assessment.start': method<Assessment>()(z.object({ workerId: id })),
  'assessment.get': method<AssessmentDetail>()(byId),
  'assessment.saveRating': method<RatingEntry>()(ratingInput),
  'assessment.submit': method<Assessment>()(byId),
  'assessment.review': method<RatingEntry>()(reviewInput),
  'assessment.sign': method<Assessment>()(byId),
  'assessment.reopen': method<Assessment>()(
    byId.extend({ reason: z.string().trim().min(5, 'Say why it is being reopened (at least 5 characters)').max(500) }),
  ),
  'assessment.compare': method<RatingChange[]>()(z.object({ fromId: id, toId: id })),
  'assessment.pdf': method<FileDownload>()(byId),
  'competency.profile': method<Profile>()(z.object({ workerId: id })),
  'competency.heatmap': method<Heatmap>()(none),
  'action.save': method<DevelopmentAction[]>()(z.object({ id: id.nullable(), fields: actionFields })),
};
