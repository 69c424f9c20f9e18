import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import { flipLinkworkFuses, LINKWORK_FUSES } from '../../scripts/fuses/linkwork-fuses.ts';
import { tempDir } from '../support/backend.ts';

/**
 * Electron's runtime cannot be downloaded here, so the fuses are flipped in a stand-in binary laid out as
 * @electron/fuses reads a real one: somewhere in the file, the sentinel, then a version byte, a length byte and one
 * byte per fuse ('0' off, '1' on).
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = FuseState.ENABLE;
const OFF = FuseState.DISABLE;

/** Electron's own defaults for the nine fuses @electron/fuses 2.1 knows, in wire order. */
const ELECTRON_DEFAULTS = [ON, OFF, ON, ON, OFF, OFF, OFF, ON, ON];

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A fake binary: random bytes either side of the fuse wire, as in a real executable. */
function fakeBinary(wire: number[] = ELECTRON_DEFAULTS): { file: string; before: Buffer; after: Buffer } {
  const dir = tempDir('linkwork-fuses-');
  dirs.push(dir);
  const before = randomBytes(64 * 1024);
  const after = randomBytes(16 * 1024);
  const file = path.join(dir, 'linkwork');
  fs.writeFileSync(file, Buffer.concat([before, Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), after]));
  return { file, before, after };
}

const wanted = Object.fromEntries(
  Object.values(FuseV1Options)
    .filter((index): index is FuseV1Options => typeof index === 'number')
    .map((index) => [index, LINKWORK_FUSES[index] ? ON : OFF]),
);

describe("the packaged app's fuses", () => {
  it('are flipped to Linkwork’s settings and read back so, touching nothing else in the file', async () => {
    const { file, before, after } = fakeBinary();
    const readings = await flipLinkworkFuses(file, 'linux');

    expect(await getCurrentFuseWire(file)).toEqual({ version: '1', ...wanted });
    expect(readings).toContainEqual({ fuse: 'RunAsNode', wanted: 'off', found: 'off' });
    expect(readings).toContainEqual({ fuse: 'EnableNodeOptionsEnvironmentVariable', wanted: 'off', found: 'off' });
    expect(readings).toContainEqual({ fuse: 'EnableNodeCliInspectArguments', wanted: 'off', found: 'off' });
    expect(readings).toContainEqual({ fuse: 'EnableCookieEncryption', wanted: 'on', found: 'on' });
    expect(readings).toContainEqual({ fuse: 'EnableEmbeddedAsarIntegrityValidation', wanted: 'on', found: 'on' });
    expect(readings).toContainEqual({ fuse: 'OnlyLoadAppFromAsar', wanted: 'on', found: 'on' });
    expect(readings).toContainEqual({ fuse: 'GrantFileProtocolExtraPrivileges', wanted: 'off', found: 'off' });
    expect(readings).toHaveLength(9);

    const flipped = fs.readFileSync(file);
    expect(flipped.subarray(0, before.length).equals(before)).toBe(true);
    expect(flipped.subarray(flipped.length - after.length).equals(after)).toBe(true);
    expect(flipped.length).toBe(before.length + SENTINEL.length + 2 + 9 + after.length);
  });

  it('are the same after flipping twice', async () => {
    const { file } = fakeBinary();
    await flipLinkworkFuses(file, 'linux');
    const once = fs.readFileSync(file);
    await flipLinkworkFuses(file, 'linux');
    expect(fs.readFileSync(file).equals(once)).toBe(true);
  });

  it('refuse a newer Electron with a fuse nobody has decided, leaving it untouched', async () => {
    const { file } = fakeBinary([...ELECTRON_DEFAULTS, ON]);
    const untouched = fs.readFileSync(file);
    await expect(flipLinkworkFuses(file, 'linux')).rejects.toThrow(/has 10 fuses but you only provided a config for 9/);
    expect(fs.readFileSync(file).equals(untouched)).toBe(true);
  });

  it('refuse a file that is not an Electron binary', async () => {
    const dir = tempDir('linkwork-fuses-');
    dirs.push(dir);
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'not Electron');
    await expect(flipLinkworkFuses(file, 'linux')).rejects.toThrow(/Could not find sentinel/);
  });

  it('are set by `npm run fuses -- <binary>`, which prints each one read back', () => {
    const { file } = fakeBinary();
    const run = spawnSync(process.execPath, ['scripts/flip-fuses.ts', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^RunAsNode\s+off$/m);
    expect(run.stdout).toMatch(/^OnlyLoadAppFromAsar\s+on$/m);
    expect(run.stdout).toContain(`Linkwork's fuses are set in ${file}`);

    const missing = spawnSync(process.execPath, ['scripts/flip-fuses.ts', path.join(file, 'nothing')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('There is no file at');
  });
});
