import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.ts';
import { createBackend } from '../../src/backend/backend.ts';
import type { LockHolder } from '../../src/backend/db/instance-lock.ts';
import { DataFolderInUseError, LOCK_FILE_NAME } from '../../src/backend/db/instance-lock.ts';
import { tempDir } from '../support/backend.ts';
import { startApp } from '../support/browser-mode.ts';
import { startChild } from '../support/children.ts';

const NOW = () => new Date('2026-11-24T10:00:00Z');
const LONG_AGO = new Date('2000-01-01T00:00:00Z');
const dirs: string[] = [];
const open: Backend[] = [];

afterEach(() => {
  open.splice(0).forEach((b) => b.ctx.db.open && b.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function folder(): string {
  const dir = tempDir('linkwork-lock-');
  dirs.push(dir);
  return dir;
}

function backendOn(dataDir: string, shell = 'the test'): Backend {
  const backend = createBackend({ dataDir, now: NOW, osUser: 'tester', shell, log: () => undefined });
  open.push(backend);
  return backend;
}

const lockOf = (dataDir: string) => path.join(dataDir, LOCK_FILE_NAME);
const holderOf = (dataDir: string) => JSON.parse(fs.readFileSync(lockOf(dataDir), 'utf8')) as LockHolder;

function writeLock(dataDir: string, holder: Partial<LockHolder>): void {
  const full: LockHolder = { pid: process.pid, host: os.hostname(), shell: 'browser mode', startedAt: '', ...holder };
  fs.writeFileSync(lockOf(dataDir), JSON.stringify(full));
}

function refusal(run: () => unknown): DataFolderInUseError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataFolderInUseError) return error;
    throw error;
  }
  throw new Error('expected the data folder to be refused as in use');
}

describe('one Linkwork per data folder', () => {
  it('refuses a second backend in the same process, naming the folder and the holder; opens once the first closes', () => {
    const dataDir = folder();
    const first = backendOn(dataDir, 'browser mode');
    expect(holderOf(dataDir)).toMatchObject({ pid: process.pid, host: os.hostname(), shell: 'browser mode' });

    const refused = refusal(() => backendOn(dataDir));
    expect(refused.holder).toMatchObject({ pid: process.pid, shell: 'browser mode' });
    expect(refused.message).toContain(`The data folder ${dataDir} is already in use by browser mode`);
    expect(refused.message).toContain(`process ${process.pid} on ${os.hostname()}`);
    expect(refused.message).toMatch(/started \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(refused.message).toContain(`If no Linkwork is running there, delete ${lockOf(dataDir)}`);

    first.close();
    expect(fs.existsSync(lockOf(dataDir)), 'released on close').toBe(false);
    const second = backendOn(dataDir);
    expect(holderOf(dataDir).shell).toBe('the test');
    second.close();
    expect(fs.existsSync(lockOf(dataDir))).toBe(false);
  });

  it('takes over the lock of a process that was killed, and is released when a process ends without closing', async () => {
    const dataDir = folder();
    const killed = startChild('open-data-folder.ts', [dataDir, 'backend', '--stay']);
    await killed.printed('opened');
    expect(holderOf(dataDir)).toMatchObject({ pid: killed.process.pid, shell: 'a test child' });
    expect(refusal(() => backendOn(dataDir)).message).toContain(`a test child (process ${killed.process.pid} `);
    killed.process.kill('SIGKILL');
    await killed.exited;
    expect(fs.existsSync(lockOf(dataDir)), 'a kill leaves the lock behind').toBe(true);

    backendOn(dataDir).close();
    expect(fs.existsSync(lockOf(dataDir))).toBe(false);

    const ended = startChild('open-data-folder.ts', [dataDir, 'backend', '--exit-holding']);
    expect(await ended.exited).toBe(0);
    expect(ended.stdout()).toBe('opened\n');
    expect(fs.existsSync(lockOf(dataDir)), 'released on a normal exit').toBe(false);
  });

  it('takes over a lock naming this process id that an earlier process left (ids are reused)', () => {
    const dataDir = folder();
    writeLock(dataDir, { startedAt: LONG_AGO.toISOString() });
    backendOn(dataDir);
    expect(holderOf(dataDir).shell).toBe('the test');
  });

  it('refuses a lock held on another computer, which cannot be checked', () => {
    const dataDir = folder();
    writeLock(dataDir, { pid: 4242, host: 'reception-pc', startedAt: '2026-11-24T08:30:00Z' });
    const refused = refusal(() => backendOn(dataDir));
    expect(refused.message).toContain(
      'in use by browser mode (process 4242 on reception-pc, started 24/11/2026 08:30)',
    );
    expect(holderOf(dataDir).host, 'left as it was').toBe('reception-pc');
  });

  it('refuses while a lock file is empty (a start under way) and takes it over once it is old (a start killed)', () => {
    const dataDir = folder();
    fs.writeFileSync(lockOf(dataDir), '');
    expect(refusal(() => backendOn(dataDir)).message).toContain('in use by another Linkwork that is starting');
    fs.utimesSync(lockOf(dataDir), LONG_AGO, LONG_AGO);
    backendOn(dataDir);
    expect(holderOf(dataDir).pid).toBe(process.pid);
  });

  it('does not let the backend leave its lock behind when opening fails', () => {
    const dataDir = folder();
    fs.writeFileSync(path.join(dataDir, 'linkwork.sqlite'), 'not a database, but long enough to be read as one');
    expect(() => backendOn(dataDir)).toThrow();
    expect(fs.existsSync(lockOf(dataDir))).toBe(false);
  });

  it('lets only one browser-mode server start on a folder: a second, or npm run accounts, exits saying which folder and who has it', async () => {
    const dataDir = folder();
    const first = await startApp(dataDir, { today: '2026-11-24' });
    try {
      const holder = holderOf(dataDir);
      const second = spawnSync(process.execPath, ['src/web/cli.ts', '--data-dir', dataDir, '--port', '0'], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(second.status).not.toBe(0);
      expect(second.stdout).not.toMatch(/Open http/);
      expect(second.stderr).toContain(
        `The data folder ${dataDir} is already in use by browser mode (process ${holder.pid} `,
      );
      const accounts = spawnSync(process.execPath, ['src/web/team/accounts-cli.ts', '--data-dir', dataDir, 'list'], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(accounts.status, 'npm run accounts waits for the server to stop').toBe(1);
      expect(accounts.stderr.trim()).toMatch(
        /^The data folder .* is already in use by browser mode \(process \d+ on .*\.$/,
      );
      const stillServing = await fetch(new URL('/api', first.url), {
        method: 'POST',
        headers: { 'x-linkwork-token': new URL(first.url).searchParams.get('token') ?? '' },
        body: JSON.stringify({ method: 'app.status', input: {} }),
      });
      expect(((await stillServing.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      await first.stop();
    }
    expect(fs.existsSync(lockOf(dataDir)), 'released when stopped').toBe(false);
  });
});
