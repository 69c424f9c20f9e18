import path from 'node:path';
import { createBackend } from '../../src/backend/backend.ts';
import { inviteAccount } from '../../src/backend/accounts/admin.ts';
import { hashPassword } from '../../src/backend/accounts/passwords.ts';
import { setPassword } from '../../src/backend/accounts/queries.ts';
import { inTransaction } from '../../src/backend/context.ts';
import { createColleague } from '../../src/backend/pcn/service.ts';
import { seededRandom } from '../../src/backend/seed/random.ts';
import type { SpawnedServer } from '../../tests/support/spawn-server.ts';
import { spawnServer } from '../../tests/support/spawn-server.ts';

/**
 * The team-mode load run: signed-in users (leads, supervisors and workers) on loopback, each opening the pages
 * their role has (the API calls each page makes, at once, as the page does) and saving a training record, with a
 * pause between pages, for a fixed time. Every request is timed to its whole answer.
 */

const SERVE = path.resolve('src/web/team/cli.ts');
const PASSWORD = 'bench load passphrase';
const OK = Buffer.from('{"ok":true,');

type Role = 'lead' | 'supervisor' | 'worker';
interface Call {
  method: string;
  input: unknown;
  write?: boolean;
}
interface User {
  role: Role;
  email: string;
  /** The workers this user's pages are about: anyone for a lead, supervisees, or themself. */
  workers: number[];
  cookie: string;
}

export interface LoadOptions {
  dataDir: string;
  today: string;
  seconds: number;
  users?: { lead: number; supervisor: number; worker: number };
  /** The pause between one page and the next, chosen evenly between these (ms). */
  thinkMs?: [number, number];
}

const pickFrom = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

/** Each page and the calls it makes when opened; `save` records a training completion about one of the user's workers. */
function pagesFor(role: Role, today: string): Record<string, (worker: number) => Call[]> {
  const workerPage = (id: number): Call[] => [
    { method: 'worker.get', input: { id } },
    { method: 'compliance.worker', input: { workerId: id } },
  ];
  const save = (workerId: number): Call[] => [
    {
      method: 'training.record',
      input: { workerId, requirementId: 'fire-safety', status: 'completed', completedOn: today },
      write: true,
    },
  ];
  const supervision = (workerId: number): Call[] => [{ method: 'supervision.forWorker', input: { workerId } }];
  if (role === 'lead')
    return {
      'staff register': () => [{ method: 'worker.list', input: {} }],
      'training matrix': () => [{ method: 'compliance.matrix', input: {} }],
      'worker page': workerPage,
      'supervision tab': supervision,
      'ARRS claim': () => [
        { method: 'claim.view', input: { month: '2026-10' } },
        { method: 'claim.readiness', input: { month: '2026-10' } },
      ],
      save,
    };
  if (role === 'supervisor')
    return {
      'my supervisees': () => [{ method: 'worker.list', input: {} }],
      'supervisee page': workerPage,
      'supervision tab': supervision,
      'open actions': () => [{ method: 'supervision.openActions', input: {} }],
      save,
    };
  return {
    'own page': workerPage,
    'supervision tab': supervision,
    competencies: (workerId) => [{ method: 'competency.profile', input: { workerId } }],
    save,
  };
}

/** Accounts for the run, straight into the data file: new leads, the busiest supervisors, and workers. */
async function makeAccounts(
  dataDir: string,
  counts: NonNullable<LoadOptions['users']>,
): Promise<Omit<User, 'cookie'>[]> {
  const backend = createBackend({ dataDir });
  try {
    const db = backend.ctx.db;
    const hash = await hashPassword(PASSWORD);
    const users: Omit<User, 'cookie'>[] = [];
    const everyone = (db.prepare('SELECT id FROM worker ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    inTransaction(backend.ctx, () => {
      const add = (role: Role, person: { kind: 'worker' | 'colleague'; id: number }, workers: number[], i: number) => {
        const email = `bench.${role}.${i}@nhs.net`;
        const invitation = inviteAccount(backend.ctx, { person, email, lead: role === 'lead' });
        setPassword(db, invitation.account.id, hash);
        users.push({ role, email, workers });
      };
      for (let i = 0; i < counts.lead; i++) {
        const lead = createColleague(backend.ctx, {
          name: `Bench Lead ${i}`,
          jobTitle: 'PCN workforce lead',
          practiceId: null,
        });
        add('lead', { kind: 'colleague', id: lead.id }, everyone, i);
      }
      const supervisors = db
        .prepare(
          `SELECT supervisor_id AS id FROM worker WHERE supervisor_id IS NOT NULL
           GROUP BY supervisor_id ORDER BY count(*) DESC, supervisor_id LIMIT ?`,
        )
        .all(counts.supervisor) as { id: number }[];
      supervisors.forEach(({ id }, i) => {
        const theirs = (db.prepare('SELECT id FROM worker WHERE supervisor_id = ?').all(id) as { id: number }[]).map(
          (r) => r.id,
        );
        add('supervisor', { kind: 'colleague', id }, theirs, i);
      });
      const workers = db
        .prepare('SELECT id FROM worker WHERE leaving_date IS NULL ORDER BY id LIMIT ?')
        .all(counts.worker) as { id: number }[];
      workers.forEach(({ id }, i) => add('worker', { kind: 'worker', id }, [id], i));
    });
    return users;
  } finally {
    backend.close();
  }
}

/** The team server in its own process, as `npm run serve` runs it; ready once it listens and today's backup is done. */
const startServer = (dataDir: string, today: string): Promise<SpawnedServer> =>
  spawnServer({
    name: 'The team server',
    args: [SERVE, '--data-dir', dataDir, '--port', '0', '--today', today],
    address: (output) =>
      /Backed up to|could not make today's backup/.test(output)
        ? /serving your PCN .* at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
        : undefined,
    timeoutMs: 120_000,
  });

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);

/** Runs the load and returns the report's lines. */
export async function benchLoad(options: LoadOptions): Promise<string[]> {
  const counts = options.users ?? { lead: 5, supervisor: 15, worker: 30 };
  const [thinkMin, thinkMax] = options.thinkMs ?? [1000, 3000];
  const accounts = await makeAccounts(options.dataDir, counts);
  const server = await startServer(options.dataDir, options.today);
  const baseUrl = server.address;
  const headers = { 'Content-Type': 'application/json', Origin: baseUrl };
  const timings = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const streams: AbortController[] = [];
  let changesHeard = 0;
  const fail = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);

  try {
    const users: User[] = [];
    for (const account of accounts) {
      const reply = await fetch(`${baseUrl}/auth/sign-in`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ email: account.email, password: PASSWORD }),
      });
      const cookie = reply.headers.get('set-cookie')?.split(';')[0];
      if (!reply.ok || !cookie)
        throw new Error(`${account.email} could not sign in: ${reply.status} ${await reply.text()}`);
      users.push({ ...account, cookie });
    }

    // Every user's page listens for changes, as the app does.
    for (const user of users) {
      const controller = new AbortController();
      streams.push(controller);
      void fetch(`${baseUrl}/api/events`, { headers: { cookie: user.cookie }, signal: controller.signal })
        .then(async (response) => {
          if (!response.ok || !response.body) return fail('event stream');
          for await (const chunk of response.body)
            changesHeard += (
              Buffer.from(chunk)
                .toString()
                .match(/^data: /gm) ?? []
            ).length;
        })
        .catch((error: unknown) => {
          if ((error as Error).name !== 'AbortError') fail('event stream');
        });
    }

    const call = async (user: User, { method, input, write }: Call) => {
      const kind = `${write ? 'write' : 'read'} ${method}`;
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}/api`, {
          method: 'POST',
          headers: { ...headers, cookie: user.cookie },
          body: JSON.stringify({ method, input }),
        });
        // The answer is read whole but not parsed unless it failed: parsing a claim month's megabytes here would
        // hold up this process and be counted against the server.
        const body = Buffer.from(await response.arrayBuffer());
        const took = performance.now() - started;
        if (!response.ok || !body.subarray(0, OK.length).equals(OK)) {
          const envelope = JSON.parse(body.toString()) as { error?: { message: string } };
          return fail(`${kind} (${user.role}): ${envelope.error?.message ?? response.status}`);
        }
        const list = timings.get(kind) ?? [];
        list.push(took);
        timings.set(kind, list);
      } catch (error) {
        fail(`${kind} (${user.role}): ${(error as Error).message}`);
      }
    };

    const deadline = performance.now() + options.seconds * 1000;
    let pagesOpened = 0;
    const runUser = async (user: User, index: number) => {
      const next = seededRandom(index + 1); // each run asks for the same pages in the same order
      const pages = pagesFor(user.role, options.today);
      const names = Object.keys(pages);
      // Users arrive spread over the first pause, not all at the same instant.
      await new Promise((resolve) => setTimeout(resolve, next() * thinkMax));
      await call(user, { method: 'app.status', input: {} });
      for (let i = 0; i < 100_000 && performance.now() < deadline; i++) {
        const page = pages[pickFrom(next, names)] as (worker: number) => Call[];
        await Promise.all(page(pickFrom(next, user.workers)).map((c) => call(user, c)));
        pagesOpened++;
        const pause = thinkMin + next() * (thinkMax - thinkMin);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(pause, deadline - performance.now()))));
      }
    };
    const started = performance.now();
    await Promise.all(users.map(runUser));
    const elapsed = (performance.now() - started) / 1000;

    const lines: string[] = [];
    const requests = [...timings.values()].reduce((n, list) => n + list.length, 0);
    const errorCount = [...errors.values()].reduce((n, c) => n + c, 0);
    lines.push(
      `team-mode load on loopback: ${users.length} signed-in users (${counts.lead} leads, ${counts.supervisor} supervisors, ` +
        `${counts.worker} workers), each with its event stream open, opening pages with ${thinkMin / 1000}–${thinkMax / 1000} s ` +
        `between them for ${elapsed.toFixed(0)} s: ${pagesOpened} pages, ${requests} API requests ` +
        `(${(requests / elapsed).toFixed(0)} a second), ${changesHeard} changes heard, ${errorCount} errors`,
    );
    const summarise = (kinds: string[]) => {
      const all = kinds.flatMap((k) => timings.get(k) ?? []).sort((a, b) => a - b);
      return `p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms (${all.length})`;
    };
    const kinds = [...timings.keys()].sort();
    lines.push(`  all reads: ${summarise(kinds.filter((k) => k.startsWith('read')))} (goal: p95 under 150 ms)`);
    lines.push(`  all writes: ${summarise(kinds.filter((k) => k.startsWith('write')))} (goal: p95 under 250 ms)`);
    for (const kind of kinds) lines.push(`  ${kind}: ${summarise([kind])}`);
    for (const [what, n] of errors) lines.push(`  error ×${n}: ${what}`);
    return lines;
  } finally {
    for (const controller of streams) controller.abort();
    await server.stop();
  }
}
