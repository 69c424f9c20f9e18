import { describe, expect, it } from 'vitest';
import type { ClaimLineView, ClaimMonth, LineDecision, ReadinessFlag } from '../../src/shared/domain/claims.ts';
import {
  lineNote,
  lineStanding,
  namesList,
  NWRS_FLAG_ID,
  onlyAwaitsNwrs,
  overrideRefusal,
  withDecisions,
} from '../../src/shared/rules/claim-decisions.ts';
import { filterClaimLines } from '../../src/shared/rules/claim-lines.ts';

const flag = (requirementId: string, kind = 'training'): ReadinessFlag => ({
  requirementId,
  title: requirementId === NWRS_FLAG_ID ? 'NWRS record confirmed for this month' : `Title of ${requirementId}`,
  kind,
  date: null,
  reason: '',
});
const NWRS = flag(NWRS_FLAG_ID, 'arrs_condition');

function line(workerId: number, change: Partial<ClaimLineView> = {}): ClaimLineView {
  return {
    workerId,
    name: `Worker ${workerId}`,
    daysInPost: 31,
    capPence: 267727,
    claimablePence: 100000,
    problem: null,
    blocking: [],
    warnings: [],
    ...change,
  } as ClaimLineView;
}

const decision = (kind: LineDecision['decision'], reason = 'Because'): LineDecision => ({
  decision: kind,
  reason,
  decidedBy: 'tester',
  decidedAt: '2026-11-16T10:00:00.000Z',
});

const month = (lines: ClaimLineView[]): ClaimMonth => ({
  month: '2026-10',
  financialYear: '2026/27',
  asOf: '2026-10-31',
  lines,
  totalPence: 0,
  blockedLines: 0,
});

describe('where a line stands', () => {
  it('is ready, blocked by a flag or a problem, excluded, or overridden', () => {
    expect(lineStanding(line(1))).toBe('ready');
    expect(lineStanding(line(1, { blocking: [flag('a')] }))).toBe('blocked');
    expect(lineStanding(line(1, { problem: 'No pay on record' }))).toBe('blocked');
    expect(lineStanding(line(1, { blocking: [flag('a')], decision: decision('exclude') }))).toBe('excluded');
    expect(lineStanding(line(1, { decision: decision('exclude') }))).toBe('excluded');
    expect(lineStanding(line(1, { blocking: [flag('a')], decision: decision('override') }))).toBe('overridden');
  });

  it('is still blocked when overridden with no pay or no rate: there is nothing sound to claim', () => {
    const unpaid = line(1, { problem: 'No pay on record', blocking: [NWRS], decision: decision('override') });
    expect(lineStanding(unpaid)).toBe('blocked');
    expect(overrideRefusal(unpaid)).toContain('No pay on record');
    expect(overrideRefusal(line(1))).toContain('not blocked');
    expect(overrideRefusal(line(1, { blocking: [NWRS] }))).toBeNull();
  });

  it('awaits NWRS confirmation only when that is its one gap', () => {
    expect(onlyAwaitsNwrs(line(1, { blocking: [NWRS] }))).toBe(true);
    expect(onlyAwaitsNwrs(line(1, { blocking: [NWRS, flag('a')] }))).toBe(false);
    expect(onlyAwaitsNwrs(line(1, { blocking: [NWRS], problem: 'No pay on record' }))).toBe(false);
    expect(onlyAwaitsNwrs(line(1))).toBe(false);
  });
});

describe("a claim version's decisions", () => {
  const lines = [line(1), line(2, { blocking: [flag('a')] }), line(3, { blocking: [NWRS] }), line(4, { problem: 'x' })];

  it('leave the total as the ready lines alone when there are none', () => {
    expect(withDecisions(month(lines), new Map())).toMatchObject({ totalPence: 100000, blockedLines: 3 });
  });

  it('count overridden lines and leave excluded ones out', () => {
    const decided = withDecisions(
      month(lines),
      new Map([
        [2, decision('override')],
        [3, decision('exclude')],
        [4, decision('exclude')],
      ]),
    );
    expect(decided).toMatchObject({ totalPence: 200000, blockedLines: 0 });
    expect(decided.lines[0]).toBe(lines[0]); // undecided lines are not copied
    expect(decided.lines[2]?.decision?.decision).toBe('exclude');
  });

  it('take decided lines off the "blocked only" list', () => {
    const decided = withDecisions(month(lines), new Map([[2, decision('override')]])).lines;
    expect(filterClaimLines(decided, { search: '', blockedOnly: true }).map((l) => l.workerId)).toEqual([3, 4]);
  });
});

describe("the claim pack's note on a line", () => {
  it('says why a line is not claimed, or why it claims £0.00', () => {
    expect(lineNote(line(1))).toBe('');
    expect(lineNote(line(1, { blocking: [flag('a'), NWRS] }))).toBe(
      'Not claimed: training requirements not met; NWRS record not yet confirmed for this month',
    );
    expect(lineNote(line(1, { problem: 'No pay on record', blocking: [flag('b', 'arrs_condition')] }))).toBe(
      'Not claimed: No pay on record; Title of b',
    );
    expect(lineNote(line(1, { claimablePence: 0 }))).toBe('No pay recorded for this month');
    expect(lineNote(line(1, { claimablePence: 0, capPence: 0 }))).toBe('No claimable hours this month');
  });

  it('says a line is excluded or overridden, with the reason', () => {
    expect(lineNote(line(1, { blocking: [NWRS], decision: decision('exclude', 'NWRS next week') }))).toBe(
      'Excluded this month: NWRS next week',
    );
    expect(lineNote(line(1, { blocking: [flag('a')], decision: decision('override', 'Certificate seen') }))).toBe(
      'Overridden: Certificate seen (claimed despite: training requirements not met)',
    );
  });
});

describe('a list of names', () => {
  it('names a few and counts the rest', () => {
    expect(namesList(['A'])).toBe('A');
    expect(namesList(['A', 'B'])).toBe('A and B');
    expect(namesList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(namesList(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E and 2 others');
  });
});

describe('a line with no known maximum', () => {
  const noMaximum: ReadinessFlag = {
    requirementId: 'arrs-maximum',
    title: 'ARRS maximum',
    kind: 'arrs_condition',
    date: null,
    reason: 'No ARRS maximum is known for health and wellbeing coach (national) in October 2026',
    missingRate: { role: 'hwbc', area: 'national', from: '2026-04-01', to: '2027-03-31' },
  };

  it('cannot be overridden, only excluded, and the pack says why it is not claimed', () => {
    const coach = line(1, { claimablePence: 0, blocking: [noMaximum], decision: decision('override') });
    expect(lineStanding(coach)).toBe('blocked');
    expect(overrideRefusal(coach)).toContain('enter the maximum, or exclude it from this month');
    expect(lineNote(coach)).toBe(
      'Not claimed: No ARRS maximum is known for health and wellbeing coach (national) in October 2026',
    );
    expect(lineStanding({ ...coach, decision: decision('exclude') })).toBe('excluded');
  });
});
