import type { Migration } from '../migrate.ts';
import { staffRegister } from './001-staff-register.ts';
import { training } from './002-training.ts';
import { competencies } from './003-competencies.ts';
import { supervision } from './004-supervision.ts';
import { claims } from './005-claims.ts';
import { factChanges } from './006-fact-changes.ts';
import { penceAndRatePeriods } from './007-pence-and-rate-periods.ts';
import { claimDecisions } from './008-claim-decisions.ts';
import { accounts } from './009-accounts.ts';
import { accountSignatures } from './010-account-signatures.ts';
import { selfReportedTraining } from './011-self-reported-training.ts';
import { tamperEvidence } from './012-tamper-evidence.ts';
import { recordCorrections } from './013-record-corrections.ts';
import { auditFilters } from './014-audit-filters.ts';
import { reminders } from './015-reminders.ts';
import { reminderResolved } from './016-reminder-resolved.ts';
import { reminderEmailed } from './017-reminder-emailed.ts';
import { importBatches } from './018-import-batches.ts';
import { registerImports } from './019-register-imports.ts';
import { cpdLog } from './020-cpd-log.ts';
import { caseload } from './021-caseload.ts';
import { handoutDetails } from './022-handout.ts';
import { catalogueVersion2 } from './023-catalogue-v2.ts';
import { reimbursableTrainingTime } from './024-training-time.ts';
import { metByEnrolment } from './025-met-by-enrolment.ts';

/** Every schema change, in order. Append only: never edit a migration that has shipped. */
export const migrations: readonly Migration[] = [
  staffRegister,
  training,
  competencies,
  supervision,
  claims,
  factChanges,
  penceAndRatePeriods,
  claimDecisions,
  accounts,
  accountSignatures,
  selfReportedTraining,
  tamperEvidence,
  recordCorrections,
  auditFilters,
  reminders,
  reminderResolved,
  reminderEmailed,
  importBatches,
  registerImports,
  cpdLog,
  caseload,
  handoutDetails,
  catalogueVersion2,
  reimbursableTrainingTime,
  metByEnrolment,
];
