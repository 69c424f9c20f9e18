import type { Database } from 'better-sqlite3';
import type { IntegrityFinding } from '../../shared/domain/audit.ts';
import { migrate } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';
import { safeguardFindings, tableInWords } from './findings.ts';

/** A trigger or view: what refuses quiet changes, and the one definition of a locked record's content. */
interface Safeguard {
  name: string;
  tableName: string;
  sql: string;
}

const normalised = (text: string): string => text.replace(/\s+/g, ' ').trim();

function safeguardsIn(db: Database): Map<string, Safeguard> {
  const rows = db
    .prepare("SELECT name, tbl_name AS tableName, sql FROM sqlite_schema WHERE type IN ('trigger', 'view')")
    .all() as Safeguard[];
  return new Map(rows.map((r) => [r.name, { ...r, sql: normalised(r.sql) }]));
}

let expected: Map<string, Safeguard> | null = null;

/** The safeguards the migrations make, read once from an empty database in memory built by the same migrations. */
function expectedSafeguards(db: Database): Map<string, Safeguard> {
  if (!expected) {
    const Driver = db.constructor as new (file: string) => Database;
    const memory = new Driver(':memory:');
    try {
      migrate(memory, migrations, () => {
        throw new Error('An empty database has nothing to back up');
      });
      expected = safeguardsIn(memory);
    } finally {
      memory.close();
    }
  }
  return expected;
}

type Change = 'removed' | 'altered' | 'added';

/** Every trigger and view the migrations made is there as they made it, and no other has been added. */
export function checkSafeguards(db: Database): IntegrityFinding[] {
  const wanted = expectedSafeguards(db);
  const found = safeguardsIn(db);
  // By change and by the words for the table, in the order first met, so each reads as one finding.
  const groups = new Map<string, { change: Change; table: string; names: string[] }>();
  const note = (change: Change, { name, tableName }: Safeguard) => {
    const key = `${change}:${tableInWords(tableName)}`;
    const group = groups.get(key);
    if (group) group.names.push(name);
    else groups.set(key, { change, table: tableName, names: [name] });
  };
  for (const [name, safeguard] of wanted) {
    const present = found.get(name);
    if (!present) note('removed', safeguard);
    else if (present.sql !== safeguard.sql) note('altered', safeguard);
  }
  for (const [name, safeguard] of found) if (!wanted.has(name)) note('added', safeguard);
  return [...groups.values()].map(({ change, table, names }) => safeguardFindings[change](names, table));
}
