import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface Child {
  process: ChildProcess;
  /** Everything it has printed on stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves when `line` has been printed on stdout (at once if it already has). */
  printed(line: string): Promise<void>;
  /** Its exit code (null when ended by a signal), once it has exited, been reaped and said all it printed. */
  exited: Promise<number | null>;
}

/** Runs a TypeScript file under tests/support/children in its own Node process. */
export function startChild(script: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, [path.resolve('tests/support/children', script), ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiting: { line: string; resolve(): void }[] = [];
  const hasLine = (line: string) => out.split('\n').includes(line);
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of waiting.filter((w) => hasLine(w.line))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    printed: (line) =>
      hasLine(line)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiting.push({ line, resolve });
            void exited.then(() => {
              if (!hasLine(line)) reject(new Error(`${script} exited before printing "${line}":\n${out}\n${err}`));
            });
          }),
    exited,
  };
}
