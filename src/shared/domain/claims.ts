import { z } from 'zod';
import { id, isoDate, optionalText } from './fields.ts';
import type { Role } from './staff.ts';
import { ROLES } from './staff.ts';

export const monthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month is written YYYY-MM');

export const CLAIM_STATUSES = ['draft', 'checked', 'submitted', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: 'Draft',
  checked: 'Checked',
  submitted: 'Submitted',
  paid: 'Paid',
};

export interface Rate {
  id: number;
  financialYear: string;
  role: Role;
  annualMaxPence: number;
  effectiveFrom: string;
  source: string;
}

export const rateFields = z.object({
  financialYear: z.string().regex(/^\d{4}\/\d{2}$/, 'Write the financial year as 2025/26'),
  role: z.enum(ROLES),
  annualMaxPence: z.number().int('Use whole pence').positive('The maximum must be above £0'),
  effectiveFrom: isoDate('date it takes effect'),
  source: optionalText(300).default(''),
});

const amountOrPercent = z.enum(['percent', 'amount']);

export const payFields = z
  .object({
    workerId: id,
    effectiveFrom: isoDate('date the pay takes effect'),
    annualSalaryPence: z.number().int('Use whole pence').min(0, 'Salary cannot be negative'),
    niKind: amountOrPercent,
    niValue: z.number().min(0, "Employer's NI cannot be negative"),
    pensionKind: amountOrPercent,
    pensionValue: z.number().min(0, "Employer's pension cannot be negative"),
  })
  .refine((p) => p.niKind === 'amount' || p.niValue <= 100, {
    path: ['niValue'],
    message: 'A percentage is at most 100',
  })
  .refine((p) => p.pensionKind === 'amount' || p.pensionValue <= 100, {
    path: ['pensionValue'],
    message: 'A percentage is at most 100',
  });
export type PayFields = z.output<typeof payFields>;

export const payrollFields = z.object({
  workerId: id,
  month: monthField,
  salaryPence: z.number().int().min(0),
  niPence: z.number().int().min(0),
  pensionPence: z.number().int().min(0),
});

export interface ReadinessFlag {
  requirementId: string;
  title: string;
  kind: string;
  date: string | null;
  reason: string;
}

export interface ClaimLineView {
  workerId: number;
  name: string;
  role: Role;
  startDate: string;
  leavingDate: string | null;
  hoursPerWeek: number;
  subcontracted: boolean;
  daysInPost: number;
  daysInMonth: number;
  wte: number;
  salaryPence: number;
  niPence: number;
  pensionPence: number;
  costPence: number;
  contributionPence: number;
  capPence: number;
  claimablePence: number;
  /** Why no cap could be worked out: no rate, or no pay on record. */
  problem: string | null;
  blocking: ReadinessFlag[];
  warnings: ReadinessFlag[];
  nwrsConfirmed: boolean;
  meetsTrainingRequirements: boolean;
  trainingReason: string;
}

export interface ClaimMonth {
  month: string;
  financialYear: string;
  /** Evaluated as at the earlier of the month's last day and today. */
  asOf: string;
  lines: ClaimLineView[];
  totalPence: number;
  blockedLines: number;
}

export interface ClaimRecord {
  id: number;
  month: string;
  version: number;
  status: ClaimStatus;
  createdAt: string;
  submittedOn: string | null;
  portalReference: string | null;
  paidOn: string | null;
}

export interface LineChange {
  workerId: number;
  name: string;
  beforePence: number | null;
  afterPence: number | null;
}

export interface ClaimView {
  claim: ClaimRecord | null;
  versions: ClaimRecord[];
  /** The frozen snapshot once submitted, else computed now. */
  data: ClaimMonth;
  frozen: boolean;
  /** Against the latest submitted version, when this is an amendment. */
  changes: LineChange[];
  pcn: { yearToDatePence: number; projectionPence: number; arrsSumPence: number | null; warning: string | null };
  claimDueOn: string;
}

export interface ClaimReadiness {
  month: string;
  claimDueOn: string;
  frozen: boolean;
  lines: number;
  blockedLines: number;
}
