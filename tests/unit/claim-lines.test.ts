import { describe, expect, it } from 'vitest';
import type { ClaimLineView } from '../../src/shared/domain/claims.ts';
import { filterClaimLines, NO_CLAIM_FILTER } from '../../src/shared/rules/claim-lines.ts';

const line = (name: string, blocked: 'flag' | 'problem' | 'no'): ClaimLineView =>
  ({
    name,
    problem: blocked === 'problem' ? 'No pay on record' : null,
    blocking: blocked === 'flag' ? [{ requirementId: 'x', title: 'X', kind: 'training', date: null, reason: '' }] : [],
  }) as unknown as ClaimLineView;

const lines = [line('Amelia Patel', 'no'), line('Bethan Green', 'flag'), line('Ruth Green', 'problem')];
const names = (shown: ClaimLineView[]) => shown.map((l) => l.name);

describe('the claim lines shown', () => {
  it('are all of them with no filter', () => {
    expect(filterClaimLines(lines, NO_CLAIM_FILTER)).toBe(lines);
  });

  it('match part of a name in any case, ignoring spaces around the search', () => {
    expect(names(filterClaimLines(lines, { search: '  green ', blockedOnly: false }))).toEqual([
      'Bethan Green',
      'Ruth Green',
    ]);
  });

  it('can be only the blocked ones: a blocking flag or a problem with the figures', () => {
    expect(names(filterClaimLines(lines, { search: '', blockedOnly: true }))).toEqual(['Bethan Green', 'Ruth Green']);
    expect(names(filterClaimLines(lines, { search: 'bethan', blockedOnly: true }))).toEqual(['Bethan Green']);
  });
});
