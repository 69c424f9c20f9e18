import type { ClaimLineView, ClaimMonth, LineDecision } from '../domain/claims.ts';
import { countOf } from './words.ts';

/** The flag every line carries until the worker's NWRS record is confirmed for the month. */
export const NWRS_FLAG_ID = 'nwrs-monthly';

/**
 * Where a line stands in this claim version: claimed as it is, blocked by a flag or a problem, excluded from
 * the month (to be claimed later) or claimed despite its flags. A line with no pay or no maximum cannot be
 * overridden: there is nothing sound to claim, so it stays blocked until fixed or excluded.
 */
export type LineStanding = 'ready' | 'blocked' | 'excluded' | 'overridden';

export const isBlocked = (line: ClaimLineView): boolean => line.blocking.length > 0 || line.problem !== null;

/** The flag a line carries when no ARRS maximum is known for its month: its cap cannot be worked out. */
const noMaximum = (line: ClaimLineView) => line.blocking.find((f) => f.missingRate !== undefined);

/** No pay or no maximum: there is no sound figure to claim, whatever anyone decides. */
const nothingSound = (line: ClaimLineView): boolean => line.problem !== null || noMaximum(line) !== undefined;

export function lineStanding(line: ClaimLineView): LineStanding {
  if (line.decision?.decision === 'exclude') return 'excluded';
  if (!isBlocked(line)) return 'ready';
  return line.decision?.decision === 'override' && !nothingSound(line) ? 'overridden' : 'blocked';
}

/** Whether the line's claimable amount counts towards the month's total. */
export const isClaimed = (line: ClaimLineView): boolean => {
  const standing = lineStanding(line);
  return standing === 'ready' || standing === 'overridden';
};

/** A blocked line whose only gap is this month's NWRS confirmation. */
export const onlyAwaitsNwrs = (line: ClaimLineView): boolean =>
  line.problem === null && line.blocking.length === 1 && line.blocking[0]?.requirementId === NWRS_FLAG_ID;

/** Why a line cannot be overridden, or null when it can. */
export function overrideRefusal(line: ClaimLineView): string | null {
  if (line.problem !== null)
    return `${line.name}'s line cannot be claimed as it stands (${line.problem}): fix it, or exclude it from this month`;
  const missing = noMaximum(line);
  if (missing)
    return `${line.name}'s line cannot be claimed as it stands (${missing.reason}): enter the maximum, or exclude it from this month`;
  if (line.blocking.length === 0) return `${line.name}'s line is not blocked, so there is nothing to override`;
  return null;
}

/** The month's lines with this claim version's decisions, and its totals as they then stand. */
export function withDecisions(month: ClaimMonth, decisions: ReadonlyMap<number, LineDecision>): ClaimMonth {
  const lines =
    decisions.size === 0
      ? month.lines
      : month.lines.map((l) => {
          const decision = decisions.get(l.workerId);
          return decision ? { ...l, decision } : l;
        });
  let totalPence = 0;
  let blockedLines = 0;
  for (const line of lines) {
    const standing = lineStanding(line);
    if (standing === 'ready' || standing === 'overridden') totalPence += line.claimablePence;
    else if (standing === 'blocked') blockedLines += 1;
  }
  return { ...month, lines, totalPence, blockedLines };
}

/** "Amelia Patel", "Amelia Patel and Ben Ng", "A, B, C and 9 others". */
export function namesList(names: readonly string[], shown = 5): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length <= shown) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const others = names.length - shown;
  return `${names.slice(0, shown).join(', ')} and ${countOf(others, 'other')}`;
}

/**
 * What stops a line, briefly: its problem, "training requirements not met" for any training gaps (the claim
 * form's own question lists them), then each other flag.
 */
function gapsOf(line: ClaimLineView): string[] {
  const training = line.blocking.some((f) => f.kind === 'training');
  const others = line.blocking.filter((f) => f.kind !== 'training');
  return [
    ...(line.problem ? [line.problem] : []),
    ...(training ? ['training requirements not met'] : []),
    ...others.map((f) =>
      f.requirementId === NWRS_FLAG_ID
        ? 'NWRS record not yet confirmed for this month'
        : f.missingRate
          ? f.reason
          : f.title,
    ),
  ];
}

/** Why a line that is in post claims nothing, when nothing stops it. */
function nothingToClaim(line: ClaimLineView): string | null {
  if (line.claimablePence > 0) return null;
  if (line.daysInPost === 0) return 'Not in post this month';
  if (line.capPence === 0) return 'No claimable hours this month';
  return 'No pay recorded for this month';
}

/**
 * What the claim pack says of a line besides its figures: excluded (with the reason), overridden (with the
 * reason), not claimed (with what stops it) or, for a line claiming £0.00, why. Empty for a line claimed as is.
 */
export function lineNote(line: ClaimLineView): string {
  const standing = lineStanding(line);
  if (standing === 'excluded') return `Excluded this month: ${line.decision?.reason ?? ''}`;
  if (standing === 'overridden')
    return `Overridden: ${line.decision?.reason ?? ''} (claimed despite: ${gapsOf(line).join('; ')})`;
  if (standing === 'blocked') return `Not claimed: ${gapsOf(line).join('; ')}`;
  return nothingToClaim(line) ?? '';
}
