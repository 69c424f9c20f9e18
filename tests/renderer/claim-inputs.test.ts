import { beforeAll, describe, expect, it } from 'vitest';
import type { Domain } from '../../src/shared/api/domains.ts';

let claimInputs: readonly Domain[] = [];
let statusInputs: readonly Domain[] = [];

beforeAll(async () => {
  // The stores reach the backend through the desktop bridge; these tests only read what they depend on.
  Object.assign(globalThis, { window: { linkwork: { call: () => Promise.reject(new Error('not called')) } } });
  ({ CLAIM_INPUTS: claimInputs } = await import('../../src/renderer/src/stores/claims.ts'));
  ({ STATUS_INPUTS: statusInputs } = await import('../../src/renderer/src/stores/compliance.ts'));
});

describe('the claim views', () => {
  it("reload on a write to anything a requirement's status is worked out from, the CPD log included", () => {
    expect(claimInputs).toEqual(expect.arrayContaining([...statusInputs, 'claims']));
    expect(claimInputs).toContain('cpd');
  });
});
