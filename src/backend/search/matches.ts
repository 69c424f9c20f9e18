import type { Database } from 'better-sqlite3';
import type { SearchText } from './search-text.ts';
import type { Visible } from './scope.ts';
import { requirementsNamed, workersNamed } from './scope.ts';

/** What each typed word names, worked out once and shared by every group's query. */
export interface Matches {
  text: SearchText;
  visible: Visible;
  /** For each word, the visible workers whose name holds it. */
  workersByWord: number[][];
  /** For each word, the requirements whose title, short title or code holds it. */
  requirementsByWord: string[][];
}

export function matchesOf(db: Database, text: SearchText, visible: Visible): Matches {
  return {
    text,
    visible,
    workersByWord: text.words.map((word) => workersNamed(db, word, visible)),
    requirementsByWord: text.words.map((word) => requirementsNamed(db, word)),
  };
}

/** The items in every list. */
export function inEvery<T>(lists: readonly (readonly T[])[]): T[] {
  const [first = [], ...rest] = lists;
  const others = rest.map((list) => new Set(list));
  return first.filter((item) => others.every((set) => set.has(item)));
}
