/** better-sqlite3 13 needs Node-API 10 (Node 22.12 or later) and crashes outright on older Node. */
const MINIMUM = [22, 12] as const;

export function nodeVersionProblem(version: string = process.versions.node): string | null {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const ok = major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
  return ok
    ? null
    : `Linkwork needs Node ${MINIMUM.join('.')} or later (this is Node ${version}); run it through npm (npm start, npm test), which uses the project's Node 24.`;
}

export function assertSupportedNode(): void {
  const problem = nodeVersionProblem();
  if (problem) throw new Error(problem);
}
