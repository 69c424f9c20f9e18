import { describe, expect, it } from 'vitest';
import { pinnedClock, resolvePinnedToday } from '../../src/backend/clock.ts';

describe('the pinned date', () => {
  it('is not pinned unless asked', () => {
    expect(resolvePinnedToday([], {})).toBeNull();
    expect(resolvePinnedToday(['--data-dir', '/tmp/x'], { LINKWORK_TODAY: '' })).toBeNull();
  });

  it('takes --today, in either form, over LINKWORK_TODAY', () => {
    expect(resolvePinnedToday(['--today', '2031-02-03'], { LINKWORK_TODAY: '2029-05-06' })).toBe('2031-02-03');
    expect(resolvePinnedToday(['--today=2031-02-03'], { LINKWORK_TODAY: '2029-05-06' })).toBe('2031-02-03');
  });

  it('takes LINKWORK_TODAY when there is no --today', () => {
    expect(resolvePinnedToday(['--port', '0'], { LINKWORK_TODAY: '2029-05-06' })).toBe('2029-05-06');
  });

  it('refuses a date that does not exist or is not written YYYY-MM-DD, naming --today', () => {
    expect(() => resolvePinnedToday(['--today', '2026-02-30'], {})).toThrow(/--today .*"2026-02-30"/);
    expect(() => resolvePinnedToday(['--today', 'tomorrow'], {})).toThrow(/--today .*"tomorrow"/);
    expect(() => resolvePinnedToday([], { LINKWORK_TODAY: '16/11/2026' })).toThrow(/--today/);
  });

  it('gives a clock on the pinned day that moves on with the time elapsed', () => {
    let elapsed = 0;
    const now = pinnedClock('2031-02-03', () => elapsed);
    expect(now().toISOString()).toBe('2031-02-03T09:00:00.000Z');
    elapsed = 90_000;
    expect(now().toISOString()).toBe('2031-02-03T09:01:30.000Z');
  });

  it('never leaves the pinned day, however long the app runs', () => {
    const now = pinnedClock('2031-02-03', () => 3 * 24 * 60 * 60 * 1000);
    expect(now().toISOString()).toBe('2031-02-03T23:59:59.000Z');
  });
});
