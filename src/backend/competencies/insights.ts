import type { Database } from 'better-sqlite3';
import type { DevelopmentAction, Heatmap, Profile } from '../../shared/domain/competencies.ts';
import type { RatingChange } from '../../shared/rules/competencies.ts';
import { agreedAveragesByArea, compareAssessments, summariseByArea } from '../../shared/rules/competencies.ts';
import { onlyVisible } from '../access/visible-workers.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { callerOf, inTransaction, today } from '../context.ts';
import { untilWrite } from '../db/until-write.ts';
import { invalidField, notFound } from '../errors.ts';
import { requirePlausibleDates } from '../plausible.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { findWorker } from '../staff/queries.ts';
import { detail } from './assessments.ts';
import { requireCompetencies } from './frameworks.ts';
import * as q from './queries.ts';

/** A worker's competency picture: agreed ratings by area, gaps, change since last time, and the plan. */
export function profile(ctx: Ctx, workerId: number): Profile {
  if (!findWorker(ctx.db, workerId)) throw notFound('worker', workerId);
  const { competencyTarget: target, ratingLabels } = readAppSettings(ctx.db);
  const assessments = q.assessmentsOfWorker(ctx.db, workerId);
  const [latest, previous] = assessments.filter((a) => a.status === 'signed').map((a) => detail(ctx, a.id));
  const summary = (d: typeof latest) =>
    d ? { assessment: d.assessment, areas: summariseByArea(d.framework, d.ratings, target) } : null;
  return {
    target,
    ratingLabels,
    assessments,
    latest: summary(latest),
    previous: summary(previous),
    changes: latest && previous ? compareAssessments(latest.framework, previous.ratings, latest.ratings) : [],
    actions: actions(ctx, workerId),
  };
}

export function compare(ctx: Ctx, fromId: number, toId: number): RatingChange[] {
  const from = detail(ctx, fromId);
  const to = detail(ctx, toId);
  if (from.assessment.workerId !== to.assessment.workerId)
    throw invalidField('toId', 'Compare two assessments of the same worker');
  return compareAssessments(to.framework, from.ratings, to.ratings);
}

/** The heat map of everyone, kept until the next write: reading every agreed rating is the costly part at ICS scale. */
function everyonesHeatmap(db: Database): Heatmap {
  const signed = q.latestSignedByWorker(db);
  const agreed = q.agreedOfLatestSigned(db);
  const none = new Map<string, number>();
  return {
    frameworks: q.latestFrameworks(db).map((framework) => ({
      id: framework.id,
      title: framework.title,
      roles: framework.roles,
      areas: framework.areas.map((a) => ({ id: a.id, title: a.title })),
      rows: signed
        .filter((a) => a.frameworkId === framework.id)
        .map((a) => ({
          workerId: a.workerId,
          name: a.name,
          signedAt: a.signedAt,
          employerId: a.employerId,
          basePracticeId: a.basePracticeId,
          averages: agreedAveragesByArea(framework, agreed.get(a.assessmentId) ?? none),
        })),
    })),
  };
}

/**
 * The heat map: for every framework in force, each person whose latest signed assessment is on it, with their agreed
 * average for each of its areas. The people are those the caller may see, so a supervisor's team averages never carry
 * the ratings of people they do not supervise (the page averages the rows it shows).
 */
export function heatmap(ctx: Ctx): Heatmap {
  const everyone = untilWrite(ctx.db, '', 'heatmap', () => everyonesHeatmap(ctx.db));
  const caller = callerOf(ctx);
  return {
    frameworks: everyone.frameworks.map((f) => ({
      ...f,
      rows: onlyVisible(ctx.db, caller, f.rows, (r) => r.workerId),
    })),
  };
}

export function actions(ctx: Ctx, workerId: number): DevelopmentAction[] {
  const now = today(ctx);
  return q.actionsOf(ctx.db, workerId).map((a) => ({ ...a, overdue: a.status !== 'done' && a.targetDate < now }));
}

export function saveAction(
  ctx: Ctx,
  id: number | null,
  fields: Omit<DevelopmentAction, 'id' | 'createdAt' | 'overdue'>,
): DevelopmentAction[] {
  return inTransaction(ctx, () => {
    const worker = findWorker(ctx.db, fields.workerId);
    if (!worker) throw invalidField('workerId', 'That worker is not in the register');
    requirePlausibleDates(ctx, [
      { field: 'targetDate', date: fields.targetDate, kind: 'working', what: 'target date' },
    ]);
    requireCompetencies(ctx, worker.role, 'competencyId', fields.competencyId === null ? [] : [fields.competencyId]);
    if (id === null) {
      const newId = q.insertAction(ctx.db, { ...fields, createdAt: ctx.now().toISOString() });
      recordAudit(ctx, {
        action: 'action.create',
        entity: 'development_action',
        entityId: newId,
        workerId: worker.id,
        summary: `Added a development action for ${worker.name}: ${fields.description}`,
        after: fields,
      });
    } else {
      const before = q.findAction(ctx.db, id);
      if (!before || before.workerId !== worker.id) throw notFound('development action', id);
      q.updateAction(ctx.db, { ...fields, id });
      recordAudit(ctx, {
        action: 'action.update',
        entity: 'development_action',
        entityId: id,
        workerId: worker.id,
        summary: `Updated a development action for ${worker.name}`,
        before,
        after: fields,
      });
    }
    return actions(ctx, worker.id);
  });
}
