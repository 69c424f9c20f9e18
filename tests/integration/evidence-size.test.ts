import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_API_REQUEST_BYTES,
  MAX_EVIDENCE_FILE_BYTES,
  MAX_EVIDENCE_FILES_PER_RECORD,
} from '../../src/shared/domain/evidence-limits.ts';
import type { WebServer } from '../../src/web/server.ts';
import { startWebServer } from '../../src/web/server.ts';
import { callOverHttp } from '../support/api-over-http.ts';
import { ok, tempDir, testBackend } from '../support/backend.ts';
import { supervisedLinkWorker } from '../support/pcn.ts';

const servers: WebServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A file that passes as a PDF (its signature and name), `size` bytes long, told apart by `mark`. */
function pdfOfSize(size: number, mark: number): string {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write('%PDF-1.4\n', 0, 'latin1');
  bytes[size - 1] = mark;
  return bytes.toString('base64');
}

describe('the evidence size limit', () => {
  it('is the same in every shell: the largest file Settings allow goes through browser mode, and the most of them fit', async () => {
    const backend = testBackend();
    const { workerId } = await supervisedLinkWorker(backend);
    const settings = await ok(backend, 'settings.get', {});
    await ok(backend, 'settings.update', { ...settings, evidenceMaxBytes: MAX_EVIDENCE_FILE_BYTES });
    const server = await startWebServer({ backend, rendererDir: tempDir('linkwork-renderer-') });
    servers.push(server);

    const record = (evidence: { fileName: string; dataBase64: string }[]) => ({
      workerId,
      requirementId: 'fire-safety',
      status: 'completed',
      completedOn: '2026-11-20',
      evidence,
    });
    const largest = [{ fileName: 'certificate.pdf', dataBase64: pdfOfSize(MAX_EVIDENCE_FILE_BYTES, 0x30) }];
    const saved = await callOverHttp(server.url, 'training.record', record(largest));
    expect(saved.status).toBe(200);
    expect(saved.envelope).toMatchObject({ ok: true, value: { status: 'completed' } });
    const stored = backend.ctx.db.prepare('SELECT stored_name AS p FROM evidence_file').pluck().all() as string[];
    expect(stored.map((p) => fs.statSync(path.join(backend.ctx.dataDir, p)).size)).toEqual([MAX_EVIDENCE_FILE_BYTES]);

    // The most files a record takes, each as large: what one file adds, times the rest, still fits the cap.
    const oneFile = JSON.stringify({ method: 'training.record', input: record(largest) }).length;
    const eachMore = JSON.stringify(largest[0]).length + 1;
    expect(oneFile + (MAX_EVIDENCE_FILES_PER_RECORD - 1) * eachMore).toBeLessThan(MAX_API_REQUEST_BYTES);

    const tooBig = [{ fileName: 'scan.pdf', dataBase64: pdfOfSize(MAX_EVIDENCE_FILE_BYTES + 200 * 1024, 0x39) }];
    const refused = await callOverHttp(server.url, 'training.record', record(tooBig));
    expect(refused.status, 'carried, then refused by the backend, not by the transport').toBe(200);
    expect(refused.envelope).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { 'evidence.0': 'scan.pdf is 20.2 MB; the limit is 20 MB' } } },
    });
  }, 60_000);

  it('cannot be set above the largest every transport carries', async () => {
    const backend = testBackend();
    const settings = await ok(backend, 'settings.get', {});
    const refused = await backend.call('settings.update', {
      ...settings,
      evidenceMaxBytes: MAX_EVIDENCE_FILE_BYTES + 1,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { fields: { evidenceMaxBytes: 'Evidence files can be at most 20 MB' } } },
    });
  });

  it('is held to that limit when an older version saved more, and Settings show the limit that applies', async () => {
    const backend = testBackend();
    const settings = await ok(backend, 'settings.get', {});
    backend.ctx.db
      .prepare("INSERT OR REPLACE INTO setting (key, value) VALUES ('appSettings', ?)")
      .run(JSON.stringify({ ...settings, evidenceMaxBytes: 50 * 1024 * 1024 }));
    expect((await ok(backend, 'settings.get', {})).evidenceMaxBytes).toBe(MAX_EVIDENCE_FILE_BYTES);
  });
});
