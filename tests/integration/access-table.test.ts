import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import type { Caller } from '../../src/backend/access/caller.ts';
import { PERSONAL } from '../../src/backend/access/caller.ts';
import { valueAt, workersNamed } from '../../src/backend/access/authorise.ts';
import type { InputOf, MethodName } from '../../src/shared/api/contract.ts';
import { contract } from '../../src/shared/api/contract.ts';
import { tempDir } from '../support/backend.ts';
import { examplePeople, many } from '../support/example-people.ts';
import type { Env, Ids, Who } from '../support/method-samples.ts';
import { NOW, ON_EMPTY_FILE, SAMPLES, WHO, sampleInput, sessionFieldsOfW, valueOf } from '../support/method-samples.ts';
import { differences, fingerprint } from '../support/state-fingerprint.ts';

/**
 * Every method of the contract, called by seven people about one worker W, answers as the policy says: the value,
 * FORBIDDEN or UNAUTHENTICATED; a refused call writes nothing. The expectations are written out below, by hand,
 * so a wrong policy in the contract fails here.
 *
 * Each call runs inside a transaction that is rolled back afterwards, so every call meets the same data (a call
 * that succeeds and writes cannot change the next one's answer), and what a call needs first (a draft assessment,
 * a claim in progress) is made inside that transaction, by the computer's user, before the call.
 */

/**
 * Y: the value. N: FORBIDDEN. S: UNAUTHENTICATED (sign in first).
 * Columns: the lead; the viewer; W's supervisor; a supervisor of others (V's); W; another worker V; signed out.
 * Marked *: refused by the handler after the door let the call in (the lead cannot sign or agree ratings for a
 * supervisor, nor sign as the worker; "Acting as" is for personal mode only).
 */
// prettier-ignore
const EXPECTED: Record<string, string> = {
  //                             lead viewer supW supX W  V  out
  'app.status':                  'Y    Y     Y    Y    Y  Y  Y',
  'app.setUpPcn':                'Y    N     N    N    N  N  S',
  'app.loadExample':             'Y    N     N    N    N  N  S',
  'app.setCurrentUser':          'N*   N     N    N    N  N  S',

  'pcn.get':                     'Y    Y     Y    Y    Y  Y  S',
  'pcn.update':                  'Y    N     N    N    N  N  S',
  'practice.list':               'Y    Y     Y    Y    Y  Y  S',
  'practice.create':             'Y    N     N    N    N  N  S',
  'practice.update':             'Y    N     N    N    N  N  S',
  'employer.list':               'Y    Y     Y    Y    Y  Y  S',
  'employer.create':             'Y    N     N    N    N  N  S',
  'employer.update':             'Y    N     N    N    N  N  S',
  'colleague.list':              'Y    Y     Y    Y    Y  Y  S',
  'colleague.create':            'Y    N     N    N    N  N  S',
  'colleague.update':            'Y    N     N    N    N  N  S',

  'worker.list':                 'Y    Y     Y    Y    Y  Y  S',
  'worker.get':                  'Y    Y     Y    N    Y  N  S',
  'worker.registerPdf':          'Y    Y     Y    Y    Y  Y  S',
  'worker.create':               'Y    N     N    N    N  N  S',
  'worker.update':               'Y    N     N    N    N  N  S',
  'worker.markLeaver':           'Y    N     N    N    N  N  S',
  'worker.removeMadeInError':    'Y    N     N    N    N  N  S',

  'audit.list':                  'Y    Y     Y    N    Y  N  S',
  'audit.csv':                   'Y    Y     N    N    N  N  S',
  'audit.checkIntegrity':        'Y    N     N    N    N  N  S',

  'requirement.list':            'Y    Y     N    N    N  N  S',
  'requirement.save':            'Y    N     N    N    N  N  S',
  'requirement.setRetired':      'Y    N     N    N    N  N  S',
  'requirement.import':          'Y    N     N    N    N  N  S',
  'requirement.export':          'Y    Y     N    N    N  N  S',
  'requirement.catalogueUpdate': 'Y    N     N    N    N  N  S',
  'requirement.dismissCatalogueUpdate': 'Y    N     N    N    N  N  S',
  'settings.get':                'Y    Y     Y    Y    Y  Y  S',
  'settings.update':             'Y    N     N    N    N  N  S',
  'mail.settings':               'Y    N     N    N    N  N  S',
  'mail.saveSettings':           'Y    N     N    N    N  N  S',
  'mail.sendTest':               'Y    N     N    N    N  N  S',
  'mail.preferences':            'Y    Y     Y    Y    Y  Y  S',
  'mail.savePreferences':        'Y    Y     Y    Y    Y  Y  S',
  'mail.unsubscribeByLink':      'Y    Y     Y    Y    Y  Y  Y',

  'training.record':             'Y    N     Y    N    Y  N  S',
  'training.recordMany':         'Y    N     N    N    N  N  S',
  'training.exempt':             'Y    N     Y    N    N  N  S',
  'training.endExemption':       'Y    N     Y    N    N  N  S',
  'training.verify':             'Y    N     N    N    N  N  S',
  'training.correct':            'Y    N     Y    N    Y  N  S',
  'training.withdraw':           'Y    N     Y    N    N  N  S',
  'cpd.forWorker':               'Y    Y     Y    N    Y  N  S',
  'cpd.add':                     'Y    N     Y    N    Y  N  S',
  'cpd.update':                  'Y    N     Y    N    Y  N  S',
  'cpd.remove':                  'Y    N     Y    N    Y  N  S',
  'cpd.logSuggestion':           'Y    N     Y    N    Y  N  S',
  'evidence.get':                'Y    Y     Y    N    Y  N  S',
  'compliance.matrix':           'Y    Y     Y    Y    Y  Y  S',
  'compliance.worker':           'Y    Y     Y    N    Y  N  S',
  'compliance.calendar':         'Y    Y     Y    N    Y  N  S',
  'compliance.matrixPdf':        'Y    Y     Y    Y    Y  Y  S',
  'compliance.calendarFeed':     'Y    Y     N    N    Y  N  S',
  'compliance.createCalendarFeed': 'N*  N     N    N    Y  N  S',
  'compliance.revokeCalendarFeed': 'Y   N     N    N    Y  N  S',
  'home.lead':                   'Y    Y     N    N    N  N  S',
  'home.supervisor':             'Y    Y     Y    N*   N* N* S',
  'home.mine':                   'Y    Y     Y    N*   Y  N* S',

  'report.compliance':           'Y    Y     N    N    N  N  S',
  'report.complianceCsv':        'Y    Y     N    N    N  N  S',
  'report.practicePdf':          'Y    Y     N    N    N  N  S',
  'report.employerPdf':          'Y    Y     N    N    N  N  S',
  'search.query':                'Y    Y     Y    Y    Y  Y  S',
  'notification.list':           'Y    Y     Y    Y    Y  Y  S',
  'notification.markRead':       'Y    Y     Y    Y    Y  Y  S',
  'notification.desktopDue':     'Y    Y     Y    Y    Y  Y  S',
  'reminder.settings':           'Y    Y     Y    Y    Y  Y  S',
  'reminder.saveSettings':       'Y    N     N    N    N  N  S',
  'import.dryRun':               'Y    N     N    N    N  N  S',
  'import.commit':               'Y    N     N    N    N  N  S',
  'import.undo':                 'Y    N     N    N    N  N  S',
  'import.list':                 'Y    N     N    N    N  N  S',
  'import.template':             'Y    N     N    N    N  N  S',

  'backup.list':                 'Y    N     N    N    N  N  S',
  'backup.now':                  'Y    N     N    N    N  N  S',
  'backup.restore':              'Y    N     N    N    N  N  S',

  'pack.worker':                 'Y    Y     Y    N    Y  N  S',
  'pack.practice':               'Y    Y     N    N    N  N  S',

  'caseload.forWorker':          'Y    Y     Y    N    Y  N  S',
  'caseload.save':               'Y    N     Y    N    Y  N  S',
  'caseload.overview':           'Y    Y     N    N    N  N  S',
  'caseload.import':             'Y    N     N    N    N  N  S',
  'caseload.thresholds':         'Y    Y     Y    Y    Y  Y  S',
  'caseload.setThresholds':      'Y    N     N    N    N  N  S',

  'induction.pdf':               'Y    Y     Y    N    Y  N  S',
  'induction.undoTick':          'Y    N     Y    N    N  N  S',

  'framework.list':              'Y    Y     Y    Y    Y  Y  S',
  'framework.get':               'Y    Y     Y    Y    Y  Y  S',
  'framework.import':            'Y    N     N    N    N  N  S',
  'framework.export':            'Y    Y     N    N    N  N  S',
  'framework.editCompetency':    'Y    N     N    N    N  N  S',
  'assessment.start':            'Y    N     Y    N    Y  N  S',
  'assessment.get':              'Y    Y     Y    N    Y  N  S',
  'assessment.saveRating':       'Y    N     N    N    Y  N  S',
  'assessment.submit':           'Y    N     N    N    Y  N  S',
  'assessment.review':           'N*   N     Y    N    N  N  S',
  'assessment.agree':            'N*   N     Y    N    N  N  S',
  'assessment.sign':             'N*   N     Y    N    N  N  S',
  'assessment.reopen':           'N*   N     Y    N    N  N  S',
  'assessment.compare':          'Y    Y     Y    N    Y  N  S',
  'assessment.pdf':              'Y    Y     Y    N    Y  N  S',
  'competency.profile':          'Y    Y     Y    N    Y  N  S',
  'competency.heatmap':          'Y    Y     Y    Y    Y  Y  S',
  'action.save':                 'Y    N     Y    N    Y  N  S',

  'supervision.forWorker':       'Y    Y     Y    N    Y  N  S',
  'supervision.get':             'Y    Y     Y    N    Y  N  S',
  'supervision.save':            'Y    N     Y    N    N  N  S',
  'supervision.sign':            'N*   N     Y    N    Y  N  S',
  'supervision.addendum':        'Y    N     Y    N    N  N  S',
  'supervision.setActionStatus': 'Y    N     Y    N    Y  N  S',
  'supervision.openActions':     'Y    Y     Y    Y    Y  Y  S',
  'supervision.pdf':             'Y    Y     Y    N    Y  N  S',
  'supervision.logPdf':          'Y    Y     Y    N    Y  N  S',

  'handout.pdf':                 'Y    Y     Y    N    Y  N  S',
  'handout.text':                'Y    Y     Y    N    Y  N  S',
  'handout.details':             'Y    Y     Y    N    Y  N  S',
  'handout.saveDetails':         'Y    N     N    N    Y  N  S',
  'handout.wording':             'Y    N     N    N    N  N  S',
  'handout.saveWording':         'Y    N     N    N    N  N  S',

  'rate.list':                   'Y    Y     N    N    N  N  S',
  'rate.save':                   'Y    N     N    N    N  N  S',
  'rate.update':                 'Y    N     N    N    N  N  S',
  'rate.remove':                 'Y    N     N    N    N  N  S',
  'arrsSum.list':                'Y    Y     N    N    N  N  S',
  'arrsSum.save':                'Y    N     N    N    N  N  S',
  'arrsSum.remove':              'Y    N     N    N    N  N  S',
  'pay.history':                 'Y    Y     N    N    N  N  S',
  'pay.save':                    'Y    N     N    N    N  N  S',
  'payroll.save':                'Y    N     N    N    N  N  S',
  'claim.view':                  'Y    Y     N    N    N  N  S',
  'claim.readiness':             'Y    Y     N    N    N  N  S',
  'claim.position':              'Y    Y     N    N    N  N  S',
  'claim.start':                 'Y    N     N    N    N  N  S',
  'claim.check':                 'Y    N     N    N    N  N  S',
  'claim.submit':                'Y    N     N    N    N  N  S',
  'claim.paid':                  'Y    N     N    N    N  N  S',
  'claim.confirmNwrs':           'Y    N     N    N    N  N  S',
  'claim.csv':                   'Y    Y     N    N    N  N  S',
  'claim.pdf':                   'Y    Y     N    N    N  N  S',
  'claim.year':                  'Y    Y     N    N    N  N  S',
  'claim.decideLine':            'Y    N     N    N    N  N  S',
  'claim.removeDecision':        'Y    N     N    N    N  N  S',
  'claim.reopen':                'Y    N     N    N    N  N  S',
  'claim.confirmNwrsAll':        'Y    N     N    N    N  N  S',
  'claim.unconfirmNwrsAll':      'Y    N     N    N    N  N  S',

  'account.list':                'Y    N     N    N    N  N  S',
  'account.invite':              'Y    N     N    N    N  N  S',
  'account.reissueLink':         'Y    N     N    N    N  N  S',
  'account.setRoles':            'Y    N     N    N    N  N  S',
  'account.endSessions':         'Y    N     N    N    N  N  S',
  'account.linkPerson':          'Y    N     N    N    N  N  S',
};

type Answer = 'Y' | 'N' | 'S';
const ANSWER_OF_CODE: Record<string, Answer> = { FORBIDDEN: 'N', UNAUTHENTICATED: 'S' };

function expectedRow(method: string): Record<Who, Answer> {
  const cells = (EXPECTED[method] ?? '').split(/\s+/).map((c) => c.replace('*', ''));
  return Object.fromEntries(WHO.map((who, i) => [who, cells[i] as Answer])) as Record<Who, Answer>;
}

/** Every table's rows and the evidence files, to compare before and after a call. */
const stateOf = (backend: Backend) => fingerprint(backend.ctx.db, backend.ctx.dataDir);

const opened: { backend: Backend; dir: string }[] = [];
let example: Backend;
let empty: Backend;
let ids: Ids;
let callers: Record<Who, Caller>;

function open(): Backend {
  const dir = tempDir('linkwork-access-');
  const backend = createBackend({ dataDir: dir, now: () => new Date(NOW), osUser: 'tester' });
  opened.push({ backend, dir });
  return backend;
}

beforeAll(async () => {
  example = open();
  empty = open();
  const as = <M extends MethodName>(method: M, input: InputOf<M>) => valueOf(example.call(method, input), method);
  await as('app.loadExample', {});
  ({ ids, callers } = await examplePeople(example));
});

afterAll(() => {
  for (const { backend, dir } of opened.splice(0)) {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

interface Outcome {
  answer: Answer | string;
  /** The tables a refused call changed: none, always. */
  written: string[];
}

/** A restore replaces the data file and opens it afresh: it cannot run inside a transaction, and is not rolled back. */
const OUTSIDE_TRANSACTION: ReadonlySet<string> = new Set(['backup.restore']);

/** One call, by one caller, in a transaction rolled back afterwards. */
async function attempt(backend: Backend, method: MethodName, who: Who): Promise<Outcome> {
  const db = backend.ctx.db;
  const rolledBack = !OUTSIDE_TRANSACTION.has(method);
  if (rolledBack) db.exec('BEGIN');
  try {
    const env: Env = {
      backend,
      ids,
      callers,
      who,
      as: (m, input) => valueOf(backend.callAs(PERSONAL, m, input), `preparing ${method}: ${m}`),
    };
    const input = await sampleInput(method, env);
    const before = stateOf(backend);
    const envelope = await backend.callAs(callers[who], method, input as never);
    if (envelope.ok) return { answer: 'Y', written: [] };
    const answer = ANSWER_OF_CODE[envelope.error.code] ?? `${envelope.error.code} (${envelope.error.message})`;
    return { answer, written: differences(before, stateOf(backend)) };
  } finally {
    if (rolledBack) db.exec('ROLLBACK');
  }
}

describe('who may call each method', () => {
  it('has an expected answer and a sample input for every method in the contract, and no others', () => {
    const methods = Object.keys(contract).sort();
    expect(
      methods.filter((m) => !(m in EXPECTED)),
      'methods with no row in EXPECTED',
    ).toEqual([]);
    expect(
      methods.filter((m) => !(m in SAMPLES)),
      'methods with no sample input',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((m) => !(m in contract)),
      'rows for methods not in the contract',
    ).toEqual([]);
    for (const [method, row] of Object.entries(EXPECTED))
      expect(row.split(/\s+/), `${method}: one answer per caller`).toHaveLength(WHO.length);
  });

  it.each(Object.keys(contract))('%s', async (method) => {
    const expected = expectedRow(method);
    const backend = ON_EMPTY_FILE.has(method) ? empty : example;
    const got = {} as Record<Who, Answer | string>;
    for (const who of WHO) {
      const { answer, written } = await attempt(backend, method as MethodName, who);
      got[who] = answer;
      expect(written, `${method} refused to ${who} but wrote to`).toEqual([]);
    }
    expect(got).toEqual(expected);
  });
});

describe('lists are cut to the workers the caller may see', () => {
  const as = async <M extends MethodName>(who: Who, method: M, input: InputOf<M>) =>
    valueOf(example.callAs(callers[who], method, input), `${method} as ${who}`);
  const sorted = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
  const seenBy = (who: Who): number[] | 'all' => {
    if (who === 'lead' || who === 'viewer') return 'all';
    if (who === 'supW') return ids.superviseesOfSupW;
    if (who === 'supX') return ids.superviseesOfSupX;
    return [who === 'W' ? ids.w : ids.v];
  };
  const everyone = () => many<number>(example, 'SELECT id FROM worker ORDER BY id');

  it.each(['lead', 'viewer', 'supW', 'supX', 'W', 'V'] as const)('the register and the matrix, as %s', async (who) => {
    const expected = seenBy(who) === 'all' ? everyone() : (seenBy(who) as number[]);
    expect(sorted((await as(who, 'worker.list', {})).map((w) => w.id))).toEqual(expected);
    expect(sorted((await as(who, 'compliance.matrix', {})).rows.map((r) => r[0]))).toEqual(expected);
  });

  it('gives worker W only W, and W’s supervisor W and their other supervisees only', async () => {
    expect((await as('W', 'worker.list', {})).map((w) => w.id)).toEqual([ids.w]);
    expect(ids.superviseesOfSupW.length).toBeGreaterThan(1);
    expect(ids.superviseesOfSupW).toContain(ids.w);
    expect(ids.superviseesOfSupW).not.toContain(ids.v);
  });

  it.each(['supW', 'supX', 'W', 'V'] as const)('open actions, the heatmap and the audit log, as %s', async (who) => {
    const visible = new Set(seenBy(who) as number[]);
    const actions = await as(who, 'supervision.openActions', {});
    expect(actions.every((a) => visible.has(a.workerId))).toBe(true);
    const heatmap = await as(who, 'competency.heatmap', {});
    expect(heatmap.frameworks.flatMap((f) => f.rows).every((r) => visible.has(r.workerId))).toBe(true);
    const caller = callers[who];
    const { entries, total } = await as(who, 'audit.list', { workerId: null, limit: 1000, offset: 0 });
    expect(total).toBe(entries.length);
    for (const entry of entries) {
      const own = caller.kind === 'account' && entry.actor.includes(`signed in as ${caller.email}`);
      expect(own || (entry.workerId !== null && visible.has(entry.workerId)), entry.summary).toBe(true);
    }
    // The cut is of everyone's: what is left out is there for the lead.
    const all = await as('lead', 'audit.list', { workerId: null, limit: 1000, offset: 0 });
    expect(all.total).toBeGreaterThan(total);
  });

  it('keeps pay and claims out of a supervisor’s and a worker’s audit log', async () => {
    const db = example.ctx.db;
    db.exec('BEGIN');
    try {
      await checkPayIsLeftOut();
    } finally {
      db.exec('ROLLBACK');
    }
  });

  async function checkPayIsLeftOut(): Promise<void> {
    await valueOf(
      example.call('pay.save', {
        workerId: ids.w,
        effectiveFrom: '2026-11-01',
        annualSalaryPence: 3_200_000,
        ni: { kind: 'percent', basisPoints: 1380 },
        pension: { kind: 'percent', basisPoints: 1445 },
      }),
      'pay.save',
    );
    for (const who of ['supW', 'W'] as const) {
      const { entries } = await as(who, 'audit.list', { workerId: ids.w, limit: 1000, offset: 0 });
      expect(entries.some((e) => e.entity === 'worker_pay')).toBe(false);
    }
    const { entries } = await as('viewer', 'audit.list', { workerId: ids.w, limit: 1000, offset: 0 });
    expect(entries.some((e) => e.entity === 'worker_pay')).toBe(true);
  }

  it('sends a supervisor of others, and another worker, none of W’s rows', async () => {
    for (const who of ['supX', 'V'] as const) {
      expect((await as(who, 'worker.list', {})).some((w) => w.id === ids.w)).toBe(false);
      expect((await as(who, 'compliance.matrix', {})).rows.some((r) => r[0] === ids.w)).toBe(false);
      expect((await as(who, 'supervision.openActions', {})).some((a) => a.workerId === ids.w)).toBe(false);
      const heatmap = await as(who, 'competency.heatmap', {});
      expect(heatmap.frameworks.some((f) => f.rows.some((r) => r.workerId === ids.w))).toBe(false);
    }
  });

  it('answers a worker who marks an action done with their own open actions only', async () => {
    const db = example.ctx.db;
    db.exec('BEGIN');
    try {
      const left = await as('W', 'supervision.setActionStatus', { actionId: ids.supervisionAction, status: 'done' });
      expect(left.every((a) => a.workerId === ids.w)).toBe(true);
    } finally {
      db.exec('ROLLBACK');
    }
  });
});

describe("a request that names another worker's record is refused and writes nothing", () => {
  /** Calls in a rolled-back transaction and answers the error code, checking nothing was written. */
  async function refusedCode<M extends MethodName>(who: Who, method: M, input: InputOf<M>): Promise<string> {
    const db = example.ctx.db;
    db.exec('BEGIN');
    try {
      const before = stateOf(example);
      const envelope = await example.callAs(callers[who], method, input);
      if (envelope.ok) return 'ok';
      expect(differences(before, stateOf(example)), `${method} refused to ${who} but wrote to`).toEqual([]);
      return envelope.error.code;
    } finally {
      db.exec('ROLLBACK');
    }
  }

  it("W's certificate is W's: V cannot open it, nor W V's", async () => {
    expect(await refusedCode('V', 'evidence.get', { fileId: ids.fileOfW })).toBe('FORBIDDEN');
    expect(await refusedCode('W', 'evidence.get', { fileId: ids.fileOfV })).toBe('FORBIDDEN');
    expect(await refusedCode('W', 'evidence.get', { fileId: ids.fileOfW })).toBe('ok');
  });

  it("W cannot take over V's development action by saving it under W's own id", async () => {
    const fields = {
      workerId: ids.w,
      competencyId: null,
      description: 'Mine now',
      targetDate: '2027-01-31',
      status: 'open' as const,
    };
    expect(await refusedCode('W', 'action.save', { id: ids.actionOfV, fields })).toBe('FORBIDDEN');
    expect(await refusedCode('W', 'action.save', { id: ids.actionOfW, fields })).toBe('ok');
  });

  it("W's supervisor cannot move V's supervision record to W", async () => {
    const fields = { ...sessionFieldsOfW({ ids } as Env), workerId: ids.w };
    expect(await refusedCode('supW', 'supervision.save', { id: ids.sessionOfV, fields })).toBe('FORBIDDEN');
    expect(await refusedCode('supW', 'supervision.save', { id: null, fields })).toBe('ok');
  });

  it("W cannot compare their own assessment with V's", async () => {
    const mixed = { fromId: ids.signedAssessment, toId: ids.assessmentOfV };
    expect(await refusedCode('W', 'assessment.compare', mixed)).toBe('FORBIDDEN');
    expect(await refusedCode('W', 'assessment.compare', { fromId: mixed.toId, toId: mixed.fromId })).toBe('FORBIDDEN');
  });

  it("V cannot record training, start an assessment or read the audit log under W's id", async () => {
    expect(
      await refusedCode('V', 'training.record', {
        workerId: ids.w,
        requirementId: 'splw-pci-training',
        status: 'completed',
        completedOn: '2026-11-01',
      }),
    ).toBe('FORBIDDEN');
    expect(await refusedCode('V', 'assessment.start', { workerId: ids.w })).toBe('FORBIDDEN');
    expect(await refusedCode('V', 'audit.list', { workerId: ids.w, limit: 10, offset: 0 })).toBe('FORBIDDEN');
  });

  it('refuses a record that does not exist without saying so, to all but the lead and the viewer', async () => {
    expect(await refusedCode('W', 'supervision.get', { id: 999_999 })).toBe('FORBIDDEN');
    expect(await refusedCode('supW', 'assessment.get', { id: 999_999 })).toBe('FORBIDDEN');
    expect(await refusedCode('viewer', 'supervision.get', { id: 999_999 })).toBe('NOT_FOUND');
    expect(await refusedCode('lead', 'assessment.get', { id: 999_999 })).toBe('NOT_FOUND');
  });
});

describe('locators', () => {
  it('read a dotted path into the input', () => {
    expect(valueAt({ fields: { workerId: 7 } }, 'fields.workerId')).toBe(7);
    expect(valueAt({ workerId: 7 }, 'workerId')).toBe(7);
    expect(valueAt({ fields: null }, 'fields.workerId')).toBeUndefined();
    expect(valueAt({ fields: { workerId: 7 } }, 'fields.toString')).toBeUndefined();
    expect(valueAt(null, 'workerId')).toBeUndefined();
  });

  it('name the owners of a record, skip an empty optional field, and name no one for a missing one', () => {
    const db = example.ctx.db;
    expect(workersNamed(db, { field: 'fields.workerId' }, { fields: { workerId: ids.w } })).toEqual([ids.w]);
    expect(workersNamed(db, { field: 'id', record: 'supervision_session' }, { id: ids.signedSession })).toEqual([
      ids.w,
    ]);
    expect(workersNamed(db, { field: 'id', record: 'development_action', optional: true }, { id: null })).toBe(
      'skipped',
    );
    expect(workersNamed(db, { field: 'id', record: 'development_action' }, { id: null })).toEqual([]);
    expect(workersNamed(db, { field: 'fileId', record: 'evidence_file' }, { fileId: ids.fileOfV })).toEqual([ids.v]);
    expect(workersNamed(db, { field: 'id', record: 'assessment' }, { id: 999_999 })).toEqual([]);
  });
});
