import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runBrowserMode } from '../src/web/cli.ts';

const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));

/** Electron's runtime, installing it on first use; null where it cannot be had (no download possible). */
function electronBinary(): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  const installed = () =>
    fs.existsSync(pathFile) && fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8')));
  if (!installed()) {
    spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  }
  return installed() ? path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8')) : null;
}

const binary = electronBinary();
if (binary) {
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    "Electron's runtime is not installed and cannot be downloaded here, so Linkwork opens in browser mode instead.",
  );
  await runBrowserMode(process.argv.slice(2));
}
