import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The installed Electron runtime, or null where it could not be downloaded (as on machines with no internet). */
export function electronRuntime(): string | null {
  const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? binary : null;
}
