import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { ApiErrorBody } from '../../src/shared/api/envelope.ts';
import type { MethodName } from '../../src/shared/api/contract.ts';
import { tempDir } from './backend.ts';
import type { Edit } from './input-edits.ts';

/** Who calls: the computer's user in personal mode, or the lead signed in to team mode. */
export type MethodCaller = 'personal' | 'lead';

/** What one call of a method with an edited sample input did. */
export interface Attempt {
  /** The typed error, or null when the call succeeded. */
  error: ApiErrorBody | null;
  /** How long the awaited call took, measured around it with performance.now(). */
  ms: number;
  /** The tables (and evidence files) whose content the call changed. */
  changed: string[];
  /** Whether the call ended the test's transaction, so what it wrote could not be rolled back. */
  committed: boolean;
  /** Whether the call left a `polluted` property on Object.prototype. */
  polluted: boolean;
}

export type ThreadRequest =
  | { id: number; kind: 'sample'; method: MethodName; who: MethodCaller }
  | { id: number; kind: 'attempt'; method: MethodName; who: MethodCaller; edits: readonly Edit[] }
  | { id: number; kind: 'close' }
  /** Loops for ever without yielding, as a call that hangs would: for testing the deadline. */
  | { id: number; kind: 'spin' };

export type ThreadAnswer =
  | { ready: true }
  | { id: number; sample: unknown }
  | { id: number; attempt: Attempt }
  | { id: number; closed: true }
  | { id: number; failed: string };

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (answer: ThreadAnswer) => void; reject: (error: Error) => void };

/**
 * The test's side of method-thread-worker.ts: sends one request at a time and waits at most `deadlineMs` for each
 * answer. A thread that does not answer in time is ended (even in the middle of a loop) and the request fails with
 * a hang; the next request starts a fresh thread, with the example loaded again.
 */
export class MethodThread {
  private worker: Worker | null = null;
  private folder = '';
  private ready: Promise<void> | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  /** Attempts made, across restarts: the runs to report. */
  attempts = 0;
  /** The slowest call answered so far. */
  slowest = { ms: 0, method: '' };

  private readonly deadlineMs: number;

  constructor(deadlineMs: number) {
    this.deadlineMs = deadlineMs;
  }

  private start(): Promise<void> {
    this.folder = tempDir('linkwork-fuzz-');
    const worker = new Worker(new URL('./method-thread-worker.ts', import.meta.url), {
      workerData: { folder: this.folder },
    });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.on('message', (answer: ThreadAnswer) => {
        if ('ready' in answer) return resolve();
        this.pending.get(answer.id)?.resolve(answer);
        this.pending.delete(answer.id);
      });
      const fail = (error: Error) => {
        reject(error);
        this.failAll(error);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`The method thread stopped (exit code ${code})`)));
    });
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) await worker.terminate();
    fs.rmSync(this.folder, { recursive: true, force: true });
  }

  /** Sends requests one at a time, each after the last has been answered: the thread runs one transaction at once. */
  private request(request: WithoutId<ThreadRequest>, what: string): Promise<ThreadAnswer> {
    const answer = this.queue.then(() => this.send(request, what));
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  private async send(request: WithoutId<ThreadRequest>, what: string): Promise<ThreadAnswer> {
    this.ready ??= this.start();
    await this.ready;
    const worker = this.worker as Worker;
    const id = this.nextId++;
    let timer: NodeJS.Timeout | undefined;
    const answered = new Promise<ThreadAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
    const hung = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${what} did not answer within ${this.deadlineMs} ms: it hung`)),
        this.deadlineMs,
      );
    });
    try {
      const answer = await Promise.race([answered, hung]);
      if ('failed' in answer) throw new Error(`${what} could not be tried: ${answer.failed}`);
      return answer;
    } catch (error) {
      if (this.pending.has(id)) {
        this.pending.delete(id);
        await this.stop();
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** A method's sample input for `who`, as made for a call (and rolled back). */
  async sample(method: MethodName, who: MethodCaller): Promise<unknown> {
    const answer = await this.request({ kind: 'sample', method, who }, `Preparing ${method}'s sample`);
    return (answer as { sample: unknown }).sample;
  }

  /** Calls `method` as `who` with its sample input edited, in a transaction rolled back afterwards. */
  async attempt(method: MethodName, who: MethodCaller, edits: readonly Edit[]): Promise<Attempt> {
    this.attempts++;
    const { attempt } = (await this.request({ kind: 'attempt', method, who, edits }, `${method} as ${who}`)) as {
      attempt: Attempt;
    };
    if (attempt.ms > this.slowest.ms) this.slowest = { ms: attempt.ms, method };
    return attempt;
  }

  /** Makes the thread hang, as a call that never returns would. */
  async spin(): Promise<void> {
    await this.request({ kind: 'spin' }, 'A loop that never ends');
  }

  async close(): Promise<void> {
    if (this.worker) await this.request({ kind: 'close' }, 'Closing the backends').catch(() => undefined);
    await this.stop();
  }
}
