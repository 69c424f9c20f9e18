import type { z } from 'zod';
import { unratedEntry } from '../../shared/domain/competencies.ts';
import type { Assessment, AssessmentDetail, FrameworkDocument, RatingEntry } from '../../shared/domain/competencies.ts';
import type { agreeInput, ratingInput, reviewInput } from '../../shared/schemas/competencies.ts';
import type { SignOffStep } from '../../shared/rules/competencies.ts';
import { agreeWithSelfRatings, coverageOf, coverageShortfall } from '../../shared/rules/competencies.ts';
import { formatUkDateTime } from '../../shared/rules/dates.ts';
import { withArticle } from '../../shared/rules/words.ts';
import { recordAudit } from '../audit/record.ts';
import { sealOf } from '../audit/seals.ts';
import type { Ctx } from '../context.ts';
import { callerOf, currentUser, inTransaction } from '../context.ts';
import { conflict, forbidden, invalidField, notFound } from '../errors.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { findWorker } from '../staff/queries.ts';
import { versionIdsOfWorker } from '../training/queries.ts';
import { frameworkForRole } from './frameworks.ts';
import { signOffRule } from './sign-off.ts';
import type { SigningAccount } from './queries.ts';
import * as q from './queries.ts';

function load(ctx: Ctx, id: number): Assessment {
  const assessment = q.findAssessment(ctx.db, id);
  if (!assessment) throw notFound('assessment', id);
  return assessment;
}

function lockedMessage(a: Assessment): string {
  return a.status === 'signed'
    ? `This assessment was signed on ${formatUkDateTime(a.signedAt ?? '')} by ${a.signedBy ?? 'the supervisor'} and is locked; only the supervisor can reopen it`
    : 'This assessment has been submitted for review; the worker can no longer change it';
}

interface Supervisor {
  name: string;
  /** Team mode: the signed-in account and the e-mail it signed in with. */
  account: SigningAccount;
}

/**
 * Only the worker's named supervisor may review, sign or reopen: in team mode the signed-in account of that
 * colleague (the lead cannot act for them); in personal mode the supervisor chosen under "Acting as".
 */
function assertSupervisor(ctx: Ctx, a: Assessment, doing: string): Supervisor {
  const worker = findWorker(ctx.db, a.workerId);
  if (!worker?.supervisorId)
    throw forbidden(`${a.workerName} has no named supervisor, so no one can ${doing} this assessment`);
  const caller = callerOf(ctx);
  if (caller.kind === 'anonymous') throw forbidden(`Sign in to Linkwork to ${doing} this assessment`);
  if (caller.kind === 'account') {
    if (caller.colleagueId !== worker.supervisorId)
      throw forbidden(
        `Only ${a.workerName}'s named supervisor, ${a.supervisorName}, signed in as themself, can ${doing} this assessment`,
      );
    return { name: caller.name, account: { id: caller.accountId, email: caller.email } };
  }
  const person = currentUser(ctx).person;
  if (person?.kind !== 'colleague' || person.id !== worker.supervisorId) {
    throw forbidden(
      `Only ${a.workerName}'s named supervisor, ${a.supervisorName}, can ${doing} this assessment: choose them under "Acting as"`,
    );
  }
  return { name: person.name, account: null };
}

function frameworkOf(ctx: Ctx, a: Assessment): FrameworkDocument {
  const framework = q.frameworkVersion(ctx.db, a.frameworkId, a.frameworkVersion);
  if (!framework) throw notFound('framework version', `${a.frameworkId} v${a.frameworkVersion}`);
  return framework;
}

export function detail(ctx: Ctx, id: number): AssessmentDetail {
  const assessment = load(ctx, id);
  return {
    assessment,
    framework: frameworkOf(ctx, assessment),
    ratings: q.ratingsOf(ctx.db, id),
    signedVersions: q.signedVersionsOf(ctx.db, id),
    ratingLabels: readAppSettings(ctx.db).ratingLabels,
    signOff: signOffRule(ctx.db),
  };
}

/** Refuses the step, naming how many competencies are missing, when the ratings do not cover enough of the framework. */
function requireCoverage(ctx: Ctx, a: Assessment, ratings: readonly RatingEntry[], step: SignOffStep): void {
  const shortfall = coverageShortfall(coverageOf(frameworkOf(ctx, a), ratings, step, signOffRule(ctx.db)));
  if (shortfall) throw conflict(shortfall);
}

export function start(ctx: Ctx, workerId: number): Assessment {
  return inTransaction(ctx, () => {
    const worker = findWorker(ctx.db, workerId);
    if (!worker) throw notFound('worker', workerId);
    const framework = frameworkForRole(ctx, worker.role);
    if (!framework) throw conflict('No competency framework covers this role yet: add one in Settings');
    const existing = q.assessmentsOfWorker(ctx.db, workerId);
    if (existing.some((a) => a.status !== 'signed'))
      throw conflict(`${worker.name} already has an assessment in progress`);
    const kind = existing.some((a) => a.status === 'signed') ? 'annual' : 'baseline';
    const id = q.insertAssessment(ctx.db, {
      workerId,
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      kind,
      createdAt: ctx.now().toISOString(),
    });
    recordAudit(ctx, {
      action: 'assessment.start',
      entity: 'assessment',
      entityId: id,
      workerId,
      summary: `Started ${withArticle(kind)} self-assessment for ${worker.name} on ${framework.title}, version ${framework.version}`,
    });
    return load(ctx, id);
  });
}

function ratingFor(ctx: Ctx, a: Assessment, competencyId: string): RatingEntry {
  if (!frameworkOf(ctx, a).areas.some((area) => area.competencies.some((c) => c.id === competencyId))) {
    throw invalidField('competencyId', 'That competency is not in the framework this assessment uses');
  }
  return q.ratingsOf(ctx.db, a.id).find((r) => r.competencyId === competencyId) ?? unratedEntry(competencyId);
}

/** The worker's self-rating, reflection and evidence: drafts only. */
export function saveRating(ctx: Ctx, input: z.output<typeof ratingInput>): RatingEntry {
  return inTransaction(ctx, () => {
    const a = load(ctx, input.assessmentId);
    if (a.status !== 'draft') throw conflict(lockedMessage(a));
    const own = versionIdsOfWorker(ctx.db, a.workerId);
    if (input.evidenceRecordIds.some((id) => !own.has(id)))
      throw invalidField('evidenceRecordIds', `Evidence must be ${a.workerName}'s own records`);
    const next = {
      ...ratingFor(ctx, a, input.competencyId),
      selfRating: input.selfRating,
      reflection: input.reflection,
      evidenceRecordIds: input.evidenceRecordIds,
    };
    q.upsertRating(ctx.db, a.id, next);
    return next;
  });
}

export function submit(ctx: Ctx, id: number): Assessment {
  return inTransaction(ctx, () => {
    const a = load(ctx, id);
    if (a.status !== 'draft') throw conflict(lockedMessage(a));
    requireCoverage(ctx, a, q.ratingsOf(ctx.db, id), 'submit');
    q.setAssessmentState(ctx.db, id, {
      status: 'submitted',
      submittedAt: ctx.now().toISOString(),
      signedAt: null,
      signedBy: null,
    });
    recordAudit(ctx, {
      action: 'assessment.submit',
      entity: 'assessment',
      entityId: id,
      workerId: a.workerId,
      summary: `${a.workerName} submitted their self-assessment for review`,
    });
    return load(ctx, id);
  });
}

/** A submitted assessment the caller may review: its named supervisor only. */
function underReview(ctx: Ctx, id: number): Assessment {
  const a = load(ctx, id);
  if (a.status !== 'submitted')
    throw conflict(a.status === 'signed' ? lockedMessage(a) : 'The worker has not submitted this assessment yet');
  assertSupervisor(ctx, a, 'review');
  return a;
}

/** The supervisor's agreed rating and comment sit beside the self-rating and never replace it. */
export function review(ctx: Ctx, input: z.output<typeof reviewInput>): RatingEntry {
  return inTransaction(ctx, () => {
    const a = underReview(ctx, input.assessmentId);
    const next = {
      ...ratingFor(ctx, a, input.competencyId),
      agreedRating: input.agreedRating,
      supervisorComment: input.supervisorComment,
    };
    q.upsertRating(ctx.db, a.id, next);
    return next;
  });
}

/**
 * "Agree with the worker's ratings", for one area or the whole framework: every self-rating there with no agreed
 * rating yet becomes the agreed rating, for the supervisor to adjust one by one. Answers every rating.
 */
export function agree(ctx: Ctx, input: z.output<typeof agreeInput>): RatingEntry[] {
  return inTransaction(ctx, () => {
    const a = underReview(ctx, input.assessmentId);
    const framework = frameworkOf(ctx, a);
    if (input.areaId !== null && !framework.areas.some((area) => area.id === input.areaId))
      throw invalidField('areaId', 'That area is not in the framework this assessment uses');
    for (const entry of agreeWithSelfRatings(framework, q.ratingsOf(ctx.db, a.id), input.areaId))
      q.upsertRating(ctx.db, a.id, entry);
    return q.ratingsOf(ctx.db, a.id);
  });
}

export function sign(ctx: Ctx, id: number): Assessment {
  return inTransaction(ctx, () => {
    const a = load(ctx, id);
    if (a.status !== 'submitted')
      throw conflict(a.status === 'signed' ? lockedMessage(a) : 'The worker has not submitted this assessment yet');
    const { name, account } = assertSupervisor(ctx, a, 'sign');
    const ratings = q.ratingsOf(ctx.db, id);
    requireCoverage(ctx, a, ratings, 'sign');
    const signedAt = ctx.now().toISOString();
    q.setAssessmentState(ctx.db, id, {
      status: 'signed',
      submittedAt: a.submittedAt,
      signedAt,
      signedBy: name,
      signedAccount: account,
    });
    const signed = load(ctx, id);
    q.insertSignedVersion(ctx.db, id, signedAt, name, { assessment: signed, ratings }, account);
    recordAudit(ctx, {
      action: 'assessment.sign',
      entity: 'assessment',
      entityId: id,
      seals: [sealOf(ctx.db, 'assessment', id)],
      workerId: a.workerId,
      summary: `${name} (${account ? `signed in as ${account.email}` : 'chosen under "Acting as": attribution, not authentication'}) signed ${a.workerName}'s assessment`,
      after: { ratings },
    });
    return signed;
  });
}

/** Back to review, keeping the signed version as it was; audited with the reason. */
export function reopen(ctx: Ctx, id: number, reason: string): Assessment {
  return inTransaction(ctx, () => {
    const a = load(ctx, id);
    if (a.status !== 'signed') throw conflict('Only a signed assessment can be reopened');
    const supervisor = assertSupervisor(ctx, a, 'reopen').name;
    q.markLatestSignedVersionReopened(ctx.db, id, ctx.now().toISOString(), reason);
    q.setAssessmentState(ctx.db, id, {
      status: 'submitted',
      submittedAt: a.submittedAt,
      signedAt: null,
      signedBy: null,
    });
    recordAudit(ctx, {
      action: 'assessment.reopen',
      entity: 'assessment',
      entityId: id,
      seals: [sealOf(ctx.db, 'assessment', id)],
      workerId: a.workerId,
      summary: `${supervisor} reopened ${a.workerName}'s signed assessment: ${reason}`,
      before: a,
    });
    return load(ctx, id);
  });
}
