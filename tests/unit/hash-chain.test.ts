import { describe, expect, it } from 'vitest';
import type { ChainedEntry } from '../../src/backend/audit/hash-chain.ts';
import { entryHash, sha256 } from '../../src/backend/audit/hash-chain.ts';

const entry: ChainedEntry = {
  id: 7,
  at: '2026-11-24T10:00:00.000Z',
  actor: 'Dr Asha Patel (computer user tester)',
  action: 'supervision.sign',
  entity: 'supervision_session',
  entityId: 3,
  workerId: 1,
  summary: 'Dr Asha Patel signed the supervision record of 2026-11-10 as the supervisor',
  beforeJson: null,
  afterJson: null,
  seals: '[{"kind":"supervision","id":3,"workerId":1,"dated":"2026-11-10","hash":"00"}]',
};
const previous = sha256('the entry before');

describe('the audit log hash chain', () => {
  it('hashes an entry the same way every time: every chain already written depends on it', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(entryHash(previous, entry)).toBe(entryHash(previous, { ...entry }));
    expect(entryHash(previous, entry)).toBe('860fcbff9b2dadffac14bf795d24faf627145a77ad6da18b53cb84341b0ba4a3');
  });

  it('changes with every column it covers and with the entry before', () => {
    const changed = (Object.keys(entry) as (keyof ChainedEntry)[]).map((key) =>
      entryHash(previous, { ...entry, [key]: typeof entry[key] === 'number' ? 8 : 'changed' }),
    );
    const hashes = new Set([entryHash(previous, entry), entryHash(null, entry), ...changed]);
    expect(hashes.size).toBe(Object.keys(entry).length + 2);
  });
});
