import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import type { Caller } from '../../src/backend/access/caller.ts';
import { ANONYMOUS, PERSONAL } from '../../src/backend/access/caller.ts';
import { valueAt, workersNamed } from '../../src/backend/access/authorise.ts';
import { findAccount, insertAccount } from '../../src/backend/accounts/queries.ts';
import { callerOfAccount } from '../../src/backend/accounts/service.ts';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/api/contract.ts';
import { contract } from '../../src/shared/api/contract.ts';
import type { Envelope } from '../../src/shared/api/envelope.ts';
import { tempDir } from '../support/backend.ts';

/**
 * Every method of the contract, called by seven people about one worker W, answers as the policy says: the value,
 * FORBIDDEN or UNAUTHENTICATED; a refused call writes nothing. The expectations are written out below, by hand,
 * so a wrong policy in the contract fails here.
 *
 * Each call runs inside a transaction that is rolled back afterwards, so every call meets the same data (a call
 * that succeeds and writes cannot change the next one's answer), and what a call needs first (a draft assessment,
 * a claim in progress) is made inside that transaction, by the computer's user, before the call.
 */

const WHO = ['lead', 'viewer', 'supW', 'supX', 'W', 'V', 'out'] as const;
type Who = (typeof WHO)[number];

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
  'worker.create':               'Y    N     N    N    N  N  S',
  'worker.update':               'Y    N     N    N    N  N  S',
  'worker.markLeaver':           'Y    N     N    N    N  N  S',
  'worker.removeMadeInError':    'Y    N     N    N    N  N  S',

  'audit.list':                  'Y    Y     Y    N    Y  N  S',

  'requirement.list':            'Y    Y     N    N    N  N  S',
  'requirement.save':            'Y    N     N    N    N  N  S',
  'requirement.setRetired':      'Y    N     N    N    N  N  S',
  'requirement.import':          'Y    N     N    N    N  N  S',
  'requirement.export':          'Y    Y     N    N    N  N  S',
  'settings.get':                'Y    Y     Y    Y    Y  Y  S',
  'settings.update':             'Y    N     N    N    N  N  S',

  'training.record':             'Y    N     Y    N    Y  N  S',
  'training.exempt':             'Y    N     Y    N    N  N  S',
  'training.endExemption':       'Y    N     Y    N    N  N  S',
  'training.verify':             'Y    N     N    N    N  N  S',
  'evidence.get':                'Y    Y     Y    N    Y  N  S',
  'compliance.matrix':           'Y    Y     Y    Y    Y  Y  S',
  'compliance.worker':           'Y    Y     Y    N    Y  N  S',
  'induction.pdf':               'Y    Y     Y    N    Y  N  S',

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

/** The people in the example PCN the callers are, found once the example is loaded. */
interface Ids {
  w: number;
  v: number;
  /** W's supervisor (a colleague), and V's, who does not supervise W. */
  supW: number;
  supX: number;
  /** Other workers W's supervisor supervises, and V's. */
  superviseesOfSupW: number[];
  superviseesOfSupX: number[];
  /** W's latest signed assessment and supervision session (signed by both), an open supervision action of W's. */
  signedAssessment: number;
  signedSession: number;
  supervisionAction: number;
  /** Development actions and certificates of W and of V, made for this test. */
  actionOfW: number;
  actionOfV: number;
  fileOfW: number;
  fileOfV: number;
  /** V's signed assessment and session. */
  assessmentOfV: number;
  sessionOfV: number;
  /** W's account (the SERVER helper's account.* methods need one to act on). */
  accountOfW: number;
  competencyId: string;
  frameworkId: string;
}

const NOW = '2026-11-24T10:00:00Z';
const TODAY = '2026-11-24';
const MONTH = '2026-10';
const PDF = Buffer.from('%PDF-1.4\n% access table test\n%%EOF\n');

interface Env {
  backend: Backend;
  ids: Ids;
  /** Calls as the computer's user (personal mode), failing the test on any refusal: for preparing data. */
  as: <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;
  who: Who;
}

async function valueOf<T>(envelope: Promise<Envelope<T>>, what: string): Promise<T> {
  const answer = await envelope;
  if (!answer.ok) throw new Error(`${what} failed: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

/** A draft self-assessment of W's, rated on one competency (and submitted, and agreed, as asked). */
async function assessmentOfW(env: Env, upTo: 'draft' | 'rated' | 'submitted' | 'agreed'): Promise<number> {
  const { id } = await env.as('assessment.start', { workerId: env.ids.w });
  if (upTo === 'draft') return id;
  await env.as('assessment.saveRating', { assessmentId: id, competencyId: env.ids.competencyId, selfRating: 2 });
  if (upTo === 'rated') return id;
  await env.as('assessment.submit', { id });
  if (upTo === 'submitted') return id;
  // In personal mode only the supervisor chosen under "Acting as" agrees ratings: the test acts as W's.
  await env.as('assessment.review', { assessmentId: id, competencyId: env.ids.competencyId, agreedRating: 2 });
  return id;
}

/** A draft claim for the month with every line excluded, so it can be checked; checked and submitted as asked. */
async function claimOfMonth(env: Env, upTo: 'draft' | 'clear' | 'checked' | 'submitted'): Promise<number> {
  const view = await env.as('claim.start', { month: MONTH });
  const id = view.claim?.id ?? 0;
  if (upTo === 'draft') return id;
  for (const line of view.data.lines)
    await env.as('claim.decideLine', { id, workerId: line.workerId, decision: 'exclude', reason: 'test' });
  if (upTo === 'clear') return id;
  await env.as('claim.check', { id });
  if (upTo === 'checked') return id;
  await env.as('claim.submit', { id, submittedOn: TODAY, portalReference: 'CQRS-1' });
  return id;
}

const sessionFieldsOfW = (env: Env, date = '2026-11-20') => ({
  workerId: env.ids.w,
  date,
  kind: 'Clinical or professional',
  supervisorId: env.ids.supW,
  durationMinutes: 60,
  caseloadActive: 20,
  newReferrals: 3,
  casesDiscussed: 'Two people with housing problems',
  nextDate: null,
});

const newRate = {
  role: 'splw',
  area: 'national',
  effectiveFrom: '2031-04-01',
  effectiveTo: '2032-03-31',
  annualMaxPence: 4_500_000,
  source: 'test',
  mark: 'P',
} as const;

/**
 * A valid input about W for every method, made in the transaction the call runs in (so what it prepares is rolled
 * back with it). A method with no sample fails the test.
 */
const SAMPLES: Record<string, (env: Env) => unknown> = {
  'app.status': () => ({}),
  'app.setUpPcn': () => ({
    pcn: { name: 'Riverside PCN', odsCode: 'U12345', fullTimeHours: 37.5 },
    practices: [{ name: 'Riverside Surgery', odsCode: 'A81001' }],
    leadPracticeIndex: 0,
  }),
  'app.loadExample': () => ({}),
  'app.setCurrentUser': ({ ids }) => ({ person: { kind: 'worker', id: ids.w } }),

  'pcn.get': () => ({}),
  'pcn.update': async ({ as }) => as('pcn.get', {}),
  'practice.list': () => ({}),
  'practice.create': () => ({ name: 'New Surgery', odsCode: 'B99001' }),
  'practice.update': async ({ as }) => (await as('practice.list', {}))[0],
  'employer.list': () => ({}),
  'employer.create': () => ({ name: 'New Provider', kind: 'subcontracted' }),
  'employer.update': async ({ as }) => (await as('employer.list', {}))[0],
  'colleague.list': () => ({}),
  'colleague.create': () => ({ name: 'Dr New Colleague', jobTitle: 'GP partner', practiceId: 1 }),
  'colleague.update': async ({ as, ids }) => (await as('colleague.list', {})).find((c) => c.id === ids.supW),

  'worker.list': () => ({}),
  'worker.get': ({ ids }) => ({ id: ids.w }),
  'worker.create': async ({ as, ids }) => ({ ...(await as('worker.get', { id: ids.w })), name: 'New Worker' }),
  'worker.update': async ({ as, ids }) => ({ id: ids.w, fields: await as('worker.get', { id: ids.w }) }),
  'worker.markLeaver': ({ ids }) => ({ id: ids.w, leavingDate: '2026-12-31' }),
  // A record made in error has nothing on it yet: one W's supervisor also supervises, made just now.
  'worker.removeMadeInError': async ({ as, ids }) => {
    const made = await as('worker.create', { ...(await as('worker.get', { id: ids.w })), name: 'Made In Error' });
    return { id: made.id, reason: 'Entered twice' };
  },

  'audit.list': ({ ids }) => ({ workerId: ids.w, limit: 20, offset: 0 }),

  'requirement.list': () => ({}),
  'requirement.save': () => ({
    isNew: true,
    fields: {
      id: 'test-requirement',
      title: 'Test requirement',
      kind: 'training',
      roles: ['splw'],
      due: { type: 'after_start', months: 3 },
      renewalMonths: null,
      blocksClaim: false,
    },
  }),
  'requirement.setRetired': () => ({ id: 'splw-pci-training', retired: true }),
  'requirement.import': async ({ as }) => ({ text: (await as('requirement.export', {})).text }),
  'requirement.export': () => ({}),
  'settings.get': () => ({}),
  'settings.update': async ({ as }) => ({ ...(await as('settings.get', {})), expiringSoonDays: 45 }),

  'training.record': ({ ids }) => ({
    workerId: ids.w,
    requirementId: 'splw-pci-training',
    status: 'completed',
    completedOn: '2026-11-01',
    evidence: [{ fileName: 'certificate.pdf', dataBase64: PDF.toString('base64') }],
  }),
  'training.exempt': ({ ids }) => ({
    workerId: ids.w,
    requirementId: 'splw-pci-training',
    reason: 'Trained elsewhere',
  }),
  'training.endExemption': async ({ as, ids }) => {
    await as('training.exempt', { workerId: ids.w, requirementId: 'splw-pci-training', reason: 'Trained elsewhere' });
    return { workerId: ids.w, requirementId: 'splw-pci-training' };
  },
  'training.verify': async ({ backend, ids }) => {
    // W records their own training: it stays self-reported until the lead verifies it.
    const own = await valueOf(
      backend.callAs(callers.W, 'training.record', {
        workerId: ids.w,
        requirementId: 'fire-safety',
        status: 'completed',
        completedOn: '2026-11-02',
      }),
      'W recording their own training',
    );
    return { recordId: own.id };
  },
  'evidence.get': ({ ids }) => ({ fileId: ids.fileOfW }),
  'compliance.matrix': () => ({}),
  'compliance.worker': ({ ids }) => ({ workerId: ids.w }),
  'induction.pdf': ({ ids }) => ({ workerId: ids.w }),

  'framework.list': () => ({}),
  'framework.get': ({ ids }) => ({ id: ids.frameworkId }),
  'framework.import': async ({ as, ids }) => ({
    format: 'json',
    text: (await as('framework.export', { id: ids.frameworkId, format: 'json' })).text,
  }),
  'framework.export': ({ ids }) => ({ id: ids.frameworkId, format: 'json' }),
  'framework.editCompetency': ({ ids }) => ({
    frameworkId: ids.frameworkId,
    competencyId: ids.competencyId,
    title: 'A clearer title',
    description: 'In our own words',
  }),
  'assessment.start': ({ ids }) => ({ workerId: ids.w }),
  'assessment.get': ({ ids }) => ({ id: ids.signedAssessment }),
  'assessment.saveRating': async (env) => ({
    assessmentId: await assessmentOfW(env, 'draft'),
    competencyId: env.ids.competencyId,
    selfRating: 3,
    reflection: 'I have grown',
  }),
  'assessment.submit': async (env) => ({ id: await assessmentOfW(env, 'rated') }),
  'assessment.review': async (env) => ({
    assessmentId: await assessmentOfW(env, 'submitted'),
    competencyId: env.ids.competencyId,
    agreedRating: 2,
  }),
  'assessment.sign': async (env) => ({ id: await assessmentOfW(env, 'agreed') }),
  'assessment.reopen': ({ ids }) => ({ id: ids.signedAssessment, reason: 'A rating was entered wrongly' }),
  'assessment.compare': ({ ids }) => ({ fromId: ids.signedAssessment, toId: ids.signedAssessment }),
  'assessment.pdf': ({ ids }) => ({ id: ids.signedAssessment }),
  'competency.profile': ({ ids }) => ({ workerId: ids.w }),
  'competency.heatmap': () => ({}),
  'action.save': ({ ids }) => ({
    id: ids.actionOfW,
    fields: {
      workerId: ids.w,
      competencyId: null,
      description: 'Shadow a colleague',
      targetDate: '2027-01-31',
      status: 'done',
    },
  }),

  'supervision.forWorker': ({ ids }) => ({ workerId: ids.w }),
  'supervision.get': ({ ids }) => ({ id: ids.signedSession }),
  'supervision.save': (env) => ({ id: null, fields: sessionFieldsOfW(env) }),
  // Each signs as themself: a supervisor as the supervisor, anyone else as the worker.
  'supervision.sign': async (env) => {
    const { id } = await env.as('supervision.save', { id: null, fields: sessionFieldsOfW(env) });
    return { sessionId: id, who: env.who.startsWith('sup') ? 'supervisor' : 'worker' };
  },
  'supervision.addendum': ({ ids }) => ({ sessionId: ids.signedSession, text: 'One more thing we agreed' }),
  'supervision.setActionStatus': ({ ids }) => ({ actionId: ids.supervisionAction, status: 'done' }),
  'supervision.openActions': () => ({}),
  'supervision.pdf': ({ ids }) => ({ id: ids.signedSession }),
  'supervision.logPdf': ({ ids }) => ({ workerId: ids.w, from: '2026-01-01', to: TODAY }),

  'rate.list': () => ({}),
  'rate.save': () => newRate,
  'rate.update': async ({ as }) => {
    const [rate] = (await as('rate.save', newRate)).filter((r) => r.effectiveFrom === newRate.effectiveFrom);
    return { id: rate?.id, fields: { ...newRate, source: 'corrected' } };
  },
  'rate.remove': async ({ as }) => {
    const [rate] = (await as('rate.save', newRate)).filter((r) => r.effectiveFrom === newRate.effectiveFrom);
    return { id: rate?.id };
  },
  'arrsSum.list': () => ({}),
  'arrsSum.save': () => ({ financialYear: '2031/32', tenthPence: 30000, source: 'test', mark: 'P' }),
  'arrsSum.remove': async ({ as }) => {
    await as('arrsSum.save', { financialYear: '2031/32', tenthPence: 30000, source: 'test', mark: 'P' });
    return { financialYear: '2031/32' };
  },
  'pay.history': ({ ids }) => ({ workerId: ids.w }),
  'pay.save': ({ ids }) => ({
    workerId: ids.w,
    effectiveFrom: '2026-11-01',
    annualSalaryPence: 3_100_000,
    ni: { kind: 'percent', basisPoints: 1380 },
    pension: { kind: 'percent', basisPoints: 1445 },
  }),
  'payroll.save': ({ ids }) => ({
    workerId: ids.w,
    month: MONTH,
    salaryPence: 250_000,
    niPence: 30_000,
    pensionPence: 36_000,
  }),
  'claim.view': () => ({ month: MONTH }),
  'claim.readiness': () => ({ month: MONTH }),
  'claim.position': () => ({ month: MONTH }),
  'claim.start': () => ({ month: MONTH }),
  'claim.check': async (env) => ({ id: await claimOfMonth(env, 'clear') }),
  'claim.submit': async (env) => ({
    id: await claimOfMonth(env, 'checked'),
    submittedOn: TODAY,
    portalReference: 'CQRS-1',
  }),
  'claim.paid': async (env) => ({ id: await claimOfMonth(env, 'submitted'), paidOn: TODAY }),
  'claim.confirmNwrs': ({ ids }) => ({ month: MONTH, workerId: ids.w }),
  'claim.csv': () => ({ month: MONTH }),
  'claim.pdf': () => ({ month: MONTH }),
  'claim.year': () => ({ financialYear: '2026/27' }),
  'claim.decideLine': async (env) => ({
    id: await claimOfMonth(env, 'draft'),
    workerId: env.ids.w,
    decision: 'exclude',
    reason: 'Claimed next month',
  }),
  'claim.removeDecision': async (env) => {
    const id = await claimOfMonth(env, 'draft');
    await env.as('claim.decideLine', { id, workerId: env.ids.w, decision: 'exclude', reason: 'Next month' });
    return { id, workerId: env.ids.w };
  },
  'claim.reopen': async (env) => ({ id: await claimOfMonth(env, 'checked') }),
  'claim.confirmNwrsAll': ({ ids }) => ({ month: MONTH, workerIds: [ids.w] }),
  'claim.unconfirmNwrsAll': async ({ as, ids }) => {
    await as('claim.confirmNwrs', { month: MONTH, workerId: ids.w });
    return { month: MONTH, workerIds: [ids.w] };
  },

  'account.list': () => ({}),
  'account.invite': ({ ids }) => ({
    person: { kind: 'worker', id: ids.superviseesOfSupW.find((id) => id !== ids.w) },
    email: 'new.person@nhs.net',
  }),
  'account.reissueLink': ({ ids }) => ({ accountId: ids.accountOfW }),
  'account.setRoles': ({ ids }) => ({ accountId: ids.accountOfW, lead: false, viewer: true }),
  'account.endSessions': ({ ids }) => ({ accountId: ids.accountOfW }),
  'account.linkPerson': async ({ as, ids }) => {
    const mentor = await as('colleague.create', { name: 'W as a mentor', jobTitle: 'Peer mentor', practiceId: null });
    return { accountId: ids.accountOfW, person: { kind: 'colleague', id: mentor.id } };
  },
};

/** Methods answered on a data file with no PCN yet (setting one up, loading the example). */
const ON_EMPTY_FILE = new Set(['app.setUpPcn', 'app.loadExample']);

/** Every table's every row, in sqlite_master's order: equal before and after means nothing was written. */
function dump(backend: Backend): Map<string, string> {
  const db = backend.ctx.db;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  return new Map(tables.map((name) => [name, JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).raw().all())]));
}

/** The tables whose rows differ between two dumps (or that appeared or went). */
function tablesChanged(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name));
}

const opened: { backend: Backend; dir: string }[] = [];
let example: Backend;
let empty: Backend;
let ids: Ids;
const callers = {} as Record<Who, Caller>;

function open(): Backend {
  const dir = tempDir('linkwork-access-');
  const backend = createBackend({ dataDir: dir, now: () => new Date(NOW), osUser: 'tester' });
  opened.push({ backend, dir });
  return backend;
}

const one = <T>(backend: Backend, query: string, ...params: unknown[]): T =>
  (backend.ctx.db
    .prepare(query)
    .pluck()
    .get(...params) as T) ?? (undefined as T);
const many = <T>(backend: Backend, query: string, ...params: unknown[]): T[] =>
  backend.ctx.db
    .prepare(query)
    .pluck()
    .all(...params) as T[];

beforeAll(async () => {
  example = open();
  empty = open();
  const as = <M extends MethodName>(method: M, input: InputOf<M>) => valueOf(example.call(method, input), method);
  await as('app.loadExample', {});

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
  expect(nobodys.length, 'two colleagues who supervise no one').toBeGreaterThanOrEqual(2);

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
  const framework = (await as('framework.list', {}))[0];
  if (!framework) throw new Error('the example has no framework');
  const document = await as('framework.get', { id: framework.id });
  ids = {
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
    expect(value === undefined || value === null || value === 0, `${name} found in the example`).toBe(false);
  // The computer's user prepares data, acting as W's supervisor (who alone agrees ratings in personal mode).
  await as('app.setCurrentUser', { person: { kind: 'colleague', id: supW } });
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

/** One call, by one caller, in a transaction rolled back afterwards. */
async function attempt(backend: Backend, method: MethodName, who: Who): Promise<Outcome> {
  const sample = SAMPLES[method];
  if (!sample) throw new Error(`${method} has no sample input in this test: add one to SAMPLES`);
  const db = backend.ctx.db;
  db.exec('BEGIN');
  try {
    const env: Env = {
      backend,
      ids,
      who,
      as: (m, input) => valueOf(backend.callAs(PERSONAL, m, input), `preparing ${method}: ${m}`),
    };
    const input = await sample(env);
    const before = dump(backend);
    const envelope = await backend.callAs(callers[who], method, input as never);
    if (envelope.ok) return { answer: 'Y', written: [] };
    const answer = ANSWER_OF_CODE[envelope.error.code] ?? `${envelope.error.code} (${envelope.error.message})`;
    return { answer, written: tablesChanged(before, dump(backend)) };
  } finally {
    db.exec('ROLLBACK');
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
    expect(heatmap.rows.every((r) => visible.has(r.workerId))).toBe(true);
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
      expect((await as(who, 'competency.heatmap', {})).rows.some((r) => r.workerId === ids.w)).toBe(false);
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
      const before = dump(example);
      const envelope = await example.callAs(callers[who], method, input);
      if (envelope.ok) return 'ok';
      expect(tablesChanged(before, dump(example)), `${method} refused to ${who} but wrote to`).toEqual([]);
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
