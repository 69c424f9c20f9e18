import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeDataDir } from './browser-mode.ts';
import { spawnServer } from './spawn-server.ts';

const SERVE = path.resolve('src/web/team/cli.ts');
const ACCOUNTS = path.resolve('src/web/team/accounts-cli.ts');

export interface TeamModeOptions {
  /** The date (YYYY-MM-DD) the server treats as today. */
  today: string;
  leadEmail?: string;
  leadName?: string;
}

export interface RunningTeam {
  /** `http://127.0.0.1:PORT`: the team server on loopback (no TLS is needed there). */
  baseUrl: string;
  /** The lead's one-time set-up link, made through `npm run accounts add-lead`, as the lead would open it. */
  leadLink: string;
  leadEmail: string;
  leadName: string;
  dataDir: string;
  /**
   * Runs `npm run accounts` on the same data folder and date (e.g. `['reissue', '--email', …]`); returns stdout.
   * Only once the server has stopped: while it runs it holds the data folder, and the command is refused.
   */
  accounts(args: string[]): string;
  output(): string;
  stop(): Promise<void>;
}

/** The link line `npm run accounts` prints, made absolute against the server's address. */
export function setUpLinkIn(stdout: string, baseUrl: string): string {
  const link = /Set-up link: (\S+)/.exec(stdout)?.[1];
  if (!link) throw new Error(`npm run accounts printed no set-up link:\n${stdout}`);
  return link.startsWith('/') ? `${baseUrl}${link}` : link;
}

/**
 * A fresh team-mode Linkwork for end-to-end tests: a new data folder, the first lead made from the command line
 * (job title "PCN workforce lead"), then the server started on a free loopback port with the date pinned.
 * The renderer must have been built (`npm run build`), as `npm run serve` does first.
 */
export async function startTeamMode({
  today,
  leadEmail = 'lee.lead@nhs.net',
  leadName = 'Lee Lead',
}: TeamModeOptions): Promise<RunningTeam> {
  const dataDir = makeDataDir('linkwork-team-');
  const accounts = (args: string[]): string => {
    const run = spawnSync(process.execPath, [ACCOUNTS, '--data-dir', dataDir, '--today', today, ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (run.status !== 0) throw new Error(`npm run accounts ${args.join(' ')} failed:\n${run.stderr}${run.stdout}`);
    return run.stdout;
  };
  const added = accounts(['add-lead', '--email', leadEmail, '--name', leadName]);

  const server = await spawnServer({
    name: 'The team server',
    args: [SERVE, '--data-dir', dataDir, '--host', '127.0.0.1', '--port', '0', '--today', today],
    address: (output) => /serving your PCN .* at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1],
    timeoutMs: 30_000,
  });
  const baseUrl = server.address;

  return {
    baseUrl,
    leadLink: setUpLinkIn(added, baseUrl),
    leadEmail,
    leadName,
    dataDir,
    accounts,
    output: server.output,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
