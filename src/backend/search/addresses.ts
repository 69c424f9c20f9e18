import type { RequirementKind } from '../../shared/domain/requirements.ts';

/** A requirement on a worker's page: induction items on the Induction tab, the rest on Training, at the row. */
export const requirementAddress = (workerId: number, requirementId: string, kind: RequirementKind): string =>
  `staff/${workerId}/${kind === 'induction' ? 'induction' : 'training'}?requirement=${encodeURIComponent(requirementId)}`;
