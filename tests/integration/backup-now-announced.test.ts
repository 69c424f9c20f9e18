import { describe, expect, it } from 'vitest';
import type { DataChange } from '../../src/shared/api/domains.ts';
import { ok } from '../support/backend.ts';
import { pcnWithEvidence } from '../support/backups.ts';

describe('backup.now', () => {
  it('announces its audit entry, written once the copy is made, so other windows list the new backup', async () => {
    const { backend } = await pcnWithEvidence();
    const heard: DataChange[] = [];
    backend.onChange((change) => heard.push(change));
    const envelope = await backend.call('backup.now', { folder: null });
    expect(envelope.ok).toBe(true);
    expect(heard).toEqual([expect.objectContaining({ domains: ['backups', 'audit'], workerIds: null })]);
    expect(envelope).toMatchObject({ change: heard[0] });
    // Listing writes nothing, so announces nothing.
    await ok(backend, 'backup.list', {});
    expect(heard).toHaveLength(1);
  });
});
