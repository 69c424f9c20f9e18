import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { megabytes } from '../../shared/domain/evidence-limits.ts';
import type { EvidenceMediaType } from '../../shared/domain/requirements.ts';
import { invalidField } from '../errors.ts';

const SIGNATURES: { mediaType: EvidenceMediaType; extensions: string[]; magic: number[] }[] = [
  { mediaType: 'application/pdf', extensions: ['.pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mediaType: 'image/png', extensions: ['.png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'], magic: [0xff, 0xd8, 0xff] },
];

export interface CheckedFile {
  bytes: Buffer;
  sha256: string;
  mediaType: EvidenceMediaType;
  extension: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Accepts a PDF, PNG or JPEG under the size limit (Settings', which readAppSettings holds to the one every
 * transport carries), judged by its content and its name alike.
 */
export function checkEvidenceFile(field: string, fileName: string, dataBase64: string, maxBytes: number): CheckedFile {
  if (!BASE64.test(dataBase64)) throw invalidField(field, `${fileName} could not be read`);
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw invalidField(field, `${fileName} is empty`);
  if (bytes.length > maxBytes)
    throw invalidField(field, `${fileName} is ${megabytes(bytes.length)}; the limit is ${megabytes(maxBytes)}`);
  const extension = path.extname(fileName).toLowerCase();
  const kind = SIGNATURES.find((s) => s.magic.every((byte, i) => bytes[i] === byte));
  if (!kind || !kind.extensions.includes(extension)) {
    throw invalidField(field, `${fileName} is not a PDF, PNG or JPEG file`);
  }
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), mediaType: kind.mediaType, extension };
}

/** The folder, beside the data file, holding every evidence file. */
export const EVIDENCE_FOLDER = 'evidence';

/** Where a file's content lives: named by its hash, so the user's file name never reaches the file system. */
export function storedName(file: { sha256: string; extension: string }): string {
  return path.join(EVIDENCE_FOLDER, file.sha256.slice(0, 2), `${file.sha256}${file.extension}`);
}

/** Writes the content once (the same content is stored once), atomically. */
export function writeEvidenceFile(dataDir: string, file: CheckedFile): string {
  const relative = storedName(file);
  const target = path.join(dataDir, relative);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.bytes);
    fs.renameSync(temporary, target);
  }
  return relative;
}

/** Every file under `dir` (the evidence folder, or a backup's copy of it), as full paths; none if it is missing. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function readEvidenceFile(dataDir: string, relative: string): Buffer {
  const target = path.resolve(dataDir, relative);
  if (!target.startsWith(path.resolve(dataDir, EVIDENCE_FOLDER) + path.sep))
    throw new Error('Evidence path outside the data folder');
  return fs.readFileSync(target);
}
