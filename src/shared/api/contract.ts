import type { z } from 'zod';
import type { MethodSpec } from './method.ts';
import { accountMethods } from './methods/accounts.ts';
import { appMethods } from './methods/app.ts';
import { auditMethods } from './methods/audit.ts';
import { claimMethods } from './methods/claims.ts';
import { competencyMethods } from './methods/competencies.ts';
import { complianceMethods } from './methods/compliance.ts';
import { cpdMethods } from './methods/cpd.ts';
import { evidenceMethods } from './methods/evidence.ts';
import { inductionMethods } from './methods/induction.ts';
import { pcnMethods } from './methods/pcn.ts';
import { requirementMethods } from './methods/requirements.ts';
import { settingsMethods } from './methods/settings.ts';
import { staffMethods } from './methods/staff.ts';
import { supervisionMethods } from './methods/supervision.ts';
import { trainingMethods } from './methods/training.ts';
import { homeMethods } from './methods/home.ts';
import { reminderMethods } from './methods/reminders.ts';
import { mailMethods } from './methods/mail.ts';
import { searchMethods } from './methods/search.ts';
import { reportMethods } from './methods/reports.ts';
import { importMethods } from './methods/imports.ts';
import { backupMethods } from './methods/backups.ts';
import { packMethods } from './methods/packs.ts';
import { handoutMethods } from './methods/handouts.ts';
import { caseloadMethods } from './methods/caseload.ts';

/** Every call the UI can make, declared once. */
export const contract = {
  ...appMethods,
  ...pcnMethods,
  ...staffMethods,
  ...auditMethods,
  ...requirementMethods,
  ...settingsMethods,
  ...trainingMethods,
  ...evidenceMethods,
  ...complianceMethods,
  ...cpdMethods,
  ...inductionMethods,
  ...competencyMethods,
  ...supervisionMethods,
  ...claimMethods,
  ...accountMethods,
  ...homeMethods,
  ...reminderMethods,
  ...mailMethods,
  ...searchMethods,
  ...reportMethods,
  ...importMethods,
  ...backupMethods,
  ...packMethods,
  ...handoutMethods,
  ...caseloadMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
