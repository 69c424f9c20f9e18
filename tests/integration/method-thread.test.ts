import { afterAll, expect, it } from 'vitest';
import { MethodThread } from '../support/method-thread.ts';

/** The property tests' thread: a call that never returns fails at the deadline instead of stalling the suite. */

const thread = new MethodThread(2_000);
afterAll(() => thread.close());

it('fails a call that hangs at the deadline, then answers the next call from a fresh thread', async () => {
  await expect(thread.spin()).rejects.toThrow('A loop that never ends did not answer within 2000 ms: it hung');
  const attempt = await thread.attempt('app.status', 'personal', []);
  expect(attempt).toMatchObject({ error: null, changed: [], committed: false, polluted: false });
});
