import type { InputOf } from '../../src/shared/api/contract.ts';

/** 7.5 hours towards a level 3 standard, completed on 15/10/2025 (in the claim month), as a data security record. */
export const levelThreeCourse = (
  workerId: number,
  change: Partial<InputOf<'training.record'>> = {},
): InputOf<'training.record'> => ({
  workerId,
  requirementId: 'data-security',
  status: 'completed',
  completedOn: '2025-10-15',
  provider: 'Level 3 apprenticeship provider',
  trainingHours: 7.5,
  reimbursable: true,
  ...change,
});
