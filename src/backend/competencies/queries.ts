import type { Database } from 'better-sqlite3';
import type {
  Assessment,
  AssessmentDetail,
  AssessmentEvidence,
  DevelopmentAction,
  FrameworkDocument,
  RatingEntry,
} from '../../shared/domain/competencies.ts';
import { ukDateOf } from '../../shared/rules/dates.ts';
import { signatureOf } from '../../shared/rules/signatures.ts';
import { rowsOfWorkers, sql } from '../db/statements.ts';

export function insertFrameworkVersion(db: Database, doc: FrameworkDocument, loadedAt: string): void {
  sql(
    db,
    'INSERT INTO framework_version (framework_id, version, title, roles, document, loaded_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(doc.id, doc.version, doc.title, JSON.stringify(doc.roles), JSON.stringify(doc), loadedAt);
}

export function countFrameworkVersions(db: Database): number {
  return (sql(db, 'SELECT count(*) AS n FROM framework_version').get() as { n: number }).n;
}

export function frameworkVersion(db: Database, id: string, version: number): FrameworkDocument | undefined {
  const row = sql(db, 'SELECT document FROM framework_version WHERE framework_id = ? AND version = ?').get(
    id,
    version,
  ) as { document: string } | undefined;
  return row && (JSON.parse(row.document) as FrameworkDocument);
}

/** The newest version of every framework. */
export function latestFrameworks(db: Database): (FrameworkDocument & { loadedAt: string })[] {
  const rows = sql(
    db,
    `SELECT document, loaded_at AS loadedAt FROM framework_version f
     WHERE version = (SELECT max(version) FROM framework_version WHERE framework_id = f.framework_id) ORDER BY title`,
  ).all() as { document: string; loadedAt: string }[];
  return rows.map((r) => ({ ...(JSON.parse(r.document) as FrameworkDocument), loadedAt: r.loadedAt }));
}

const assessmentColumns = `a.id, a.worker_id AS workerId, a.framework_id AS frameworkId, a.framework_version AS frameworkVersion,
  a.kind, a.status, a.created_at AS createdAt, a.submitted_at AS submittedAt, a.signed_at AS signedAt, a.signed_by AS signedBy,
  a.signed_account_id AS signedAccountId, a.signed_email AS signedEmail, w.name AS workerName, s.name AS supervisorName`;

interface StoredAssessment extends Omit<Assessment, 'signature'> {
  signedAccountId: number | null;
  signedEmail: string | null;
}

/** In personal mode the supervisor who signs is the one chosen under "Acting as". */
function toAssessment({ signedAccountId, signedEmail, ...a }: StoredAssessment): Assessment {
  return {
    ...a,
    signature: signatureOf(
      { name: a.signedBy, at: a.signedAt, accountId: signedAccountId, email: signedEmail },
      'actingAs',
    ),
  };
}
const assessmentFrom =
  'FROM assessment a JOIN worker w ON w.id = a.worker_id LEFT JOIN colleague s ON s.id = w.supervisor_id';

export function findAssessment(db: Database, id: number): Assessment | undefined {
  const row = sql(db, `SELECT ${assessmentColumns} ${assessmentFrom} WHERE a.id = ?`).get(id) as
    StoredAssessment | undefined;
  return row && toAssessment(row);
}

export function assessmentsOfWorker(db: Database, workerId: number): Assessment[] {
  return (
    sql(db, `SELECT ${assessmentColumns} ${assessmentFrom} WHERE a.worker_id = ? ORDER BY a.id DESC`).all(
      workerId,
    ) as StoredAssessment[]
  ).map(toAssessment);
}

/** A person's latest signed assessment, for the heat map: who, where they work, and its framework. */
export interface LatestSigned {
  assessmentId: number;
  workerId: number;
  name: string;
  signedAt: string;
  frameworkId: string;
  employerId: number;
  basePracticeId: number | null;
}

const LATEST_SIGNED = `WITH latest AS (SELECT max(id) AS id FROM assessment WHERE status = 'signed' GROUP BY worker_id)`;

/** Everyone's latest signed assessment, by name. */
export function latestSignedByWorker(db: Database): LatestSigned[] {
  return sql(
    db,
    `${LATEST_SIGNED}
     SELECT a.id AS assessmentId, a.worker_id AS workerId, w.name, a.signed_at AS signedAt, a.framework_id AS frameworkId,
            w.employer_id AS employerId, w.base_practice_id AS basePracticeId
     FROM latest JOIN assessment a ON a.id = latest.id JOIN worker w ON w.id = a.worker_id
     ORDER BY w.name COLLATE NOCASE, w.id`,
  ).all() as LatestSigned[];
}

/** The agreed ratings of everyone's latest signed assessment, by assessment and then competency, in one read. */
export function agreedOfLatestSigned(db: Database): Map<number, Map<string, number>> {
  const rows = sql(
    db,
    `${LATEST_SIGNED}
     SELECT r.assessment_id, r.competency_id, r.agreed_rating FROM latest JOIN assessment_rating r ON r.assessment_id = latest.id
     WHERE r.agreed_rating IS NOT NULL`,
  )
    .raw(true)
    .all() as [number, string, number][];
  const byAssessment = new Map<number, Map<string, number>>();
  for (const [assessmentId, competencyId, rating] of rows) {
    let agreed = byAssessment.get(assessmentId);
    if (!agreed) byAssessment.set(assessmentId, (agreed = new Map()));
    agreed.set(competencyId, rating);
  }
  return byAssessment;
}

export function insertAssessment(
  db: Database,
  a: Pick<Assessment, 'workerId' | 'frameworkId' | 'frameworkVersion' | 'kind' | 'createdAt'>,
): number {
  return Number(
    sql(
      db,
      `INSERT INTO assessment (worker_id, framework_id, framework_version, kind, status, created_at)
       VALUES (@workerId, @frameworkId, @frameworkVersion, @kind, 'draft', @createdAt)`,
    ).run(a).lastInsertRowid,
  );
}

/** The account that signed and the e-mail it signed in with at the time (team mode only). */
export type SigningAccount = { id: number; email: string } | null;

export function setAssessmentState(
  db: Database,
  id: number,
  state: Pick<Assessment, 'status' | 'submittedAt' | 'signedAt' | 'signedBy'> & { signedAccount?: SigningAccount },
): void {
  const { signedAccount, ...rest } = state;
  sql(
    db,
    `UPDATE assessment SET status = @status, submitted_at = @submittedAt, signed_at = @signedAt, signed_by = @signedBy,
       signed_account_id = @accountId, signed_email = @email WHERE id = @id`,
  ).run({ ...rest, accountId: signedAccount?.id ?? null, email: signedAccount?.email ?? null, id });
}

interface StoredRating extends Omit<RatingEntry, 'evidenceRecordIds'> {
  evidenceRecordIds: string;
}

export function ratingsOf(db: Database, assessmentId: number): RatingEntry[] {
  const rows = sql(
    db,
    `SELECT competency_id AS competencyId, self_rating AS selfRating, reflection, evidence_record_ids AS evidenceRecordIds,
            agreed_rating AS agreedRating, supervisor_comment AS supervisorComment
     FROM assessment_rating WHERE assessment_id = ?`,
  ).all(assessmentId) as StoredRating[];
  return rows.map((r) => ({ ...r, evidenceRecordIds: JSON.parse(r.evidenceRecordIds) as number[] }));
}

export function upsertRating(db: Database, assessmentId: number, r: RatingEntry): void {
  sql(
    db,
    `INSERT INTO assessment_rating (assessment_id, competency_id, self_rating, reflection, evidence_record_ids, agreed_rating, supervisor_comment)
     VALUES (@assessmentId, @competencyId, @selfRating, @reflection, @evidence, @agreedRating, @supervisorComment)
     ON CONFLICT (assessment_id, competency_id) DO UPDATE SET self_rating = excluded.self_rating, reflection = excluded.reflection,
       evidence_record_ids = excluded.evidence_record_ids, agreed_rating = excluded.agreed_rating, supervisor_comment = excluded.supervisor_comment`,
  ).run({ ...r, assessmentId, evidence: JSON.stringify(r.evidenceRecordIds) });
}

export function insertSignedVersion(
  db: Database,
  assessmentId: number,
  signedAt: string,
  signedBy: string,
  snapshot: unknown,
  account: SigningAccount = null,
): void {
  sql(
    db,
    `INSERT INTO assessment_signed_version (assessment_id, signed_at, signed_by, signed_account_id, signed_email, snapshot)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(assessmentId, signedAt, signedBy, account?.id ?? null, account?.email ?? null, JSON.stringify(snapshot));
}

export function signedVersionsOf(db: Database, assessmentId: number): AssessmentDetail['signedVersions'] {
  const rows = sql(
    db,
    `SELECT signed_at AS signedAt, signed_by AS signedBy, signed_account_id AS accountId, signed_email AS email,
            reopened_at AS reopenedAt, reopen_reason AS reopenReason
     FROM assessment_signed_version WHERE assessment_id = ? ORDER BY id`,
  ).all(assessmentId) as {
    signedAt: string;
    signedBy: string;
    accountId: number | null;
    email: string | null;
    reopenedAt: string | null;
    reopenReason: string | null;
  }[];
  return rows.map(({ accountId, email, ...v }) => ({
    ...v,
    signature: signatureOf({ name: v.signedBy, at: v.signedAt, accountId, email }, 'actingAs') ?? {
      kind: 'actingAs',
      name: v.signedBy,
      at: v.signedAt,
    },
  }));
}

export function markLatestSignedVersionReopened(db: Database, assessmentId: number, at: string, reason: string): void {
  sql(
    db,
    `UPDATE assessment_signed_version SET reopened_at = ?, reopen_reason = ?
     WHERE id = (SELECT max(id) FROM assessment_signed_version WHERE assessment_id = ?)`,
  ).run(at, reason, assessmentId);
}

/** Competencies in each framework version, keyed `id@version`. */
function competencyCounts(db: Database): Map<string, number> {
  const rows = sql(
    db,
    `SELECT framework_id || '@' || version, (SELECT count(*) FROM json_each(document, '$.areas') AS area,
       json_each(area.value, '$.competencies')) FROM framework_version`,
  )
    .raw(true)
    .all() as [string, number][];
  return new Map(rows);
}

/**
 * Every assessment as evidence for the status engine: its state, when it was signed, and how much of its framework
 * has an agreed rating, so the sign-off rule in force decides whether it counts (compliance/fact-sources.ts).
 */
export function assessmentFactsByWorker(db: Database, workers?: readonly number[]): Map<number, AssessmentEvidence[]> {
  const competencies = competencyCounts(db);
  const rows = rowsOfWorkers(
    db,
    `SELECT worker_id, status, signed_at, framework_id || '@' || framework_version,
       (SELECT count(*) FROM assessment_rating r WHERE r.assessment_id = assessment.id AND r.agreed_rating IS NOT NULL)
     FROM assessment`,
    workers,
  ) as [number, Assessment['status'], string | null, string, number][];
  const byWorker = new Map<number, AssessmentEvidence[]>();
  for (const [workerId, status, signedAt, framework, agreed] of rows) {
    const evidence: AssessmentEvidence = {
      signedOn: status === 'signed' && signedAt ? ukDateOf(new Date(signedAt)) : null,
      agreed,
      competencies: competencies.get(framework) ?? 0,
    };
    const list = byWorker.get(workerId);
    if (list) list.push(evidence);
    else byWorker.set(workerId, [evidence]);
  }
  return byWorker;
}

export function actionsOf(db: Database, workerId: number): Omit<DevelopmentAction, 'overdue'>[] {
  return sql(
    db,
    `SELECT id, worker_id AS workerId, competency_id AS competencyId, description, target_date AS targetDate, status, created_at AS createdAt
     FROM development_action WHERE worker_id = ? ORDER BY target_date, id`,
  ).all(workerId) as Omit<DevelopmentAction, 'overdue'>[];
}

export function findAction(db: Database, id: number): Omit<DevelopmentAction, 'overdue'> | undefined {
  return sql(
    db,
    `SELECT id, worker_id AS workerId, competency_id AS competencyId, description, target_date AS targetDate, status, created_at AS createdAt
     FROM development_action WHERE id = ?`,
  ).get(id) as Omit<DevelopmentAction, 'overdue'> | undefined;
}

export function insertAction(db: Database, a: Omit<DevelopmentAction, 'id' | 'overdue'>): number {
  return Number(
    sql(
      db,
      `INSERT INTO development_action (worker_id, competency_id, description, target_date, status, created_at)
       VALUES (@workerId, @competencyId, @description, @targetDate, @status, @createdAt)`,
    ).run(a).lastInsertRowid,
  );
}

export function updateAction(db: Database, a: Omit<DevelopmentAction, 'overdue' | 'createdAt'>): void {
  sql(
    db,
    'UPDATE development_action SET competency_id = @competencyId, description = @description, target_date = @targetDate, status = @status WHERE id = @id',
  ).run(a);
}
