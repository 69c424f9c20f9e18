import { parseArgs } from 'node:util';
import { createBackend } from '../src/backend/backend.ts';
import { defaultUserDataDir, resolveDataDir } from '../src/backend/data-dir.ts';
import type { SeedProfile } from '../src/backend/seed/example.ts';
import { SEED_PROFILES, seedExample } from '../src/backend/seed/example.ts';
import { isIsoDate, ukDateOf } from '../src/shared/rules/dates.ts';

/** npm run seed -- --profile pcn|ics [--seed N] [--today YYYY-MM-DD] [--data-dir DIR] */
const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: 'pcn' },
    seed: { type: 'string', default: '1' },
    today: { type: 'string' },
    'data-dir': { type: 'string' },
  },
});

const profile = values.profile as SeedProfile;
if (!(profile in SEED_PROFILES)) {
  console.error(`Unknown profile "${values.profile}": use ${Object.keys(SEED_PROFILES).join(' or ')}`);
  process.exit(2);
}
const today = values.today ?? ukDateOf(new Date());
if (!isIsoDate(today)) {
  console.error(`--today must be a date as YYYY-MM-DD, not "${today}"`);
  process.exit(2);
}

const dataDir = resolveDataDir(process.argv.slice(2), process.env, () => defaultUserDataDir());
const backend = createBackend({ dataDir });
try {
  const started = performance.now();
  const summary = seedExample(backend.ctx, { profile, seed: Number(values.seed), today });
  const ms = performance.now() - started;
  console.log(
    `Seeded ${backend.ctx.dataFile} with the ${profile} profile in ${ms.toFixed(0)} ms: ` +
      `${summary.workers} workers, ${summary.practices} practices, ${summary.employers} employers, ` +
      `${summary.colleagues} supervisors and contacts, ${summary.trainingRecords} training records, ` +
      `${summary.supervisionSessions} supervision sessions, ${summary.assessments} signed assessments.`,
  );
} catch (error) {
  console.error(`Could not seed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  backend.close();
}
