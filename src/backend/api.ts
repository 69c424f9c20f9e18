import { accountHandlers } from './accounts/handlers.ts';
import { appHandlers } from './app/handlers.ts';
import { auditHandlers } from './audit/handlers.ts';
import { claimHandlers } from './claims/handlers.ts';
import { competencyHandlers } from './competencies/handlers.ts';
import { complianceHandlers } from './compliance/handlers.ts';
import { cpdHandlers } from './cpd/handlers.ts';
import { evidenceHandlers } from './evidence/handlers.ts';
import type { Handlers } from './handler.ts';
import { inductionHandlers } from './induction/handlers.ts';
import { pcnHandlers } from './pcn/handlers.ts';
import { requirementHandlers } from './requirements/handlers.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { staffHandlers } from './staff/handlers.ts';
import { supervisionHandlers } from './supervision/handlers.ts';
import { trainingHandlers } from './training/handlers.ts';
import { homeHandlers } from './home/handlers.ts';
import { reminderHandlers } from './reminders/handlers.ts';
import { mailHandlers } from './mail/handlers.ts';
import { searchHandlers } from './search/handlers.ts';
import { reportHandlers } from './reports/handlers.ts';
import { importHandlers } from './imports/handlers.ts';
import { backupHandlers } from './backups/handlers.ts';
import { packHandlers } from './packs/handlers.ts';
import { handoutHandlers } from './handouts/handlers.ts';
import { caseloadHandlers } from './caseload/handlers.ts';

/** Every method in the contract, answered once; the type fails to check if one is missing. */
export const handlers: Handlers = {
  ...appHandlers,
  ...pcnHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...requirementHandlers,
  ...settingsHandlers,
  ...trainingHandlers,
  ...evidenceHandlers,
  ...complianceHandlers,
  ...cpdHandlers,
  ...inductionHandlers,
  ...competencyHandlers,
  ...supervisionHandlers,
  ...claimHandlers,
  ...accountHandlers,
  ...homeHandlers,
  ...reminderHandlers,
  ...mailHandlers,
  ...searchHandlers,
  ...reportHandlers,
  ...importHandlers,
  ...backupHandlers,
  ...packHandlers,
  ...handoutHandlers,
  ...caseloadHandlers,
};
