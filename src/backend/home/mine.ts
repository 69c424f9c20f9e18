import type { NextStep, NextStepLink, WorkerHome } from '../../shared/domain/home.ts';
import type { WorkerRequirement } from '../../shared/domain/compliance.ts';
import { isLapsed, isRequired } from '../../shared/rules/compliance.ts';
import { addDays } from '../../shared/rules/dates.ts';
import { cellText } from '../../shared/rules/matrix-view.ts';
import { assessmentsOfWorker } from '../competencies/queries.ts';
import { computeWorkerCompliance } from '../compliance/compute.ts';
import type { Ctx } from '../context.ts';
import { today } from '../context.ts';
import { notFound } from '../errors.ts';
import { findWorkerFacts } from '../staff/queries.ts';
import { workerFor } from './who.ts';

/** How far ahead a worker's home looks: anything lapsed, and anything falling due within this many days. */
const LOOK_AHEAD_DAYS = 90;

function linkOf({ requirement }: WorkerRequirement): NextStepLink {
  const requirementId = requirement.id;
  if (requirement.kind === 'induction') return { to: 'induction', requirementId };
  if (requirement.check === 'supervision') return { to: 'supervision', requirementId };
  if (requirement.check === 'competency_assessment') return { to: 'competencies', requirementId };
  return { to: 'training', requirementId };
}

/** Claim conditions the lead sees to (additionality, NWRS, named people) are not the worker's to do; supervision is. */
const theWorkersToDo = (requirement: WorkerRequirement['requirement']): boolean =>
  requirement.kind !== 'arrs_condition' || requirement.check === 'supervision';

const byDate = (a: NextStep, b: NextStep): number =>
  Number(b.lapsed) - Number(a.lapsed) || (a.date ?? '9999').localeCompare(b.date ?? '9999');

/** What a worker must do next, in date order: lapsed items first, then what falls due soonest. */
export function workerHome(ctx: Ctx, named: number | undefined): WorkerHome {
  const day = today(ctx);
  const workerId = workerFor(ctx, named);
  const worker = findWorkerFacts(ctx.db, workerId);
  if (!worker) throw notFound('worker', workerId);
  const horizon = addDays(day, LOOK_AHEAD_DAYS);

  const requirements: NextStep[] = computeWorkerCompliance(ctx.db, worker, day)
    .items.filter(({ requirement, status: { status, date } }) => {
      if (!isRequired(status) || status === 'complete' || !theWorkersToDo(requirement)) return false;
      return isLapsed(status) || (date !== null && date <= horizon);
    })
    .map((item) => ({
      date: item.status.date,
      lapsed: isLapsed(item.status.status),
      what: `${item.requirement.shortTitle || item.requirement.title}: ${cellText({ s: item.status.status, d: item.status.date }, day)}`,
      link: linkOf(item),
    }));
  const drafts: NextStep[] = assessmentsOfWorker(ctx.db, workerId)
    .filter((a) => a.status === 'draft')
    .map((a) => ({
      date: null,
      lapsed: false,
      what: 'Finish and submit your self-assessment',
      link: { to: 'assessment', assessmentId: a.id },
    }));

  return { today: day, worker: { id: worker.id, name: worker.name }, steps: [...requirements, ...drafts].sort(byDate) };
}
