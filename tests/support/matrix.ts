import type { MatrixColumn } from '../../src/shared/domain/compliance.ts';

/** Two matrix columns for the pure matrix tests: one training requirement and the induction checklist. */
export const FIRE_AND_INDUCTION: MatrixColumn[] = [
  { id: 'fire-safety', title: 'Fire safety', shortTitle: 'Fire', kind: 'training', blocksClaim: false },
  { id: 'induction', title: 'Induction checklist', shortTitle: 'Induction', kind: 'induction', blocksClaim: false },
];
