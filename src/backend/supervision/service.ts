import type { OpenAction, SessionFields, SupervisionSession } from '../../shared/domain/supervision.ts';
import { isLocked } from '../../shared/domain/supervision.ts';
import { recordAudit } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { actor, inTransaction, today } from '../context.ts';
import { conflict, invalidField, notFound } from '../errors.ts';
import { findColleague } from '../pcn/queries.ts';
import { readAppSettings } from '../settings/app-settings.ts';
import { findWorker } from '../staff/queries.ts';
import * as q from './queries.ts';

function load(ctx: Ctx, id: number): SupervisionSession {
  const session = q.findSession(ctx.db, id);
  if (!session) throw notFound('supervision session', id);
  return session;
}

function assertValid(ctx: Ctx, f: SessionFields): void {
  if (!findWorker(ctx.db, f.workerId)) throw invalidField('workerId', 'That worker is not in the register');
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
      summary: `${id === null ? 'Recorded' : 'Changed'} a ${fields.kind.toLowerCase()} supervision session for ${saved.workerName}`,
      after: saved,
    });
    return saved;
  });
}

/** A typed name and the time: attribution, not authentication. Both signatures lock the record. */
export function sign(
  ctx: Ctx,
  input: { sessionId: number; who: 'worker' | 'supervisor'; name: string },
): SupervisionSession {
  return inTransaction(ctx, () => {
    const session = load(ctx, input.sessionId);
    if (session.date > today(ctx)) throw invalidField('date', 'A session dated in the future cannot be signed');
    const expected = input.who === 'worker' ? session.workerName : session.supervisorName;
    if (input.name.trim().toLowerCase() !== expected.toLowerCase()) {
      throw invalidField('name', `Type the ${input.who}'s name as recorded: ${expected}`);
    }
    if ((input.who === 'worker' ? session.workerSignature : session.supervisorSignature) !== null) {
      throw conflict(`The ${input.who} has already signed this record`);
    }
    q.setSignature(ctx.db, session.id, input.who, expected, ctx.now().toISOString());
    const signed = load(ctx, session.id);
    recordAudit(ctx, {
      action: 'supervision.sign',
      entity: 'supervision_session',
      entityId: session.id,
      workerId: session.workerId,
      summary: `${expected} signed the supervision record of ${session.date} as the ${input.who}${isLocked(signed) ? '; the record is now locked' : ''}`,
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
      workerId: session.workerId,
      summary: `Added an addendum to the supervision record of ${session.date}`,
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
      workerId: session.workerId,
      summary: `Marked a supervision action ${status === 'done' ? 'done' : 'open'} for ${session.workerName}`,
    });
  });
}

export function openActions(ctx: Ctx, workerId: number | null): OpenAction[] {
  const now = today(ctx);
  return q.openActions(ctx.db, workerId).map((a) => ({ ...a, overdue: a.dueDate < now }));
}
