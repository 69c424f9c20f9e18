import type { RecordInput } from '../../shared/domain/requirements.ts';
import { ROLE_PLURALS } from '../../shared/domain/staff.ts';
import type { Ctx } from '../context.ts';
import { callerOf } from '../context.ts';
import { invalidField } from '../errors.ts';
import { requirePlausibleDates } from '../plausible.ts';
import { dayNumber } from '../../shared/rules/dates.ts';
import { hoursInWords } from '../../shared/rules/record-history.ts';
import { findRequirement } from '../requirements/queries.ts';
import { findWorker } from '../staff/queries.ts';

/** What every write to a record says when it names a version a correction has since replaced. */
export const REPLACED =
  'This version of the record has been corrected since: open the record again to see it as it stands';

/** The worker and the requirement a record is for; each must exist, and the requirement apply to their role. */
export function requirementFor(ctx: Ctx, workerId: number, requirementId: string) {
  const worker = findWorker(ctx.db, workerId);
  if (!worker) throw invalidField('workerId', 'That worker is not in the register');
  const requirement = findRequirement(ctx.db, requirementId);
  if (!requirement) throw invalidField('requirementId', 'That requirement is not in the catalogue');
  if (!requirement.roles.includes(worker.role)) {
    throw invalidField('requirementId', `${requirement.title} does not apply to ${ROLE_PLURALS[worker.role]}`);
  }
  return { worker, requirement };
}

export function assertDatesPossible(
  ctx: Ctx,
  input: Pick<RecordInput, 'startDate' | 'completedOn' | 'expiresOn'>,
): void {
  requirePlausibleDates(ctx, [
    { field: 'startDate', date: input.startDate, kind: 'working', what: 'start date' },
    { field: 'completedOn', date: input.completedOn, kind: 'past', what: 'completion date' },
    { field: 'expiresOn', date: input.expiresOn, kind: 'working', what: 'expiry date' },
  ]);
  if (input.startDate !== null && input.completedOn !== null && input.startDate > input.completedOn) {
    throw invalidField('startDate', 'The start date cannot be after the completion date');
  }
}

/** Training that began and ended on known days took at most 24 hours a day between them. */
export function assertHoursPossible(input: Pick<RecordInput, 'startDate' | 'completedOn' | 'trainingHours'>): void {
  const { startDate, completedOn, trainingHours } = input;
  if (trainingHours === null || startDate === null || completedOn === null) return;
  const days = dayNumber(completedOn) - dayNumber(startDate) + 1;
  if (trainingHours > days * 24) {
    throw invalidField(
      'trainingHours',
      `${hoursInWords(trainingHours)} is more than the ${days === 1 ? 'day' : `${days} days`} from start to completion hold`,
    );
  }
}

/** A worker recording their own training (team mode): the lead verifies it later. */
export function isSelfReport(ctx: Ctx, workerId: number): boolean {
  const caller = callerOf(ctx);
  return caller.kind === 'account' && !caller.lead && caller.workerId === workerId;
}
