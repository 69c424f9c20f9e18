import type { competencyMethods } from '../../shared/api/methods/competencies.ts';
import type { HandlerTable } from '../handler.ts';
import { assessmentPdf } from '../reports/assessment-pdf.ts';
import * as assessments from './assessments.ts';
import * as frameworks from './frameworks.ts';
import * as insights from './insights.ts';

export const competencyHandlers = {
  'framework.list': (_input, ctx) => frameworks.listFrameworks(ctx),
  'framework.get': ({ id }, ctx) => frameworks.latestFramework(ctx, id),
  'framework.import': (input, ctx) => frameworks.importFramework(ctx, input),
  'framework.export': ({ id, format }, ctx) => frameworks.exportFramework(ctx, id, format),
  'framework.editCompetency': (input, ctx) => frameworks.editCompetency(ctx, input),
  'assessment.start': ({ workerId }, ctx) => assessments.start(ctx, workerId),
  'assessment.get': ({ id }, ctx) => assessments.detail(ctx, id),
  'assessment.saveRating': (input, ctx) => assessments.saveRating(ctx, input),
  'assessment.submit': ({ id }, ctx) => assessments.submit(ctx, id),
  'assessment.review': (input, ctx) => assessments.review(ctx, input),
  'assessment.agree': (input, ctx) => assessments.agree(ctx, input),
  'assessment.sign': ({ id }, ctx) => assessments.sign(ctx, id),
  'assessment.reopen': ({ id, reason }, ctx) => assessments.reopen(ctx, id, reason),
  'assessment.compare': ({ fromId, toId }, ctx) => insights.compare(ctx, fromId, toId),
  'assessment.pdf': ({ id }, ctx) => assessmentPdf(ctx, id),
  'competency.profile': ({ workerId }, ctx) => insights.profile(ctx, workerId),
  'competency.heatmap': (_input, ctx) => insights.heatmap(ctx),
  'action.save': ({ id, fields }, ctx) => insights.saveAction(ctx, id, fields),
} satisfies HandlerTable<keyof typeof competencyMethods>;
