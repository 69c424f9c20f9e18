import type { WorkerCompliance } from '../../shared/domain/compliance.ts';
import type { Assessment } from '../../shared/domain/competencies.ts';
import type { CpdEntry } from '../../shared/domain/cpd.ts';
import type { TrainingRecord } from '../../shared/domain/requirements.ts';
import type { WorkerRow } from '../../shared/domain/staff.ts';
import type { SupervisionSession } from '../../shared/domain/supervision.ts';
import type { AreaSummary } from '../../shared/rules/competencies.ts';
import { summariseByArea } from '../../shared/rules/competencies.ts';
import { inForce } from '../../shared/rules/record-history.ts';
import { detail } from '../competencies/assessments.ts';
import { assessmentsOfWorker } from '../competencies/queries.ts';
import { computeWorkerCompliance } from '../compliance/compute.ts';
import type { Ctx } from '../context.ts';
import { kindLabel } from '../cpd/catalogue.ts';
import { entriesOfWorker } from '../cpd/queries.ts';
import { today } from '../context.ts';
import { notFound } from '../errors.ts';
import { listRequirements } from '../requirements/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { findWorkerFacts, findWorkerRow } from '../staff/queries.ts';
import { sessionsOfWorker } from '../supervision/queries.ts';
import { recordsOfWorker } from '../training/queries.ts';
import type { PlannedCertificate } from './certificates.ts';
import { planCertificates } from './certificates.ts';

/** The latest signed competency self-assessment, summarised by area. */
export interface CompetencySummary {
  assessment: Assessment;
  frameworkTitle: string;
  areas: AreaSummary[];
  target: number;
  ratingLabels: string[];
}

/** Everything a person's evidence pack says, read once: what the summary prints and which certificates go in. */
export interface WorkerEvidence {
  worker: WorkerRow;
  compliance: WorkerCompliance;
  /** Newest first. */
  sessions: SupervisionSession[];
  competency: CompetencySummary | null;
  /** Records in force for requirements not asked of this person. */
  otherTraining: { title: string; record: TrainingRecord }[];
  /** Their CPD and peer-support log, newest first, each with its kind in words. */
  cpd: (CpdEntry & { kindLabel: string })[];
  certificates: PlannedCertificate[];
}

function latestSignedCompetency(ctx: Ctx, workerId: number): CompetencySummary | null {
  const signed = assessmentsOfWorker(ctx.db, workerId).find((a) => a.status === 'signed');
  if (!signed) return null;
  const { framework, ratings, ratingLabels } = detail(ctx, signed.id);
  const target = readAppSettings(ctx.db).competencyTarget;
  return {
    assessment: signed,
    frameworkTitle: framework.title,
    areas: summariseByArea(framework, ratings, target),
    target,
    ratingLabels,
  };
}

/** A person's evidence as at today, or NOT_FOUND. */
export function workerEvidence(ctx: Ctx, workerId: number): WorkerEvidence {
  const worker = findWorkerRow(ctx.db, workerId);
  const facts = findWorkerFacts(ctx.db, workerId);
  if (!worker || !facts) throw notFound('worker', workerId);
  const compliance = computeWorkerCompliance(ctx.db, facts, today(ctx));
  const titles = new Map(listRequirements(ctx.db).map((r) => [r.id, r.title]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const required = new Set(compliance.items.map((item) => item.requirement.id));
  const records = recordsOfWorker(ctx.db, workerId).filter(inForce);
  const cpd = entriesOfWorker(ctx.db, workerId);
  const evidenced = [
    ...records.map((r) => ({
      title: titleOf(r.requirementId),
      completedOn: r.completedOn,
      fileIds: r.evidence.map((e) => e.fileId),
    })),
    ...cpd.map((e) => ({ title: e.title, completedOn: e.date, fileIds: e.evidence ? [e.evidence.fileId] : [] })),
  ];
  return {
    worker,
    compliance,
    sessions: sessionsOfWorker(ctx.db, workerId),
    competency: latestSignedCompetency(ctx, workerId),
    otherTraining: records
      .filter((r) => !required.has(r.requirementId))
      .map((record) => ({ title: titleOf(record.requirementId), record })),
    cpd: cpd.map((entry) => ({ ...entry, kindLabel: kindLabel(entry.kind) })),
    certificates: planCertificates(ctx.db, evidenced),
  };
}
