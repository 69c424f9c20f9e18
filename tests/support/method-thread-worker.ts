import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Caller } from '../../src/backend/access/caller.ts';
import { PERSONAL } from '../../src/backend/access/caller.ts';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import type { MethodName } from '../../src/shared/api/contract.ts';
import { examplePeople } from './example-people.ts';
import type { Edit } from './input-edits.ts';
import { applyEdits } from './input-edits.ts';
import type { Env } from './method-samples.ts';
import { MONTH, NOW, ON_EMPTY_FILE, sampleInput, valueOf } from './method-samples.ts';
import type { Attempt, MethodCaller, ThreadAnswer, ThreadRequest } from './method-thread.ts';
import { differences, fingerprint } from './state-fingerprint.ts';

/**
 * A thread holding two real backends on SQLite files in a temporary folder (the example PCN, and an empty file for
 * setting one up), that prepares a method's sample input, edits it, calls the method and says what came back, how
 * long it took and what the call changed. Every attempt runs in a transaction rolled back afterwards, so each meets
 * the same data. It runs apart from the test so that a call that never returns (even a loop that never yields)
 * can be cut off: the test ends the thread.
 */

const { folder } = workerData as { folder: string };
const open = (name: string): Backend => {
  const dataDir = path.join(folder, name);
  fs.mkdirSync(dataDir);
  return createBackend({ dataDir, now: () => new Date(NOW), osUser: 'tester' });
};
const example = open('example');
const empty = open('empty');
await valueOf(example.call('app.loadExample', {}), 'loading the example');
const { ids, callers } = await examplePeople(example);
const actingAs = example.ctx.launch.actingAs;
// Works out the matrix and makes each kind of PDF once now, so no timed call is the first to load fonts and code.
example.warmUp();
for (const [method, input] of [
  ['claim.pdf', { month: MONTH }],
  ['induction.pdf', { workerId: ids.w }],
  ['assessment.pdf', { id: ids.signedAssessment }],
  ['supervision.pdf', { id: ids.signedSession }],
  ['supervision.logPdf', { workerId: ids.w, from: '2026-01-01', to: '2026-11-24' }],
] as const)
  await valueOf(example.call(method, input), `warming up ${method}`);

const CALLERS: Record<MethodCaller, Caller> = { personal: PERSONAL, lead: callers.lead };

/** Samples are made by the computer's user, for the caller: the lead, or the computer's user themself. */
const envOf = (backend: Backend, who: MethodCaller): Env => ({
  backend,
  ids,
  callers,
  who,
  as: (method, input) => valueOf(backend.callAs(PERSONAL, method, input), `preparing the sample: ${method}`),
});

/** Runs `work` in a transaction rolled back afterwards, with "Acting as" put back as it was. */
async function rolledBack<T>(backend: Backend, work: () => Promise<T>): Promise<T> {
  const db = backend.ctx.db;
  db.exec('BEGIN');
  try {
    return await work();
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    backend.ctx.launch.actingAs = backend === example ? actingAs : null;
  }
}

const backendFor = (method: MethodName): Backend => (ON_EMPTY_FILE.has(method) ? empty : example);

async function attempt(method: MethodName, who: MethodCaller, edits: readonly Edit[]): Promise<Attempt> {
  const backend = backendFor(method);
  return rolledBack(backend, async () => {
    const input = applyEdits(await sampleInput(method, envOf(backend, who)), edits);
    const before = fingerprint(backend.ctx.db, backend.ctx.dataDir);
    const started = performance.now();
    const envelope = await backend.callAs(CALLERS[who], method, input as never);
    const ms = performance.now() - started;
    return {
      error: envelope.ok ? null : envelope.error,
      ms,
      changed: differences(before, fingerprint(backend.ctx.db, backend.ctx.dataDir)),
      committed: !backend.ctx.db.inTransaction,
      polluted: Object.getOwnPropertyNames(Object.prototype).includes('polluted'),
    };
  });
}

async function answer(request: ThreadRequest): Promise<ThreadAnswer> {
  try {
    if (request.kind === 'close') {
      example.close();
      empty.close();
      return { id: request.id, closed: true };
    }
    if (request.kind === 'spin') for (;;);
    if (request.kind === 'sample') {
      const backend = backendFor(request.method);
      const sample = await rolledBack(backend, () => sampleInput(request.method, envOf(backend, request.who)));
      return { id: request.id, sample };
    }
    return { id: request.id, attempt: await attempt(request.method, request.who, request.edits) };
  } catch (error) {
    return { id: request.id, failed: (error as Error).stack ?? String(error) };
  }
}

const port = parentPort;
if (!port) throw new Error('method-thread-worker.ts runs as a worker thread');
// One request at a time: the test waits for each answer before it sends the next.
port.on('message', (request: ThreadRequest) => void answer(request).then((reply) => port.postMessage(reply)));
port.postMessage({ ready: true } satisfies ThreadAnswer);
