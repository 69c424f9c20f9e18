import { createHash } from 'node:crypto';
import { createBackend } from '../../../src/backend/backend.ts';
import { linkWorker } from '../link-worker.ts';

/**
 * A child process for the crash test: writes to DIR in a loop until it is killed, a worker and then a training
 * record with an evidence file each time, printing each write once it has been acknowledged:
 *   worker <id>
 *   record <id> <sha256 of its evidence>
 * Usage: write-until-killed.ts DIR LABEL (LABEL tells this run's files from earlier runs').
 */
const [dataDir = '', label = 'run'] = process.argv.slice(2);
const EVIDENCE_BYTES = 1024 * 1024;
const backend = createBackend({
  dataDir,
  now: () => new Date('2026-11-24T10:00:00Z'),
  shell: 'a test child',
  log: (line) => console.error(line),
});

function evidence(i: number): Buffer {
  const bytes = Buffer.alloc(EVIDENCE_BYTES, 0x20);
  bytes.write(`%PDF-1.4\n% ${label} ${i}\n`, 0, 'latin1');
  return bytes;
}

async function value<T>(envelope: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const answer = await envelope;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}

console.log('ready');
for (let i = 1; ; i++) {
  const worker = await value(backend.call('worker.create', linkWorker({ name: `Worker ${label} ${i}` })));
  console.log(`worker ${worker.id}`);
  const file = evidence(i);
  const record = await value(
    backend.call('training.record', {
      workerId: worker.id,
      requirementId: 'fire-safety',
      status: 'completed',
      completedOn: '2026-11-20',
      evidence: [{ fileName: `certificate ${i}.pdf`, dataBase64: file.toString('base64') }],
    }),
  );
  console.log(`record ${record.id} ${createHash('sha256').update(file).digest('hex')}`);
}
