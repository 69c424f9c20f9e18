import { nodeVersionProblem } from '../../src/backend/db/node-version.ts';

/** Stops the run with one line, instead of a segfault in the SQLite addon, on an old Node. */
export default function requireNode(): void {
  const problem = nodeVersionProblem();
  if (problem) throw new Error(problem);
}
