import type { ClaimLineView, ClaimMonth } from '../../shared/domain/claims.ts';
import { formatPounds } from '../../shared/rules/money.ts';

/** What a line looked like when its claim was marked checked: the figures and the flags, nothing else. */
interface CheckedLine {
  workerId: number;
  name: string;
  daysInPost: number;
  costPence: number;
  capPence: number;
  claimablePence: number;
  problem: string | null;
  /** Flag id → title, so a flag that has since cleared can still be named. */
  blocking: Record<string, string>;
  warnings: Record<string, string>;
}

const flags = (list: ClaimLineView['blocking']) => Object.fromEntries(list.map((f) => [f.requirementId, f.title]));

const checkedLine = (l: ClaimLineView): CheckedLine => ({
  workerId: l.workerId,
  name: l.name,
  daysInPost: l.daysInPost,
  costPence: l.costPence + l.contributionPence,
  capPence: l.capPence,
  claimablePence: l.claimablePence,
  problem: l.problem,
  blocking: flags(l.blocking),
  warnings: flags(l.warnings),
});

/** The month's figures and flags as kept on a claim when it is marked checked. */
export function checkedLinesOf(data: ClaimMonth): string {
  return JSON.stringify(data.lines.map(checkedLine));
}

const money = (what: string, before: number, after: number) =>
  before === after ? [] : [`${what} ${formatPounds(before)} → ${formatPounds(after)}`];

function flagChanges(before: Record<string, string>, after: Record<string, string>, kind: 'block' | 'warn') {
  const added = Object.keys(after).filter((id) => !(id in before));
  const gone = Object.keys(before).filter((id) => !(id in after));
  return kind === 'block'
    ? [...added.map((id) => `now blocked by ${after[id]}`), ...gone.map((id) => `${before[id]} no longer blocks`)]
    : [...added.map((id) => `new warning: ${after[id]}`), ...gone.map((id) => `warning cleared: ${before[id]}`)];
}

function problemChange(before: string | null, after: string | null): string[] {
  if (before === after) return [];
  if (before === null) return [`now ${after}`];
  if (after === null) return [`${before}: resolved`];
  return [`${before} → ${after}`];
}

/** One sentence per line whose figures or flags differ: "Amelia Patel: cost £3,061.25 → £2,961.25". */
function describe(before: CheckedLine | undefined, after: CheckedLine | undefined): string | null {
  if (!before && after) return `${after.name}: a new line (${formatPounds(after.claimablePence)})`;
  if (before && !after) return `${before.name}: no longer a line this month`;
  if (!before || !after) return null;
  const parts = [
    ...money('claimable', before.claimablePence, after.claimablePence),
    ...money('cost', before.costPence, after.costPence),
    ...money('cap', before.capPence, after.capPence),
    ...(before.daysInPost === after.daysInPost ? [] : [`days in post ${before.daysInPost} → ${after.daysInPost}`]),
    ...problemChange(before.problem, after.problem),
    ...flagChanges(before.blocking, after.blocking, 'block'),
    ...flagChanges(before.warnings, after.warnings, 'warn'),
  ];
  return parts.length ? `${after.name}: ${parts.join(', ')}` : null;
}

/** Every line whose figures or flags differ from those the claim was checked with, described. */
export function changesSinceChecked(checkedLines: string | null, data: ClaimMonth): string[] {
  // A claim checked before its figures were kept has nothing to compare: it is treated as changed.
  if (checkedLines === null) return ['the figures it was checked with were not kept'];
  const before = new Map((JSON.parse(checkedLines) as CheckedLine[]).map((l) => [l.workerId, l]));
  const after = new Map(data.lines.map((l) => [l.workerId, checkedLine(l)]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  return ids.map((id) => describe(before.get(id), after.get(id))).filter((c): c is string => c !== null);
}

/** How many changed lines a reason names before it only counts the rest. */
const NAMED = 5;

/** Why the claim went back to draft, for the claim page and the audit log. */
export function revertReason(changes: readonly string[]): string {
  const rest = changes.length - NAMED;
  const more = rest > 0 ? `; and ${rest} more ${rest === 1 ? 'line' : 'lines'}` : '';
  return `The figures changed after the claim was checked: ${changes.slice(0, NAMED).join('; ')}${more}.`;
}
