/**
 * The audit log's codes in words: each action a change is recorded as, and each kind of record it is about.
 * Every code Linkwork writes, or wrote in earlier versions, is listed here (a test reads the backend to check),
 * so the log, its filters and its export never show a code where a word belongs.
 */

export const AUDIT_AREAS = [
  'People and organisation',
  'Training',
  'Competencies',
  'Supervision',
  'ARRS claims',
  'Settings and catalogues',
  'Accounts and signing in',
  'Integrity',
] as const;
export type AuditArea = (typeof AUDIT_AREAS)[number];

interface ActionWords {
  label: string;
  area: AuditArea;
}

const people = (label: string): ActionWords => ({ label, area: 'People and organisation' });
const training = (label: string): ActionWords => ({ label, area: 'Training' });
const competencies = (label: string): ActionWords => ({ label, area: 'Competencies' });
const supervision = (label: string): ActionWords => ({ label, area: 'Supervision' });
const claims = (label: string): ActionWords => ({ label, area: 'ARRS claims' });
const settings = (label: string): ActionWords => ({ label, area: 'Settings and catalogues' });
const accounts = (label: string): ActionWords => ({ label, area: 'Accounts and signing in' });
const integrity = (label: string): ActionWords => ({ label, area: 'Integrity' });

/** In the order the action filter lists them, area by area. */
export const AUDIT_ACTIONS = {
  'pcn.setUp': people('PCN set up'),
  'pcn.update': people('PCN details changed'),
  'example.load': people('Example data loaded'),
  'worker.create': people('Worker added'),
  'worker.update': people('Worker details changed'),
  'worker.remove': people('Worker removed as made in error'),
  'import.register': people('Staff register imported'),
  'import.undoRegister': people('Staff register import undone'),
  'practice.create': people('Practice added'),
  'practice.update': people('Practice changed'),
  'employer.create': people('Employer added'),
  'employer.update': people('Employer changed'),
  'colleague.create': people('Supervisor or contact added'),
  'colleague.update': people('Supervisor or contact changed'),
  'app.setCurrentUser': people('"Acting as" changed'),
  'handout.details': people('Patient handout contact details changed'),
  'caseload.save': people('Caseload figures recorded'),
  'caseload.import': people('Caseload figures imported'),

  'training.record': training('Training recorded'),
  'training.verify': training('Training verified'),
  'training.correct': training('Training record corrected'),
  'training.withdraw': training('Training record withdrawn'),
  'import.commit': training('Training records imported'),
  'import.undo': training('Training import undone'),
  'induction.undoTick': training('Induction tick undone'),
  'training.exempt': training('Marked not required'),
  'cpd.add': training('CPD logged'),
  'cpd.update': training('CPD entry changed'),
  'cpd.remove': training('CPD entry removed'),
  'training.endExemption': training('Required again'),
  'requirement.create': training('Requirement added'),
  'requirement.update': training('Requirement changed'),
  'requirement.retire': training('Requirement retired'),
  'requirement.restore': training('Requirement restored'),

  'assessment.start': competencies('Assessment started'),
  'assessment.submit': competencies('Assessment submitted'),
  'assessment.sign': competencies('Assessment signed'),
  'assessment.reopen': competencies('Assessment reopened'),
  'action.create': competencies('Development action added'),
  'action.update': competencies('Development action changed'),
  'framework.install': competencies('Framework installed'),
  'framework.version': competencies('Framework version added'),

  'supervision.create': supervision('Supervision recorded'),
  'supervision.update': supervision('Supervision record changed'),
  'supervision.sign': supervision('Supervision record signed'),
  'supervision.addendum': supervision('Addendum added'),
  'supervision.action': supervision('Supervision action marked'),

  'claim.start': claims('Claim started'),
  'claim.check': claims('Claim checked'),
  'claim.reopen': claims('Claim returned to draft'),
  'claim.revert': claims('Claim returned to draft by Linkwork'),
  'claim.submit': claims('Claim submitted'),
  'claim.paid': claims('Claim payment recorded'),
  'claim.exclude': claims('Line excluded from a claim'),
  'claim.override': claims('Line claimed despite its flags'),
  'claim.undecide': claims('Line decision taken back'),
  'claim.nwrs': claims('NWRS record confirmed'),
  'claim.nwrsAll': claims('NWRS records confirmed'),
  'claim.unconfirmNwrsAll': claims('NWRS confirmations taken back'),
  'pay.save': claims('Pay recorded'),
  'payroll.save': claims('Payroll recorded'),
  'rate.save': claims('ARRS maximum added'),
  'rate.update': claims('ARRS maximum corrected'),
  'rate.remove': claims('ARRS maximum removed'),
  'arrsSum.save': claims('ARRS sum set'),
  'arrsSum.remove': claims('ARRS sum removed'),

  'settings.update': settings('Settings changed'),
  'catalogue.install': settings('Requirements catalogue installed'),
  'catalogue.import': settings('Requirements catalogue imported'),
  'catalogue.rates': settings('ARRS rates catalogue applied'),
  'handout.wording': settings('Patient handout wording changed'),
  'catalogue.update': settings('Requirements catalogue updated'),
  'catalogue.updateSeen': settings('Catalogue update notice dismissed'),

  'account.create': accounts('Account made'),
  'account.update': accounts('Account changed'),
  'account.setRoles': accounts('Account roles changed'),
  'account.linkPerson': accounts('Account linked to a person'),
  'account.invite': accounts('Password link sent'),
  'account.setPassword': accounts('Password set'),
  'account.endSessions': accounts('Sessions ended'),
  'account.signIn': accounts('Signed in'),
  'account.signOut': accounts('Signed out'),
  'account.signInFailed': accounts('Sign-in failed'),
  'account.signInPaused': accounts('Sign-in paused'),
  'account.calendarFeed': accounts('Calendar subscription address made'),
  'account.calendarFeedRevoke': accounts('Calendar subscription address revoked'),

  'integrity.seal': integrity('Signed records sealed'),
  'integrity.problems': integrity('Integrity problems found'),
  'backup.make': integrity('Backup made by hand'),
  'backup.restore': integrity('Backup restored'),
} as const satisfies Record<string, ActionWords>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AUDIT_ACTION_CODES = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

/** The kinds of record an entry can be about, in the order the record filter lists them. */
export const AUDIT_RECORDS = {
  worker: { one: 'Worker', many: 'Workers' },
  training_record: { one: 'Training record', many: 'Training records' },
  import_batch: { one: 'Import', many: 'Imports' },
  caseload_month: { one: 'Caseload figures', many: 'Caseload figures' },
  exemption: { one: 'Exemption', many: 'Exemptions' },
  cpd_entry: { one: 'CPD entry', many: 'CPD entries' },
  assessment: { one: 'Assessment', many: 'Assessments' },
  development_action: { one: 'Development action', many: 'Development actions' },
  supervision_session: { one: 'Supervision record', many: 'Supervision records' },
  supervision_action: { one: 'Supervision action', many: 'Supervision actions' },
  claim: { one: 'ARRS claim', many: 'ARRS claims' },
  nwrs_confirmation: { one: 'NWRS confirmation', many: 'NWRS confirmations' },
  worker_pay: { one: 'Pay', many: 'Pay' },
  payroll_actual: { one: 'Payroll', many: 'Payroll' },
  arrs_rate: { one: 'ARRS maximum', many: 'ARRS maxima' },
  arrs_sum_rate: { one: 'ARRS sum', many: 'ARRS sums' },
  pcn: { one: 'PCN', many: 'PCN' },
  practice: { one: 'Practice', many: 'Practices' },
  employer: { one: 'Employer', many: 'Employers' },
  colleague: { one: 'Supervisor or contact', many: 'Supervisors and contacts' },
  requirement: { one: 'Requirement', many: 'Requirements' },
  framework: { one: 'Framework', many: 'Frameworks' },
  setting: { one: 'Settings', many: 'Settings' },
  account: { one: 'Account', many: 'Accounts' },
  audit_log: { one: 'Audit log', many: 'Audit log' },
  backup: { one: 'Backup', many: 'Backups' },
} as const satisfies Record<string, { one: string; many: string }>;

export type AuditRecordKind = keyof typeof AUDIT_RECORDS;
export const AUDIT_RECORD_KINDS = Object.keys(AUDIT_RECORDS) as [AuditRecordKind, ...AuditRecordKind[]];

const isAction = (code: string): code is AuditAction => Object.hasOwn(AUDIT_ACTIONS, code);
const isRecordKind = (code: string): code is AuditRecordKind => Object.hasOwn(AUDIT_RECORDS, code);

/** `claim.nwrsAll` → `nwrs all`: the best words for a code this version does not know (a newer Linkwork's). */
const humanise = (code: string): string =>
  code
    .replace(/[._]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^./, (c) => c.toUpperCase());

/** "Training recorded" for `training.record`. */
export const actionLabel = (code: string): string => (isAction(code) ? AUDIT_ACTIONS[code].label : humanise(code));

/** "Training record" for `training_record`. */
export const recordLabel = (kind: string): string => (isRecordKind(kind) ? AUDIT_RECORDS[kind].one : humanise(kind));
