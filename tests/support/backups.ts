import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import type { TestClock } from './accounts.ts';
import { ok, tempDir } from './backend.ts';
import { tinyPdf } from './files.ts';
import { linkWorker, supervisedLinkWorker } from './pcn.ts';

const opened: { backend: Backend; dir: string }[] = [];
afterEach(() => {
  for (const { backend, dir } of opened.splice(0)) {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A backend on a fresh folder whose clock the test moves by hand, and which the test may close and open again. */
function reopenableBackend(start: string) {
  let at = Date.parse(start);
  const clock: TestClock = {
    now: () => new Date(at),
    set: (iso) => (at = Date.parse(iso)),
    advance: (minutes) => (at += minutes * 60_000),
  };
  const dir = tempDir('linkwork-backups-');
  const open = () => createBackend({ dataDir: dir, now: clock.now, osUser: 'tester', log: () => undefined });
  const slot = { backend: open(), dir };
  opened.push(slot);
  /** Closes the backend and opens the folder again, as the next launch would. */
  const reopen = (): Backend => {
    slot.backend.close();
    slot.backend = open();
    return slot.backend;
  };
  return { backend: slot.backend, clock, dir, reopen };
}

/** A PCN with Florence, her fire-safety training and its certificate; the clock pinned at 01:30 on 24/11/2026. */
export async function pcnWithEvidence(start = '2026-11-24T01:30:00Z') {
  const made = reopenableBackend(start);
  const { workerId } = await supervisedLinkWorker(made.backend);
  await ok(made.backend, 'training.record', {
    workerId,
    requirementId: 'fire-safety',
    status: 'completed',
    completedOn: '2026-11-20',
    evidence: [{ fileName: 'fire.pdf', dataBase64: tinyPdf('fire').toString('base64') }],
  });
  return { ...made, workerId };
}

/** A second worker, added after a backup was made. */
export const addOmar = (backend: Backend) =>
  ok(backend, 'worker.create', linkWorker({ name: 'Omar Haddad', role: 'hwbc' }));

export const workerNames = async (backend: Backend) =>
  (await ok(backend, 'worker.list', {})).map((worker) => worker.name).sort();

/** Every file under `dir`, as paths relative to it, with their sizes summed. */
export function filesAndSize(dir: string): { files: string[]; bytes: number } {
  if (!fs.existsSync(dir)) return { files: [], bytes: 0 };
  const files = (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  return {
    files: files.map((file) => path.relative(dir, file)).sort(),
    bytes: files.reduce((sum, file) => sum + fs.statSync(file).size, 0),
  };
}
