import { describe, expect, it } from 'vitest';
import type { MatrixCell } from '../../src/shared/domain/compliance.ts';
import { expiresWithin } from '../../src/shared/rules/matrix-view.ts';

const TODAY = '2026-11-24';
const within30 = (cell: MatrixCell) => expiresWithin(cell, TODAY, 30);

describe('"expiring within N days" (the home page\'s counts and the matrix filter)', () => {
  it('takes an expiry or a due date from today to N days ahead, whatever the amber window', () => {
    expect(within30({ s: 'expiring_soon', d: '2026-12-01' })).toBe(true);
    expect(within30({ s: 'complete', d: '2026-12-24' })).toBe(true);
    expect(within30({ s: 'due', d: TODAY })).toBe(true);
    expect(within30({ s: 'not_yet_due', d: '2026-12-20', p: [2, 9] })).toBe(true);
    expect(within30({ s: 'complete', d: '2026-12-25' })).toBe(false);
    expect(expiresWithin({ s: 'complete', d: '2026-12-25' }, TODAY, 60)).toBe(true);
  });

  it('leaves out what has lapsed already, what has no date, and what is not required', () => {
    expect(within30({ s: 'overdue', d: '2026-11-01' })).toBe(false);
    expect(within30({ s: 'expired', d: '2026-11-20' })).toBe(false);
    expect(within30({ s: 'complete', d: '2025-04-01' })).toBe(false); // done once, dated by its completion
    expect(within30({ s: 'complete', d: null })).toBe(false);
    expect(within30({ s: 'exempt', d: null })).toBe(false);
  });
});
