import type { Zippable } from 'fflate';
import { zipSync } from 'fflate';

/** One file in a pack; certificates are stored as they are (PDFs and images do not shrink), the rest compressed. */
export interface PackEntry {
  path: string;
  bytes: Uint8Array;
  store?: boolean;
}

/** The entries as one zip, every file dated `at` so the same pack made twice is the same bytes. */
export function zipEntries(entries: readonly PackEntry[], at: Date): Buffer {
  const files: Zippable = {};
  for (const entry of entries) files[entry.path] = [entry.bytes, { level: entry.store ? 0 : 6, mtime: at }];
  const zip = zipSync(files);
  return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
}
