import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const DATA_DIR_ENV = 'LINKWORK_DATA_DIR';

/** Where Electron's `app.getPath('userData')` puts an app called Linkwork, for shells without Electron. */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Linkwork');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Linkwork');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Linkwork');
}

/** `--data-dir DIR` wins, then the LINKWORK_DATA_DIR variable, then the OS user-data folder. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: () => string): string {
  const { values } = parseArgs({ args: [...argv], options: { 'data-dir': { type: 'string' } }, strict: false });
  const chosen = values['data-dir'] ?? env[DATA_DIR_ENV];
  return typeof chosen === 'string' && chosen.length > 0 ? path.resolve(chosen) : fallback();
}
