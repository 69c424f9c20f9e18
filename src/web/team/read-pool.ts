import { Worker } from 'node:worker_threads';
import type { Caller } from '../../backend/access/caller.ts';
import type { Backend } from '../../backend/backend.ts';
import type { ReadWorkerAnswer, ReadWorkerData, ReadWorkerReopen, ReadWorkerRequest } from './read-worker.ts';

/**
 * Whole-PCN reads that take a tenth of a second or more on an integrated care system's data: answered by reader
 * threads, so the main thread (sessions, writes, small reads, the event stream) never waits behind them. Each is
 * a pure read: the reader's connection cannot write, and the tests call every one of them through it.
 */
export const POOLED_METHODS: ReadonlySet<string> = new Set([
  'worker.list',
  'compliance.matrix',
  'home.lead',
  'report.compliance',
  'report.complianceCsv',
  'claim.view',
  'claim.readiness',
  'claim.position',
  'claim.year',
  'competency.heatmap',
  'supervision.openActions',
  'audit.list',
  'audit.csv',
]);

interface Reader {
  worker: Worker;
  busy: number;
  alive: boolean;
}

export interface ReadPool {
  /** The answer as JSON, or null when this call is not for a reader (or none is running): answer it yourself. */
  handle(request: unknown, caller: Caller): Promise<string> | null;
  close(): Promise<void>;
}

/** Starts `threads` readers on the backend's file and resolves once each has read everyone's evidence. */
export async function startReadPool(backend: Backend, threads: number, pinnedToday: string | null): Promise<ReadPool> {
  const data: ReadWorkerData = {
    dataFile: backend.ctx.dataFile,
    dataDir: backend.ctx.dataDir,
    schemaVersion: backend.ctx.schemaVersion,
    pinnedToday,
  };
  const pending = new Map<number, { resolve(body: string): void; reader: Reader }>();
  let nextId = 0;
  const readers: Reader[] = [];
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { workerData: data });
      const reader: Reader = { worker, busy: 0, alive: true };
      await new Promise<void>((resolve, reject) => {
        worker.once('error', reject);
        worker.on('message', (answer: ReadWorkerAnswer) => {
          if ('ready' in answer) return resolve();
          const waiting = pending.get(answer.id);
          pending.delete(answer.id);
          reader.busy--;
          waiting?.resolve(answer.body);
        });
      });
      // A reader that fails is retired; calls it had are answered as failures and later ones go to the main thread.
      const retire = (why: string) => {
        reader.alive = false;
        for (const [id, waiting] of pending) {
          if (waiting.reader !== reader) continue;
          pending.delete(id);
          waiting.resolve(
            JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: `Linkwork's reader stopped: ${why}` } }),
          );
        }
      };
      worker.on('error', (error) => {
        console.error(`[linkwork] a reader thread failed: ${error.message}`);
        retire(error.message);
      });
      worker.on('exit', (code) => retire(`it exited with code ${code}`));
      readers.push(reader);
    }),
  );
  // Messages are taken in order: every call after a restore reaches a reader that has opened the file afresh.
  const stopHearing = backend.onDataReplaced(() => {
    const reopen = { reopen: { schemaVersion: backend.ctx.schemaVersion } } satisfies ReadWorkerReopen;
    for (const reader of readers) if (reader.alive) reader.worker.postMessage(reopen);
  });

  return {
    handle: (request, caller) => {
      const method = (request as { method?: unknown } | null)?.method;
      if (typeof method !== 'string' || !POOLED_METHODS.has(method)) return null;
      const reader = readers.filter((r) => r.alive).sort((a, b) => a.busy - b.busy)[0];
      if (!reader) return null;
      const id = ++nextId;
      reader.busy++;
      return new Promise<string>((resolve) => {
        pending.set(id, { resolve, reader });
        reader.worker.postMessage({ id, request, caller } satisfies ReadWorkerRequest);
      });
    },
    close: async () => {
      stopHearing();
      await Promise.all(readers.map((r) => r.worker.terminate()));
    },
  };
}
