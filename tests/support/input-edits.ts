/**
 * Edits to a method's valid sample input, described as plain data so they can be generated in one thread and
 * applied in another (structured clone keeps NaN and Infinity; values that are large or odd to clone, such as a
 * million-character string or an object with its own `__proto__` key, are described and built where applied).
 */

export type Path = readonly (string | number)[];

/** A value too big or too odd to send between threads: built where the edit is applied. */
export type Built =
  | { built: 'nested arrays'; depth: number }
  | { built: 'long array'; length: number; of: unknown }
  | { built: 'long string'; length: number; unit: string }
  | { built: 'prototype keys' };

export type Edit = { path: Path; remove: true } | { path: Path; value: unknown } | { path: Path; built: Built };

export type JsonKind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

/** A place in the input: the root (path []), every property and every array element. */
export interface InputNode {
  path: Path;
  value: unknown;
  kind: JsonKind;
}

export function kindOf(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean') return kind;
  if (kind === 'object') return 'object';
  throw new Error(`A sample input holds a ${kind}, which JSON cannot carry`);
}

export function nodesOf(value: unknown, path: Path = []): InputNode[] {
  const node: InputNode = { path, value, kind: kindOf(value) };
  if (node.kind === 'array')
    return [node, ...(value as unknown[]).flatMap((item, index) => nodesOf(item, [...path, index]))];
  if (node.kind === 'object')
    return [node, ...Object.entries(value as object).flatMap(([key, item]) => nodesOf(item, [...path, key]))];
  return [node];
}

/** The property name a node sits under (an array element's is its array's). */
export function keyOf(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

/** An object with its own `__proto__` and `constructor` keys, as `JSON.parse` makes from a hostile request. */
const PROTOTYPE_KEYS = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';

export function build(described: Built): unknown {
  switch (described.built) {
    case 'nested arrays': {
      let value: unknown[] = [];
      for (let i = 0; i < described.depth; i++) value = [value];
      return value;
    }
    case 'long array':
      return new Array(described.length).fill(described.of);
    case 'long string':
      return described.unit.repeat(Math.ceil(described.length / described.unit.length));
    case 'prototype keys':
      return JSON.parse(PROTOTYPE_KEYS);
  }
}

/** A copy of `input` with the edits made (the root is replaced by an edit with an empty path). */
export function applyEdits(input: unknown, edits: readonly Edit[]): unknown {
  let root = structuredClone(input);
  for (const edit of edits) {
    const value = 'built' in edit ? build(edit.built) : 'value' in edit ? edit.value : undefined;
    if (edit.path.length === 0) {
      root = value;
      continue;
    }
    const parent = edit.path.slice(0, -1).reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], root);
    const key = edit.path[edit.path.length - 1] as string | number;
    if ('remove' in edit) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, unknown>)[key];
    } else {
      // defineProperty, not assignment: a key named __proto__ must become an own property, not the prototype.
      Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
}

/** A value as JSON, with anything outside printable ASCII written as \uXXXX so invisible characters show. */
const shortly = (value: unknown): string => {
  const text = String(JSON.stringify(value) ?? value).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const builtText = (described: Built): string => {
  switch (described.built) {
    case 'nested arrays':
      return `arrays nested ${described.depth} deep`;
    case 'long array':
      return `an array of ${described.length} × ${shortly(described.of)}`;
    case 'long string':
      return `a string of ${described.length} characters (${shortly(described.unit)} repeated)`;
    case 'prototype keys':
      return `an object with its own __proto__ and constructor keys`;
  }
};

/** One line per edit, for a failure message: `fields.name := "\u0000"`. */
export function describeEdits(edits: readonly Edit[]): string {
  return edits
    .map((edit) => {
      const at = edit.path.length === 0 ? '(the whole input)' : edit.path.join('.');
      if ('remove' in edit) return `${at} removed`;
      if ('built' in edit) return `${at} := ${builtText(edit.built)}`;
      const value = edit.value;
      const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : shortly(value);
      return `${at} := ${text}`;
    })
    .join('; ');
}
