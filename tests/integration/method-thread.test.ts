import { afterAll, expect, it } from 'vitest';
import { MethodThread } from '../support/method-thread.ts';

/**
 * The property tests' thread: a call that never returns fails at the deadline instead of stalling the suite, and
 * what a call changed is seen, so "nothing changed" means something.
 */

const thread = new MethodThread(2_000);
afterAll(() => thread.close());

it('sees the rows and the evidence file an accepted call wrote', async () => {
  const certificate = Buffer.from('%PDF-1.4\n% seen by the fingerprint\n%%EOF\n').toString('base64');
  const attempt = await thread.attempt('training.record', 'personal', [
    { path: ['evidence', 0, 'dataBase64'], value: certificate },
  ]);
  expect(attempt.error).toBeNull();
  expect(attempt.changed).toEqual(
    expect.arrayContaining(['training_record', 'record_evidence', 'evidence_file', 'audit_log']),
  );
  expect(attempt.changed.filter((name) => name.startsWith('evidence/'))).toHaveLength(1);
});

it('fails a call that hangs at the deadline, then answers the next call from a fresh thread', async () => {
  await expect(thread.spin()).rejects.toThrow('A loop that never ends did not answer within 2000 ms: it hung');
  const attempt = await thread.attempt('app.status', 'personal', []);
  expect(attempt).toMatchObject({ error: null, changed: [], committed: false, polluted: false });
});
