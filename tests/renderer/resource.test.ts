import { describe, expect, it } from 'vitest';
import type { DataChange } from '../../src/shared/api/domains.ts';
import { ApiError } from '../../src/renderer/src/api/api-error.ts';
import { publishChange } from '../../src/renderer/src/api/changes.ts';
import { createResource } from '../../src/renderer/src/stores/resource.ts';

let changes = 0;
const change = (domains: DataChange['domains'], workerIds: number[] | null = null): DataChange => ({
  id: `test.${++changes}`,
  domains,
  workerIds,
});

/** A resource over a fake loader whose answers the test releases one at a time. */
function controlled() {
  const calls: { key: number; resolve(value: string): void; reject(error: unknown): void }[] = [];
  const resource = createResource<number, string>({
    name: 'a thing',
    load: (key) => new Promise((resolve, reject) => calls.push({ key, resolve, reject })),
    dependsOn: ['training'],
    workerOf: (key) => key,
  });
  return { resource, calls };
}

describe('resources', () => {
  it('go from loading to ready, and share one request between callers arriving together', async () => {
    const { resource, calls } = controlled();
    const first = resource.load(7);
    const second = resource.load(7);
    expect(resource.peek(7)).toEqual({ status: 'loading' });
    expect(calls).toHaveLength(1);
    calls[0]?.resolve('seven');
    await Promise.all([first, second]);
    expect(resource.peek(7)).toEqual({ status: 'ready', data: 'seven' });
  });

  it('tell "not found" and "not allowed" apart from a failure to retry', async () => {
    const { resource, calls } = controlled();
    const missing = resource.load(1);
    calls[0]?.reject(new ApiError({ code: 'NOT_FOUND', message: 'No worker with id 1 was found' }));
    await missing;
    expect(resource.peek(1)).toEqual({ status: 'notFound', message: 'No worker with id 1 was found' });

    const refused = resource.load(3);
    calls[1]?.reject(new ApiError({ code: 'FORBIDDEN', message: "You can't see this person's record" }));
    await refused;
    expect(resource.peek(3)).toEqual({ status: 'forbidden', message: "You can't see this person's record" });

    const broken = resource.load(2);
    calls[2]?.reject(new ApiError({ code: 'INTERNAL', message: 'disk full' }));
    await broken;
    expect(resource.peek(2)).toMatchObject({ status: 'failed', error: { code: 'INTERNAL', message: 'disk full' } });
  });

  it('stop showing what they had when a refresh is refused (the account lost the right to see it)', async () => {
    const { resource, calls } = controlled();
    const first = resource.load(8);
    calls[0]?.resolve('eight');
    await first;
    const again = resource.load(8);
    calls[1]?.reject(new ApiError({ code: 'FORBIDDEN', message: "You can't see this person's record" }));
    await again;
    expect(resource.peek(8)).toEqual({ status: 'forbidden', message: "You can't see this person's record" });
  });

  it('load again when their data changes while a load is on its way, so they never keep what it read before', async () => {
    const { resource, calls } = controlled();
    const loading = resource.load(3);
    publishChange(change(['training'], [3]));
    calls[0]?.resolve('before the write');
    await loading;
    await Promise.resolve();
    expect(calls).toHaveLength(2);
    calls[1]?.resolve('after the write');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(resource.peek(3)).toEqual({ status: 'ready', data: 'after the write' });
  });

  it('ignore changes to other domains and other workers, and forget what is off screen when it changes', async () => {
    const { resource, calls } = controlled();
    const loading = resource.load(4);
    calls[0]?.resolve('four');
    await loading;

    publishChange(change(['claims'], null));
    publishChange(change(['training'], [5]));
    expect(resource.peek(4)).toEqual({ status: 'ready', data: 'four' });

    publishChange(change(['training'], null));
    expect(resource.peek(4)).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it('act once on a change heard twice', async () => {
    const { resource, calls } = controlled();
    const loading = resource.load(6);
    const heardTwice = change(['training'], [6]);
    publishChange(heardTwice);
    publishChange(heardTwice);
    calls[0]?.resolve('old');
    await loading;
    await Promise.resolve();
    expect(calls).toHaveLength(2);
  });
});
