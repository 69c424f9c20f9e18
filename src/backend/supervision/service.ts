import type { OpenAction, SessionFields, SupervisionSession } from '../../shared/domain/supervision.ts';
import { isLocked } from '../../shared/domain/supervision.ts';
import { formatUkDate } from '../../shared/rules/dates.ts';
import { withArticle } from '../../shared/rules/words.ts';
import { recordAudit } from '../audit/record.ts';
import { sealOf } from '../audit/seals.ts';
import type { Ctx } from '../context.ts';
import { actor, callerOf, inTransaction, today } from '../context.ts';
import { conflict, forbidden, invalidField, notFound } from '../errors.ts';
import { requireCompetencies } from '../competencies/frameworks.ts';
import { findColleague } from '../pcn/queries.ts';
import { requirePlausibleDates } from '../plausible.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { findWorker } from '../staff/queries.ts';
import * as q from './queries.ts';

function load(ctx: Ctx, id: number): SupervisionSession {
  const session = q.findSession(ctx.db, id);
  if (!session) throw notFound('supervision session', id);
  return session;
}

function assertValid(ctx: Ctx, f: SessionFields): void {
  requirePlausibleDates(ctx, [
    { field: 'date', date: f.date, kind: 'past', what: 'session date' },
    { field: 'nextDate', date: f.nextDate, kind: 'working', what: 'next session date' },
    ...f.actions.map((a, i) => ({
      field: `actions.${i}.dueDate`,
      date: a.dueDate,
      kind: 'working' as const,
      what: 'due date',
    })),
  ]);
  const worker = findWorker(ctx.db, f.workerId);
  if (!worker) throw invalidField('workerId', 'That worker is not in the register');
  requireCompetencies(ctx, worker.role, 'learningCompetencyIds', f.learningCompetencyIds);
  if (f.supervisorId !== null && !findColleague(ctx.db, f.supervisorId))
    throw invalidField('supervisorId', 'That supervisor is not in the register');
  if (!readAppSettings(ctx.db).supervisionKinds.includes(f.kind)) {
    throw invalidField('kind', `Unknown kind of supervision "${f.kind}": use one listed in Settings`);
  }
}

export function saveSession(ctx: Ctx, id: number | null, fields: SessionFields): SupervisionSession {
  return inTransaction(ctx, () => {
    assertValid(ctx, fields);
    let sessionId = id;
    if (sessionId === null) {
      sessionId = q.insertSession(ctx.db, fields, ctx.now().toISOString());
    } else {
      const before = load(ctx, sessionId);
      if (isLocked(before)) throw conflict('This record is signed by both and locked: add an addendum instead');
      if (before.workerSignature || before.supervisorSignature)
        throw conflict(
          'This record has been signed: changing it would void the signature; add an addendum after both sign',
        );
      q.updateSession(ctx.db, sessionId, fields);
    }
    q.replaceActions(ctx.db, sessionId, fields.actions);
    const saved = load(ctx, sessionId);
    recordAudit(ctx, {
      action: id === null ? 'supervision.create' : 'supervision.update',
      entity: 'supervision_session',
      entityId: sessionId,
      workerId: fields.workerId,
      summary: `${id === null ? 'Recorded' : 'Changed'} ${withArticle(fields.kind.toLowerCase())} supervision session for ${saved.workerName}`,
      after: saved,
    });
    return saved;
  });
}

type Party = 'worker' | 'supervisor';

/**
 * Who is signing. In team mode, the signed-in account, and only as themself: the worker on their own record,
 * the session's supervisor on theirs; nobody types a name (the lead cannot sign for either). In personal mode
 * Linkwork has no sign-in: a name typed on the record, which must match the one recorded, and is attribution,
 * not authentication.
 */
function signer(ctx: Ctx, session: SupervisionSession, who: Party, typed: string | undefined): q.SignatureColumns {
  const at = ctx.now().toISOString();
  const caller = callerOf(ctx);
  if (caller.kind === 'anonymous') throw forbidden('Sign in to Linkwork to sign a supervision record');
  if (caller.kind === 'account') {
    if (typed !== undefined)
      throw invalidField('name', 'You sign as the account you signed in with: no name is typed in team mode');
    if (who === 'worker' && caller.workerId !== session.workerId)
      throw forbidden(`Only ${session.workerName}, signed in as themself, can sign this record as the worker`);
    if (who === 'supervisor' && session.supervisorId === null)
      throw forbidden(
        `${session.supervisorName || 'The supervisor of this session'} is not in the register, so has no account to sign with`,
      );
    if (who === 'supervisor' && caller.colleagueId !== session.supervisorId)
      throw forbidden(
        `Only ${session.supervisorName}, who supervised this session, can sign it as the supervisor, signed in as themself`,
      );
    return { name: caller.name, at, account: { id: caller.accountId, email: caller.email } };
  }
  const expected = who === 'worker' ? session.workerName : session.supervisorName;
  if (typed === undefined) throw invalidField('name', 'Type your name to sign');
  if (typed.trim().toLowerCase() !== expected.toLowerCase())
    throw invalidField('name', `That is not the name recorded for the ${who} of this session`);
  return { name: expected, at, account: null };
}

/** Both signatures lock the record. */
export function sign(
  ctx: Ctx,
  input: { sessionId: number; who: Party; name?: string | undefined },
): SupervisionSession {
  return inTransaction(ctx, () => {
    const session = load(ctx, input.sessionId);
    if (session.date > today(ctx)) throw invalidField('date', 'A session dated in the future cannot be signed');
    const signature = signer(ctx, session, input.who, input.name);
    if ((input.who === 'worker' ? session.workerSignature : session.supervisorSignature) !== null) {
      throw conflict(`The ${input.who} has already signed this record`);
    }
    q.setSignature(ctx.db, session.id, input.who, signature);
    const signed = load(ctx, session.id);
    const how = signature.account
      ? `signed in as ${signature.account.email}`
      : 'a typed name: attribution, not authentication';
    recordAudit(ctx, {
      action: 'supervision.sign',
      entity: 'supervision_session',
      entityId: session.id,
      seals: isLocked(signed) ? [sealOf(ctx.db, 'supervision', session.id)] : [],
      workerId: session.workerId,
      summary: `${signature.name} (${how}) signed the supervision record of ${session.workerName} on ${formatUkDate(session.date)} as the ${input.who}${isLocked(signed) ? '; the record is now locked' : ''}`,
    });
    return signed;
  });
}

export function addAddendum(ctx: Ctx, sessionId: number, text: string): SupervisionSession {
  return inTransaction(ctx, () => {
    const session = load(ctx, sessionId);
    if (!isLocked(session))
      throw conflict('Edit the record itself until both have signed; addenda are for signed records');
    q.insertAddendum(ctx.db, sessionId, text, actor(ctx), ctx.now().toISOString());
    recordAudit(ctx, {
      action: 'supervision.addendum',
      entity: 'supervision_session',
      entityId: sessionId,
      seals: [sealOf(ctx.db, 'supervision', sessionId)],
      workerId: session.workerId,
      summary: `Added an addendum to the supervision record of ${session.workerName} on ${formatUkDate(session.date)}`,
      after: { text },
    });
    return load(ctx, sessionId);
  });
}

export function setActionStatus(ctx: Ctx, actionId: number, status: 'open' | 'done'): void {
  inTransaction(ctx, () => {
    const sessionId = q.findActionSession(ctx.db, actionId);
    if (sessionId === undefined) throw notFound('supervision action', actionId);
    const session = load(ctx, sessionId);
    q.setActionStatus(ctx.db, actionId, status);
    recordAudit(ctx, {
      action: 'supervision.action',
      entity: 'supervision_action',
      entityId: actionId,
      // Marking an action done is the one change a locked record allows: the record is sealed again.
      seals: isLocked(session) ? [sealOf(ctx.db, 'supervision', sessionId)] : [],
      workerId: session.workerId,
      summary: `Marked a supervision action ${status === 'done' ? 'done' : 'open'} for ${session.workerName}`,
    });
  });
}

export function openActions(ctx: Ctx, workerId: number | null): OpenAction[] {
  const now = today(ctx);
  return q.openActions(ctx.db, workerId).map((a) => ({ ...a, overdue: a.dueDate < now }));
}
