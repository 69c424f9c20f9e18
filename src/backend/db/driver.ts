import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import { assertSupportedNode } from './node-version.ts';

/** Loaded only after the Node version check, because the addon crashes on old Node instead of throwing. */
export function loadDriver(): typeof BetterSqlite3 {
  assertSupportedNode();
  return createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
}
