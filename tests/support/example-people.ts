import type { Backend } from '../../src/backend/backend.ts';
import type { Caller } from '../../src/backend/access/caller.ts';
import { ANONYMOUS } from '../../src/backend/access/caller.ts';
import { findAccount, insertAccount } from '../../src/backend/accounts/queries.ts';
import { callerOfAccount } from '../../src/backend/accounts/service.ts';
import type { InputOf, MethodName } from '../../src/shared/api/contract.ts';
import type { Ids, Who } from './method-samples.ts';
import { NOW, valueOf } from './method-samples.ts';

export const one = <T>(backend: Backend, query: string, ...params: unknown[]): T =>
  (backend.ctx.db
    .prepare(query)
    .pluck()
    .get(...params) as T) ?? (undefined as T);
export const many = <T>(backend: Backend, query: string, ...params: unknown[]): T[] =>
  backend.ctx.db
    .prepare(query)
    .pluck()
    .all(...params) as T[];

/**
 * Finds the people of the example PCN (loaded into `example` first) that every-method tests call as, gives each an
 * account (team mode's lead, viewer, supervisors and workers; and the signed-out caller), and makes certificates and
 * development actions for W and V. Afterwards the computer's user acts as W's supervisor, who alone agrees ratings
 * in personal mode.
 */
export async function examplePeople(example: Backend): Promise<{ ids: Ids; callers: Record<Who, Caller> }> {
  const as = <M extends MethodName>(method: M, input: InputOf<M>) => valueOf(example.call(method, input), method);
  const callers = {} as Record<Who, Caller>;

  // W is supervised by a colleague who supervises others too; V by another colleague. The lead and the viewer
  // are colleagues who supervise nobody.
  const supW = one<number>(
    example,
    'SELECT supervisor_id FROM worker GROUP BY supervisor_id HAVING count(*) >= 3 ORDER BY supervisor_id LIMIT 1',
  );
  const w = one<number>(
    example,
    'SELECT w.id FROM worker w JOIN assessment a ON a.worker_id = w.id WHERE w.supervisor_id = ? ORDER BY w.id LIMIT 1',
    supW,
  );
  const supX = one<number>(
    example,
    `SELECT supervisor_id FROM worker w JOIN assessment a ON a.worker_id = w.id
     WHERE supervisor_id <> ? GROUP BY supervisor_id HAVING count(DISTINCT w.id) >= 1 ORDER BY supervisor_id LIMIT 1`,
    supW,
  );
  const v = one<number>(
    example,
    'SELECT w.id FROM worker w JOIN assessment a ON a.worker_id = w.id WHERE supervisor_id = ? ORDER BY w.id LIMIT 1',
    supX,
  );
  const nobodys = many<number>(
    example,
    'SELECT id FROM colleague WHERE id NOT IN (SELECT supervisor_id FROM worker WHERE supervisor_id IS NOT NULL) ORDER BY id',
  );
  if (nobodys.length < 2) throw new Error('The example needs two colleagues who supervise no one');

  const account = (
    email: string,
    person: { workerId?: number; colleagueId?: number },
    lead = false,
    viewer = false,
  ) => {
    const id = insertAccount(example.ctx.db, {
      email,
      workerId: person.workerId ?? null,
      colleagueId: person.colleagueId ?? null,
      lead,
      viewer,
      at: NOW,
    });
    const row = findAccount(example.ctx.db, id);
    if (!row) throw new Error(`account ${email} was not stored`);
    return callerOfAccount(row);
  };
  callers.lead = account('lead@nhs.net', { colleagueId: nobodys[0] }, true);
  callers.viewer = account('viewer@nhs.net', { colleagueId: nobodys[1] }, false, true);
  callers.supW = account('sup.w@nhs.net', { colleagueId: supW });
  callers.supX = account('sup.x@nhs.net', { colleagueId: supX });
  callers.W = account('w@nhs.net', { workerId: w });
  callers.V = account('v@nhs.net', { workerId: v });
  callers.out = ANONYMOUS;

  // Certificates and development actions for W and for V.
  const certificate = async (workerId: number, text: string) => {
    const record = await as('training.record', {
      workerId,
      requirementId: 'splw-elfh-programme',
      status: 'completed',
      completedOn: '2026-10-01',
      evidence: [{ fileName: 'elfh.pdf', dataBase64: Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`).toString('base64') }],
    });
    return one<number>(example, 'SELECT file_id FROM record_evidence WHERE record_id = ?', record.id);
  };
  const action = async (workerId: number) =>
    (
      await as('action.save', {
        id: null,
        fields: {
          workerId,
          competencyId: null,
          description: 'Shadow a colleague',
          targetDate: '2027-01-31',
          status: 'open',
        },
      })
    )[0]?.id ?? 0;
  // W is a link worker: their framework, not another role's.
  const framework = (await as('framework.list', {})).find((f) => f.roles.includes('splw'));
  if (!framework) throw new Error('the example has no framework');
  const document = await as('framework.get', { id: framework.id });
  const ids: Ids = {
    w,
    v,
    supW,
    supX,
    superviseesOfSupW: many<number>(example, 'SELECT id FROM worker WHERE supervisor_id = ? ORDER BY id', supW),
    superviseesOfSupX: many<number>(example, 'SELECT id FROM worker WHERE supervisor_id = ? ORDER BY id', supX),
    signedAssessment: one<number>(
      example,
      "SELECT max(id) FROM assessment WHERE worker_id = ? AND status = 'signed'",
      w,
    ),
    signedSession: one<number>(
      example,
      `SELECT id FROM supervision_session WHERE worker_id = ? AND worker_signed_at IS NOT NULL
       AND supervisor_signed_at IS NOT NULL ORDER BY date DESC LIMIT 1`,
      w,
    ),
    supervisionAction: one<number>(
      example,
      `SELECT a.id FROM supervision_action a JOIN supervision_session s ON s.id = a.session_id
       WHERE s.worker_id = ? AND a.status = 'open' LIMIT 1`,
      w,
    ),
    actionOfW: await action(w),
    actionOfV: await action(v),
    fileOfW: await certificate(w, 'W'),
    fileOfV: await certificate(v, 'V'),
    assessmentOfV: one<number>(example, 'SELECT max(id) FROM assessment WHERE worker_id = ?', v),
    sessionOfV: one<number>(example, 'SELECT max(id) FROM supervision_session WHERE worker_id = ?', v),
    accountOfW: callers.W.kind === 'account' ? callers.W.accountId : 0,
    competencyId: document.areas[0]?.competencies[0]?.id ?? '',
    frameworkId: framework.id,
  };
  for (const [name, value] of Object.entries(ids))
    if (value === undefined || value === null || value === 0) throw new Error(`No ${name} was found in the example`);
  // The computer's user prepares data, acting as W's supervisor (who alone agrees ratings in personal mode).
  await as('app.setCurrentUser', { person: { kind: 'colleague', id: supW } });
  return { ids, callers };
}
