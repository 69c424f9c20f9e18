import path from 'node:path';
import { createInterface } from 'node:readline';
import { createBackend } from '../../../src/backend/backend.ts';
import { DataFolderInUseError } from '../../../src/backend/db/instance-lock.ts';
import { openDatabase } from '../../../src/backend/db/open.ts';

/**
 * A child process that opens a data folder, for the tests of one Linkwork per folder. Usage:
 *   open-data-folder.ts DIR backend|database [--wait-for-go] [--exit-holding | --stay]
 * `backend` opens it as every shell does (lock, migrations, catalogues); `database` only the file and its
 * migrations, with no lock, to race the migrations themselves. With --wait-for-go it loads everything, prints
 * "ready" and opens only when a line comes in, so that several start at once. It prints "opened" and closes;
 * with --exit-holding it ends the process without closing, with --stay it keeps the backend open until killed.
 * A refusal by the lock prints its message and exits 3.
 */
const [dataDir = '', how = 'backend', ...flags] = process.argv.slice(2);

function open(): void {
  try {
    if (how === 'database') {
      openDatabase(path.join(dataDir, 'linkwork.sqlite')).db.close();
      console.log('opened');
      return;
    }
    const backend = createBackend({ dataDir, now: () => new Date('2026-11-24T10:00:00Z'), shell: 'a test child' });
    console.log('opened');
    if (flags.includes('--exit-holding')) process.exit(0);
    if (flags.includes('--stay')) return void setInterval(() => undefined, 60_000);
    backend.close();
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    console.error(error.message);
    process.exit(3);
  }
}

if (flags.includes('--wait-for-go')) {
  const lines = createInterface({ input: process.stdin });
  lines.once('line', () => {
    lines.close();
    process.stdin.destroy();
    open();
  });
  console.log('ready');
} else {
  open();
}
