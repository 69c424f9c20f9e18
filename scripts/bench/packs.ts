import fs from 'node:fs';
import { createBackend } from '../../src/backend/backend.ts';
import { seedExample } from '../../src/backend/seed/example.ts';
import { linkUploads, storeUploads } from '../../src/backend/training/uploads.ts';
import { makeDataDir } from '../../tests/support/browser-mode.ts';

const CERTIFICATE_BYTES = 150 * 1024;

/** A PDF-looking certificate of the usual size, different for every `n`. */
function certificate(n: number): string {
  const bytes = Buffer.alloc(CERTIFICATE_BYTES, 0x20);
  bytes.write(`%PDF-1.4\n% certificate ${n}\n`, 0, 'latin1');
  return bytes.toString('base64');
}

/**
 * node scripts/bench/packs.ts: the evidence pack of the `ics` seed's largest practice, after a 150 KB certificate is
 * attached to every completed record of the people based there: the time to make it and the zip's size.
 */
export async function benchPacks(today: string): Promise<string[]> {
  const dataDir = makeDataDir('linkwork-bench-packs-');
  const backend = createBackend({ dataDir, now: () => new Date(`${today}T12:00:00Z`) });
  try {
    const { ctx } = backend;
    seedExample(ctx, { profile: 'ics', seed: 1, today });
    const { practiceId, people } = ctx.db
      .prepare(
        `SELECT base_practice_id AS practiceId, count(*) AS people FROM worker
         WHERE base_practice_id IS NOT NULL AND (leaving_date IS NULL OR leaving_date > ?)
         GROUP BY base_practice_id ORDER BY people DESC LIMIT 1`,
      )
      .get(today) as { practiceId: number; people: number };
    const records = ctx.db
      .prepare(
        `SELECT r.id FROM training_record r JOIN worker w ON w.id = r.worker_id
         WHERE w.base_practice_id = ? AND r.status = 'completed' AND r.withdrawn_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM training_record n WHERE n.replaces_id = r.id)`,
      )
      .pluck()
      .all(practiceId) as number[];
    records.forEach((recordId, n) =>
      linkUploads(
        ctx,
        recordId,
        storeUploads(ctx, [{ fileName: 'certificate.pdf', dataBase64: certificate(n) }]),
        today,
      ),
    );

    const started = performance.now();
    const pack = await backend.call('pack.practice', { practiceId });
    const ms = performance.now() - started;
    if (!pack.ok) throw new Error(pack.error.message);
    const someone = ctx.db
      .prepare('SELECT worker_id FROM training_record r JOIN record_evidence e ON e.record_id = r.id LIMIT 1')
      .pluck()
      .get() as number;
    const oneStarted = performance.now();
    const one = await backend.call('pack.worker', { workerId: someone });
    const oneMs = performance.now() - oneStarted;
    if (!one.ok) throw new Error(one.error.message);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return [
      `evidence pack of the ics seed's largest practice (${people} people, ${records.length.toLocaleString('en-GB')} certificates of 150 KB): ` +
        `${(ms / 1000).toFixed(1)} s, a ${mb(Buffer.byteLength(pack.value.dataBase64, 'base64'))} zip, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; ` +
        `one person's pack from it ${oneMs.toFixed(0)} ms`,
    ];
  } finally {
    backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchPacks('2026-11-24')) console.log(line);
}
