import { describe, expect, it } from 'vitest';
import { isBackground } from '../../src/renderer/src/api/background.ts';
import { onDataChange, publishChange } from '../../src/renderer/src/api/changes.ts';

describe('calls the page makes by itself', () => {
  it('are those a live update starts, so team mode does not count them as use', () => {
    const seen: boolean[] = [];
    const stop = onDataChange(() => seen.push(isBackground()));
    publishChange({ id: 'background.1', domains: ['training'], workerIds: null });
    stop();
    expect(seen).toEqual([true]);
    expect(isBackground()).toBe(false);
  });
});
