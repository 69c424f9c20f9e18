import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

export interface SpawnServerOptions {
  /** What is started, as errors name it: "The app", "The team server". */
  name: string;
  /** The script and its arguments, run with this Node. */
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Finds the address to open in everything printed so far (stdout and stderr); undefined until it is there. */
  address(output: string): string | undefined;
  /** How long to wait for the address before giving up. */
  timeoutMs: number;
}

export interface SpawnedServer {
  /** What `address` found. */
  address: string;
  /** Everything printed so far. */
  output(): string;
  /** Asks the process to stop (SIGTERM) and waits until it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts a server script in its own Node process and waits for the line that gives its address. Fails with all
 * it printed if the address does not come in time, or the process exits first.
 */
export async function spawnServer({ name, args, env, address, timeoutMs }: SpawnServerOptions): Promise<SpawnedServer> {
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  const found = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in time:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const value = address(output);
      if (value) {
        clearTimeout(timer);
        resolve(value);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code}:\n${output}`));
    });
  });
  return {
    address: found,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
