import type { Database } from 'better-sqlite3';
import type {
  Addendum,
  OpenAction,
  SessionAction,
  SessionFields,
  SupervisionSession,
} from '../../shared/domain/supervision.ts';
import { signatureOf } from '../../shared/rules/signatures.ts';
import { rowsOfWorkers, sql } from '../db/statements.ts';

interface StoredSession {
  id: number;
  workerId: number;
  workerName: string;
  date: string;
  kind: string;
  supervisorId: number | null;
  supervisorName: string;
  supervisorRole: string;
  durationMinutes: number;
  caseloadActive: number | null;
  newReferrals: number | null;
  casesDiscussed: string;
  risks: string;
  referralsBack: string;
  wellbeing: string;
  learningNeeds: string;
  learningCompetencyIds: string;
  nextDate: string | null;
  workerSignedName: string | null;
  workerSignedAt: string | null;
  workerSignedAccountId: number | null;
  workerSignedEmail: string | null;
  supervisorSignedName: string | null;
  supervisorSignedAt: string | null;
  supervisorSignedAccountId: number | null;
  supervisorSignedEmail: string | null;
  createdAt: string;
}

const columns = `s.id, s.worker_id AS workerId, w.name AS workerName, s.date, s.kind, s.supervisor_id AS supervisorId,
  coalesce(c.name, s.supervisor_name) AS supervisorName, coalesce(c.job_title, s.supervisor_role) AS supervisorRole,
  s.duration_minutes AS durationMinutes, s.caseload_active AS caseloadActive, s.new_referrals AS newReferrals,
  s.cases_discussed AS casesDiscussed, s.risks, s.referrals_back AS referralsBack, s.wellbeing, s.learning_needs AS learningNeeds,
  s.learning_competency_ids AS learningCompetencyIds, s.next_date AS nextDate, s.worker_signed_name AS workerSignedName,
  s.worker_signed_at AS workerSignedAt, s.worker_signed_account_id AS workerSignedAccountId,
  s.worker_signed_email AS workerSignedEmail, s.supervisor_signed_name AS supervisorSignedName,
  s.supervisor_signed_at AS supervisorSignedAt, s.supervisor_signed_account_id AS supervisorSignedAccountId,
  s.supervisor_signed_email AS supervisorSignedEmail, s.created_at AS createdAt`;
const from =
  'FROM supervision_session s JOIN worker w ON w.id = s.worker_id LEFT JOIN colleague c ON c.id = s.supervisor_id';

function hydrate(db: Database, r: StoredSession): SupervisionSession {
  const {
    learningCompetencyIds,
    workerSignedName,
    workerSignedAt,
    workerSignedAccountId,
    workerSignedEmail,
    supervisorSignedName,
    supervisorSignedAt,
    supervisorSignedAccountId,
    supervisorSignedEmail,
    ...rest
  } = r;
  return {
    ...rest,
    learningCompetencyIds: JSON.parse(learningCompetencyIds) as string[],
    workerSignature: signatureOf(
      { name: workerSignedName, at: workerSignedAt, accountId: workerSignedAccountId, email: workerSignedEmail },
      'typedName',
    ),
    supervisorSignature: signatureOf(
      {
        name: supervisorSignedName,
        at: supervisorSignedAt,
        accountId: supervisorSignedAccountId,
        email: supervisorSignedEmail,
      },
      'typedName',
    ),
    actions: sql(
      db,
      'SELECT id, session_id AS sessionId, description, owner, due_date AS dueDate, status FROM supervision_action WHERE session_id = ? ORDER BY id',
    ).all(r.id) as SessionAction[],
    addenda: sql(
      db,
      'SELECT id, text, author, created_at AS createdAt FROM supervision_addendum WHERE session_id = ? ORDER BY id',
    ).all(r.id) as Addendum[],
  };
}

export function findSession(db: Database, id: number): SupervisionSession | undefined {
  const row = sql(db, `SELECT ${columns} ${from} WHERE s.id = ?`).get(id) as StoredSession | undefined;
  return row && hydrate(db, row);
}

export function sessionsOfWorker(
  db: Database,
  workerId: number,
  range?: { from: string; to: string },
): SupervisionSession[] {
  const rows = range
    ? (sql(db, `SELECT ${columns} ${from} WHERE s.worker_id = ? AND s.date BETWEEN ? AND ? ORDER BY s.date, s.id`).all(
        workerId,
        range.from,
        range.to,
      ) as StoredSession[])
    : (sql(db, `SELECT ${columns} ${from} WHERE s.worker_id = ? ORDER BY s.date DESC, s.id DESC`).all(
        workerId,
      ) as StoredSession[]);
  return rows.map((r) => hydrate(db, r));
}

const params = (f: SessionFields) => ({ ...f, learningCompetencyIds: JSON.stringify(f.learningCompetencyIds) });

export function insertSession(db: Database, f: SessionFields, createdAt: string): number {
  return Number(
    sql(
      db,
      `INSERT INTO supervision_session (worker_id, date, kind, supervisor_id, supervisor_name, supervisor_role, duration_minutes,
         caseload_active, new_referrals, cases_discussed, risks, referrals_back, wellbeing, learning_needs, learning_competency_ids,
         next_date, created_at)
       VALUES (@workerId, @date, @kind, @supervisorId, @supervisorName, @supervisorRole, @durationMinutes, @caseloadActive,
         @newReferrals, @casesDiscussed, @risks, @referralsBack, @wellbeing, @learningNeeds, @learningCompetencyIds, @nextDate, @createdAt)`,
    ).run({ ...params(f), createdAt }).lastInsertRowid,
  );
}

export function updateSession(db: Database, id: number, f: SessionFields): void {
  sql(
    db,
    `UPDATE supervision_session SET date = @date, kind = @kind, supervisor_id = @supervisorId, supervisor_name = @supervisorName,
       supervisor_role = @supervisorRole, duration_minutes = @durationMinutes, caseload_active = @caseloadActive,
       new_referrals = @newReferrals, cases_discussed = @casesDiscussed, risks = @risks, referrals_back = @referralsBack,
       wellbeing = @wellbeing, learning_needs = @learningNeeds, learning_competency_ids = @learningCompetencyIds, next_date = @nextDate
     WHERE id = @id`,
  ).run({ ...params(f), id });
}

export function replaceActions(db: Database, sessionId: number, actions: SessionFields['actions']): void {
  sql(db, 'DELETE FROM supervision_action WHERE session_id = ?').run(sessionId);
  for (const a of actions) {
    sql(
      db,
      'INSERT INTO supervision_action (session_id, description, owner, due_date, status) VALUES (?, ?, ?, ?, ?)',
    ).run(sessionId, a.description, a.owner, a.dueDate, a.status);
  }
}

/** A signature: the name and time, and in team mode the account and the e-mail it signed in with. */
export interface SignatureColumns {
  name: string;
  at: string;
  account: { id: number; email: string } | null;
}

export function setSignature(db: Database, id: number, who: 'worker' | 'supervisor', s: SignatureColumns): void {
  const column = who === 'worker' ? 'worker' : 'supervisor';
  sql(
    db,
    `UPDATE supervision_session SET ${column}_signed_name = ?, ${column}_signed_at = ?, ${column}_signed_account_id = ?,
       ${column}_signed_email = ? WHERE id = ?`,
  ).run(s.name, s.at, s.account?.id ?? null, s.account?.email ?? null, id);
}

export function insertAddendum(db: Database, sessionId: number, text: string, author: string, createdAt: string): void {
  sql(db, 'INSERT INTO supervision_addendum (session_id, text, author, created_at) VALUES (?, ?, ?, ?)').run(
    sessionId,
    text,
    author,
    createdAt,
  );
}

export function setActionStatus(db: Database, actionId: number, status: 'open' | 'done'): void {
  sql(db, 'UPDATE supervision_action SET status = ? WHERE id = ?').run(status, actionId);
}

export function findActionSession(db: Database, actionId: number): number | undefined {
  return (
    sql(db, 'SELECT session_id AS s FROM supervision_action WHERE id = ?').get(actionId) as { s: number } | undefined
  )?.s;
}

export function openActions(db: Database, workerId: number | null) {
  const filter = workerId === null ? '' : 'AND s.worker_id = @workerId';
  return sql(
    db,
    `SELECT a.id, a.session_id AS sessionId, a.description, a.owner, a.due_date AS dueDate, a.status, s.worker_id AS workerId,
            w.name AS workerName, s.date AS sessionDate
     FROM supervision_action a JOIN supervision_session s ON s.id = a.session_id JOIN worker w ON w.id = s.worker_id
     WHERE a.status = 'open' ${filter} ORDER BY a.due_date, a.id`,
  ).all(workerId === null ? {} : { workerId }) as Omit<OpenAction, 'overdue'>[];
}

/** Every session's worker, kind and date, for the cadence of supervision in the status engine. */
export function sessionFactsByWorker(
  db: Database,
  workers?: readonly number[],
): Map<number, { kind: string; date: string }[]> {
  const rows = rowsOfWorkers(db, 'SELECT worker_id, kind, date FROM supervision_session', workers) as [
    number,
    string,
    string,
  ][];
  const byWorker = new Map<number, { kind: string; date: string }[]>();
  for (const [workerId, kind, date] of rows) {
    const list = byWorker.get(workerId);
    if (list) list.push({ kind, date });
    else byWorker.set(workerId, [{ kind, date }]);
  }
  return byWorker;
}
