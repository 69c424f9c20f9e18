import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import type { InputOf, MethodName, OutputOf } from '../../src/shared/api/contract.ts';

const opened: { backend: Backend; dir: string }[] = [];

afterEach(() => {
  for (const { backend, dir } of opened.splice(0)) {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

export function tempDir(prefix = 'linkwork-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real backend on a fresh SQLite file, closed and deleted after the test. "Now" is fixed. */
export function testBackend(now = '2026-11-24T10:00:00Z'): Backend {
  const dir = tempDir();
  const backend = createBackend({ dataDir: dir, now: () => new Date(now), osUser: 'tester' });
  opened.push({ backend, dir });
  return backend;
}

/** Calls a method and returns its value, failing the test with the backend's message if it failed. */
export async function ok<M extends MethodName>(backend: Backend, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const envelope = await backend.call(method, input);
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`);
  return envelope.value;
}

/** `ok` bound to one backend. */
export const callsOn =
  (backend: Backend) =>
  <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> =>
    ok(backend, method, input);

export function count(backend: Backend, table: string): number {
  return (backend.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
