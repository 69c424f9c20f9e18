import type { Backend } from '../../src/backend/backend.ts';
import type { Caller } from '../../src/backend/access/caller.ts';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/api/contract.ts';
import type { Envelope } from '../../src/shared/api/envelope.ts';
import { unsubscribeToken } from '../../src/backend/mail/unsubscribe-links.ts';
import { selfRateTheRest } from './assessments.ts';
import { settingsFor, sharedTestSmtp } from './smtp.ts';
import { csvFile } from './spreadsheets.ts';

/**
 * A valid input for every method of the contract, about one worker W of the example PCN, shared by the tests that
 * call every method (who may call it; malformed and hostile inputs). A method with no sample fails those tests.
 */

/** The callers: the lead; the viewer; W's supervisor; a supervisor of others (V's); W; another worker V; signed out. */
export const WHO = ['lead', 'viewer', 'supW', 'supX', 'W', 'V', 'out'] as const;
export type Who = (typeof WHO)[number];

/** The people in the example PCN the callers are, found once the example is loaded. */
export interface Ids {
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

export const NOW = '2026-11-24T10:00:00Z';
export const TODAY = '2026-11-24';
export const MONTH = '2026-10';
const PDF = Buffer.from('%PDF-1.4\n% access table test\n%%EOF\n');

export interface Env {
  backend: Backend;
  ids: Ids;
  /** The accounts (and signed-out caller) of the people above. */
  callers: Record<Who, Caller>;
  /** Calls as the computer's user (personal mode), failing the test on any refusal: for preparing data. */
  as: <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;
  /** Who calls: one of the people above, or the computer's user in personal mode. */
  who: Who | 'personal';
}

export async function valueOf<T>(envelope: Promise<Envelope<T>>, what: string): Promise<T> {
  const answer = await envelope;
  if (!answer.ok) throw new Error(`${what} failed: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

/** A peer-support network W attended, for the CPD log. */
const peerNetworkOfW = (ids: Ids) => ({
  workerId: ids.w,
  fields: { date: '2026-11-18', kind: 'peer-network', title: 'ICS link worker network', hours: 1.5 },
});

/** A draft self-assessment of W's, with every competency rated (and submitted, and agreed, as asked). */
async function assessmentOfW(env: Env, upTo: 'draft' | 'rated' | 'submitted' | 'agreed'): Promise<number> {
  const { id } = await env.as('assessment.start', { workerId: env.ids.w });
  if (upTo === 'draft') return id;
  await selfRateTheRest(env.as, id);
  if (upTo === 'rated') return id;
  await env.as('assessment.submit', { id });
  if (upTo === 'submitted') return id;
  // In personal mode only the supervisor chosen under "Acting as" agrees ratings: the test acts as W's.
  await env.as('assessment.agree', { assessmentId: id, areaId: null });
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

export const sessionFieldsOfW = (env: Env, date = '2026-11-20') => ({
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

/** W's fire safety training, completed on 02/11/2026. */
const fireSafetyOfW = (ids: Ids) =>
  ({ workerId: ids.w, requirementId: 'fire-safety', status: 'completed', completedOn: '2026-11-02' }) as const;

/** A CSV of W's fire safety, completed `daysBefore` 24/11/2026: each undo sample imports a record of its own. */
async function fireSafetyCsvOfW(as: Env['as'], ids: Ids, daysBefore = 20) {
  const { name } = await as('worker.get', { id: ids.w });
  const completedOn = new Date(Date.UTC(2026, 10, 24 - daysBefore)).toISOString().slice(0, 10);
  return csvFile([
    ['Name', 'Course', 'Completed'],
    [name, 'fire-safety', completedOn],
  ]);
}
let importsUndone = 0;

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
export const SAMPLES: Record<string, (env: Env) => unknown> = {
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
  'worker.registerPdf': () => ({
    view: { search: '', showLeavers: false, sort: { key: 'name', descending: false } },
  }),
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
  'audit.csv': ({ ids }) => ({ workerId: ids.w, from: '2026-11-01', to: TODAY, action: null, entity: null }),
  'audit.checkIntegrity': () => ({}),

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
  'requirement.catalogueUpdate': () => ({}),
  'requirement.dismissCatalogueUpdate': () => ({ version: 2 }),
  'settings.get': () => ({}),
  'settings.update': async ({ as }) => ({ ...(await as('settings.get', {})), expiringSoonDays: 45 }),
  'mail.settings': () => ({}),
  'mail.saveSettings': () => settingsFor(2525),
  // A real send, to a mail server the tests start on loopback.
  'mail.sendTest': async ({ as }) => {
    await as('mail.saveSettings', settingsFor((await sharedTestSmtp()).port));
    return { to: 'test.recipient@nhs.net' };
  },
  'mail.preferences': () => ({}),
  'mail.savePreferences': () => ({ unsubscribed: ['training'] }),
  // W's link from a digest (in personal mode there is no account: well-formed, and refused as an unknown link).
  'mail.unsubscribeByLink': ({ backend, ids }) => ({
    token: unsubscribeToken(backend.ctx.db, { accountId: ids.accountOfW, kind: 'training' }),
    kind: 'training',
  }),

  'training.record': ({ ids }) => ({
    workerId: ids.w,
    requirementId: 'splw-pci-training',
    status: 'completed',
    completedOn: '2026-11-01',
    evidence: [{ fileName: 'certificate.pdf', dataBase64: PDF.toString('base64') }],
  }),
  'training.recordMany': ({ ids }) => ({
    workerIds: [ids.w, ids.v],
    requirementId: 'splw-pci-training',
    status: 'completed',
    completedOn: '2026-11-01',
    certificates: [{ workerId: ids.w, file: { fileName: 'certificate.pdf', dataBase64: PDF.toString('base64') } }],
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
  'training.verify': async ({ backend, ids, callers }) => {
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
  'training.correct': async ({ as, ids }) => {
    const { id } = await as('training.record', fireSafetyOfW(ids));
    return { recordId: id, status: 'completed', completedOn: '2026-11-03', reason: 'Typed the wrong day' };
  },
  'training.withdraw': async ({ as, ids }) => {
    const { id } = await as('training.record', fireSafetyOfW(ids));
    return { recordId: id, reason: 'Entered for the wrong person' };
  },
  'cpd.forWorker': ({ ids }) => ({ workerId: ids.w }),
  'cpd.add': ({ ids }) => ({
    ...peerNetworkOfW(ids),
    evidence: { fileName: 'attendance.pdf', dataBase64: PDF.toString('base64') },
  }),
  'cpd.update': async ({ as, ids }) => {
    const { id } = await as('cpd.add', peerNetworkOfW(ids));
    return { id, fields: { ...peerNetworkOfW(ids).fields, hours: 2 }, evidence: 'keep' };
  },
  'cpd.remove': async ({ as, ids }) => ({ id: (await as('cpd.add', peerNetworkOfW(ids))).id }),
  // W's example log may already hold the webinar: taken out first, so it is offered.
  'cpd.logSuggestion': async ({ as, ids }) => {
    const eventKey = 'national-sp-webinar:2026-11-11';
    const logged = (await as('cpd.forWorker', { workerId: ids.w })).entries.find((e) => e.eventKey === eventKey);
    if (logged) await as('cpd.remove', { id: logged.id });
    return { workerId: ids.w, eventKey };
  },
  'evidence.get': ({ ids }) => ({ fileId: ids.fileOfW }),
  'compliance.matrix': () => ({}),
  'compliance.calendar': ({ ids }) => ({ workerId: ids.w }),
  'compliance.calendarFeed': ({ ids }) => ({ workerId: ids.w }),
  'compliance.createCalendarFeed': ({ ids }) => ({ workerId: ids.w }),
  'compliance.revokeCalendarFeed': ({ ids }) => ({ workerId: ids.w }),
  'compliance.matrixPdf': () => ({
    filter: { search: '', role: '', employerId: null, practiceId: null, status: '', showLeavers: false },
  }),
  'compliance.worker': ({ ids }) => ({ workerId: ids.w }),
  'home.lead': () => ({}),
  'home.supervisor': ({ ids }) => ({ colleagueId: ids.supW }),
  'home.mine': ({ ids }) => ({ workerId: ids.w }),
  'report.compliance': () => ({ by: 'practice' }),
  'report.complianceCsv': () => ({ by: 'employer' }),
  'report.practicePdf': async ({ as }) => ({ practiceId: (await as('practice.list', {}))[0]?.id ?? 1 }),
  'report.employerPdf': async ({ as }) => ({ employerId: (await as('employer.list', {}))[0]?.id ?? 1 }),
  'search.query': () => ({ text: 'a' }),
  'notification.list': () => ({ offset: 0, limit: 20 }),
  'notification.markRead': () => ({ all: true }),
  'notification.desktopDue': () => ({}),
  'reminder.settings': () => ({}),
  'reminder.saveSettings': () => ({
    beforeDue: [{ daysBefore: 30, audience: ['person', 'supervisor'] }],
    overdue: { everyDays: 14, audience: ['lead'] },
  }),
  'import.dryRun': async ({ as, ids }) => fireSafetyCsvOfW(as, ids),
  'import.commit': async ({ as, ids }) => ({ ...(await fireSafetyCsvOfW(as, ids)), onlyValidRows: false }),
  'import.undo': async ({ as, ids }) => {
    const file = await fireSafetyCsvOfW(as, ids, 30 + (importsUndone += 1));
    const { batchId } = await as('import.commit', { ...file, onlyValidRows: false });
    return { batchId: batchId ?? 0 };
  },
  'import.list': () => ({}),
  'import.template': () => ({ kind: 'register', format: 'xlsx' }),
  'backup.list': () => ({}),
  'backup.now': () => ({ folder: null }),
  // A backup made just before, so there is one to restore.
  'backup.restore': async ({ as }) => ({ id: (await as('backup.now', { folder: null })).backup.id }),
  'pack.worker': ({ ids }) => ({ workerId: ids.w }),
  'pack.practice': async ({ as }) => ({ practiceId: (await as('practice.list', {}))[0]?.id ?? 1 }),

  'caseload.forWorker': ({ ids }) => ({ workerId: ids.w }),
  'caseload.save': ({ ids }) => ({
    workerId: ids.w,
    month: MONTH,
    counts: { referralsAccepted: 18, referralsDeclined: 2, contacts: 140, supportedAtEnd: 45, supportEnded: 12 },
  }),
  'caseload.overview': () => ({}),
  'caseload.import': async ({ as, ids }) => {
    const { name } = await as('worker.get', { id: ids.w });
    return csvFile([
      ['Clinician', 'Month', 'Referrals', 'Declined', 'Contacts'],
      [name, MONTH, '18', '2', '140'],
    ]);
  },
  'caseload.thresholds': () => ({}),
  'caseload.setThresholds': () => ({
    peoplePerYearMin: 180,
    peoplePerYearMax: 240,
    contactsPerPersonMin: 6,
    contactsPerPersonMax: 12,
  }),
  'induction.pdf': ({ ids }) => ({ workerId: ids.w }),
  'induction.undoTick': async ({ as, ids }) => {
    await as('training.record', { ...fireSafetyOfW(ids), requirementId: 'induction-splw-pathways' });
    return { workerId: ids.w, requirementId: 'induction-splw-pathways', reason: 'Ticked by mistake' };
  },

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
  'assessment.agree': async (env) => ({ assessmentId: await assessmentOfW(env, 'submitted'), areaId: null }),
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
  // Each signs as themself: a supervisor as the supervisor, anyone else as the worker; the computer's user types
  // the worker's name.
  'supervision.sign': async (env) => {
    const { id } = await env.as('supervision.save', { id: null, fields: sessionFieldsOfW(env) });
    if (env.who === 'personal')
      return { sessionId: id, who: 'worker', name: (await env.as('worker.get', { id: env.ids.w })).name };
    return { sessionId: id, who: env.who.startsWith('sup') ? 'supervisor' : 'worker' };
  },
  'supervision.addendum': ({ ids }) => ({ sessionId: ids.signedSession, text: 'One more thing we agreed' }),
  'supervision.setActionStatus': ({ ids }) => ({ actionId: ids.supervisionAction, status: 'done' }),
  'supervision.openActions': () => ({}),
  'supervision.pdf': ({ ids }) => ({ id: ids.signedSession }),
  'supervision.logPdf': ({ ids }) => ({ workerId: ids.w, from: '2026-01-01', to: TODAY }),

  'handout.pdf': ({ ids }) => ({ workerId: ids.w }),
  'handout.text': ({ ids }) => ({ workerId: ids.w }),
  'handout.details': ({ ids }) => ({ workerId: ids.w }),
  'handout.saveDetails': ({ ids }) => ({
    workerId: ids.w,
    phone: '01632 960123',
    email: 'link.worker@nhs.net',
    workingTimes: 'Monday to Wednesday',
  }),
  'handout.wording': () => ({}),
  'handout.saveWording': async ({ as }) => ({ ...(await as('handout.wording', {})), title: 'Meet {name}' }),

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
export const ON_EMPTY_FILE = new Set(['app.setUpPcn', 'app.loadExample']);

/** The sample input of a method, made in env; throws when the method has none. */
export async function sampleInput(method: MethodName, env: Env): Promise<unknown> {
  const sample = SAMPLES[method];
  if (!sample) throw new Error(`${method} has no sample input: add one to SAMPLES in tests/support/method-samples.ts`);
  return sample(env);
}
