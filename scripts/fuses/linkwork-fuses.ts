import type { FuseV1Config } from '@electron/fuses';
import { flipFuses, FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';

/**
 * Electron's fuses are switches written into the packaged binary itself, so nothing at run time (an environment
 * variable, a command-line flag, a file beside the app) can turn them back. Every fuse is decided here: a newer
 * Electron with a fuse not named below is refused until someone decides it (strictlyRequireAllFuses).
 */
export const LINKWORK_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node that runs any script it is given.
  [FuseV1Options.RunAsNode]: false,
  // Cookies (the team-mode sign-in) are encrypted at rest with the operating system's key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could load code into the main process (--require) before Linkwork starts.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would open a debugger on the main process, which holds the data file.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app's code is checked against the hash recorded when it was packaged, so an edited app.asar will not run.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded, never a loose app folder someone puts beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Linkwork ships no custom V8 snapshot.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The pages come from app://, so file: pages get no more than a browser gives them.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // WebAssembly's guard-page bounds checks: Electron's default, kept.
  [FuseV1Options.WasmTrapHandlers]: true,
} satisfies FuseV1Config;

/** A fuse by its name, as set and as found in the binary. */
export interface FuseReading {
  fuse: string;
  wanted: 'on' | 'off';
  found: 'on' | 'off' | 'removed' | 'missing';
}

const FOUND: Record<number, FuseReading['found']> = {
  [FuseState.ENABLE]: 'on',
  [FuseState.DISABLE]: 'off',
  [FuseState.REMOVED]: 'removed',
};

/** Reads the binary's fuse wire back and sets it beside what Linkwork wants. */
export async function readLinkworkFuses(binary: string): Promise<FuseReading[]> {
  const wire: Partial<Record<number, FuseState>> = await getCurrentFuseWire(binary);
  return Object.values(FuseV1Options)
    .filter((index): index is FuseV1Options => typeof index === 'number')
    .map((index) => {
      const state = wire[index];
      return {
        fuse: FuseV1Options[index],
        wanted: LINKWORK_FUSES[index] ? 'on' : 'off',
        found: state === undefined ? 'missing' : (FOUND[state] ?? 'missing'),
      };
    });
}

/**
 * Flips the packaged binary's fuses to Linkwork's settings, then reads them back: throws unless every fuse reads
 * as set. `binary` is the packaged executable (on macOS, the .app; its ad-hoc signature is renewed on darwin).
 */
export async function flipLinkworkFuses(binary: string, platform = process.platform): Promise<FuseReading[]> {
  await flipFuses(binary, { ...LINKWORK_FUSES, resetAdHocDarwinSignature: platform === 'darwin' });
  const readings = await readLinkworkFuses(binary);
  const wrong = readings.filter((r) => r.found !== r.wanted);
  if (wrong.length > 0) {
    const list = wrong.map((r) => `${r.fuse} is ${r.found}, not ${r.wanted}`).join('; ');
    throw new Error(`The fuses did not all take: ${list}`);
  }
  return readings;
}
