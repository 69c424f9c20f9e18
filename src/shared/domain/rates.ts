import type { Role } from './staff.ts';

/** From 2021/22 each role has a national, an outer-London and an inner-London maximum. */
export const RATE_AREAS = ['national', 'outer_london', 'inner_london'] as const;
export type RateArea = (typeof RATE_AREAS)[number];
export const AREA_LABELS: Record<RateArea, string> = {
  national: 'national',
  outer_london: 'outer London',
  inner_london: 'inner London',
};
/** For a list to choose from. */
export const AREA_TITLES: Record<RateArea, string> = {
  national: 'National (outside London)',
  outer_london: 'Outer London',
  inner_london: 'Inner London',
};

/** How sure a figure is: confirmed in a public source, unconfirmed, or our own product decision. */
export const MARKS = ['C', 'U', 'P'] as const;
export type Mark = (typeof MARKS)[number];
export const MARK_LABELS: Record<Mark, string> = {
  C: 'Confirmed',
  U: 'Not confirmed',
  P: 'Our decision',
};

/** Where a row came from: the shipped catalogue (updated by later versions) or someone using Linkwork (never touched). */
export type RateOrigin = 'catalogue' | 'local';

/** A maximum reimbursable amount for 1.0 WTE a year, for one role in one area over a period. */
export interface Rate {
  id: number;
  role: Role;
  area: RateArea;
  effectiveFrom: string;
  /** The last day it applies; null while no end is known. */
  effectiveTo: string | null;
  annualMaxPence: number;
  /** The financial year its period starts in, as 2025/26. */
  financialYear: string;
  source: string;
  mark: Mark;
  /** Whether it was applied back to an earlier date than it was announced. */
  backdated: boolean;
  origin: RateOrigin;
}

/** The PCN's ARRS sum for a financial year, per weighted patient, in tenths of a penny (22671 = £22.671). */
export interface ArrsSumRate {
  financialYear: string;
  tenthPence: number;
  source: string;
  mark: Mark;
  origin: RateOrigin;
}

/** The period a missing maximum would fill: the month's gap between known rows, within its financial year. */
export interface MissingRate {
  role: Role;
  area: RateArea;
  from: string;
  to: string;
}
