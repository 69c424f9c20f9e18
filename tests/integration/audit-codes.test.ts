import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_RECORDS } from '../../src/shared/domain/audit-kinds.ts';
import { LINE_DECISIONS } from '../../src/shared/domain/claims.ts';

/**
 * Every action and kind of record the backend writes into the audit log has words (domain/audit-kinds.ts), so the
 * log never shows a code and its filters offer every action. Read from the source, as a lint rule would.
 */
const sources = fs
  .readdirSync('src/backend', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => fs.readFileSync(path.join('src/backend', file), 'utf8'));
const all = (pattern: RegExp) => sources.flatMap((text) => [...text.matchAll(pattern)].map((m) => m[1] as string));

// The entities createAudited and updateAudited are given: `${store.entity}.create` and `.update`.
const AUDITED_STORES = all(/entity: '(\w+)',(?:\s+noun: '[^']*',)?\s+find:/g);

const actionsWritten = new Set([
  ...all(/action: '([\w.]+)'/g),
  ...all(/action: \w+ \? '([\w.]+)'/g),
  ...all(/action: [^'\n]*\? '[\w.]+' : '([\w.]+)'/g),
  ...all(/\baudit\('([\w.]+)'/g),
  // Written by migrations, in SQL.
  ...all(/'Linkwork \(upgrade\)', '([\w.]+)'/g),
  ...AUDITED_STORES.flatMap((entity) => [`${entity}.create`, `${entity}.update`]),
  ...LINE_DECISIONS.map((decision) => `claim.${decision}`),
]);

const recordsWritten = new Set([
  ...all(/entity: '(\w+)'/g),
  ...all(/'Linkwork \(upgrade\)', '[\w.]+', '(\w+)'/g),
  ...AUDITED_STORES,
]);

describe('the audit log’s codes', () => {
  it('are found in the source, including the actions built from a template', () => {
    expect(actionsWritten.size).toBeGreaterThan(60);
    expect(AUDITED_STORES.sort()).toEqual(['colleague', 'employer', 'practice', 'worker']);
    expect(actionsWritten).toContain('claim.exclude');
    expect(actionsWritten).toContain('integrity.seal');
    // Only these two actions are built from a template; a new one must be listed above to be checked.
    expect(all(/action: `([^`]+)`/g).sort()).toEqual([
      '${store.entity}.create',
      '${store.entity}.update',
      'claim.${input.decision}',
    ]);
  });

  it('each have words: every action the backend writes', () => {
    expect([...actionsWritten].filter((code) => !Object.hasOwn(AUDIT_ACTIONS, code))).toEqual([]);
  });

  it('each have words: every kind of record an entry is about', () => {
    expect([...recordsWritten].filter((kind) => !Object.hasOwn(AUDIT_RECORDS, kind))).toEqual([]);
  });
});
