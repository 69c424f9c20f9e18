import fc from 'fast-check';
import type { Edit, InputNode } from './input-edits.ts';
import { keyOf } from './input-edits.ts';
import type { SampleShape } from './sample-shape.ts';
import { FINANCIAL_YEAR, ISO_DATE, ISO_MONTH, isIdNode } from './sample-shape.ts';

/**
 * Edits that make a valid sample input malformed by construction: each is nonsense for the field it touches, so
 * the only right answer is a typed error. Where whether it is nonsense depends on the field's design (is the field
 * required? may it be blank? may it be null?), the schema is asked about the empty case only, never about the
 * nonsense itself: a schema that accepts nonsense fails the property.
 */

/** A valid NHS number (it passes the modulus 11 check), written as people write it and as digits. */
const NHS_NUMBERS = [' 943 476 5919', ' 9434765919'];
const INVISIBLE = ['\u200B', '\u200B\u200C\u200D\u2060\uFEFF', '\u00A0\u2003'];
const LONG_STRING_UNITS = ['a', 'é', '字 ', '😀'];
const LONG_STRING_LENGTHS = [100_000, 1_000_000];
const IMPOSSIBLE_NUMBERS = [Number.NaN, Infinity, -Infinity, 1e308, 2 ** 53 + 2, -1];
const IMPOSSIBLE_IDS = [0, 1.5];
const IMPLAUSIBLE_DATES = ['9999-12-31', '0000-01-01', '2026-02-30', '2026-13-01'];
const IMPLAUSIBLE_MONTHS = ['9999-12', '0000-01', '2026-13', '2026-00'];
const IMPLAUSIBLE_YEARS = ['2026/99', '9999/00', '0000/01', '2026/28'];
const NESTING_DEPTHS = [1_000, 100_000];
const LONG_ARRAY = 100_000;

/** A value of each JSON type, to put where a value of another type belongs. */
const OF_EACH_TYPE: Record<InputNode['kind'], unknown> = {
  string: 'seven',
  number: 7,
  boolean: true,
  null: null,
  array: ['seven'],
  object: { kind: 'seven' },
};

type Category = (node: InputNode, shape: SampleShape) => Edit[];

const set = (node: InputNode, value: unknown): Edit => ({ path: node.path, value });
const isRoot = (node: InputNode) => node.path.length === 0;
const textOf = (node: InputNode) => (node.kind === 'string' ? (node.value as string) : '');

const CATEGORIES: Record<string, Category> = {
  'a required field removed': (node, shape) => {
    const removal: Edit = { path: node.path, remove: true };
    return !isRoot(node) && shape.refuses([removal]) ? [removal] : [];
  },
  'a value of the wrong JSON type': (node, shape) =>
    Object.entries(OF_EACH_TYPE)
      // A null in the sample hides which type the field takes when it is not null.
      .filter(([kind]) => node.kind !== 'null' && kind !== node.kind)
      // null at the root means "no input" (as {}), and null elsewhere is nonsense only where the field is not nullable.
      .filter(([kind]) => kind !== 'null' || (!isRoot(node) && shape.refuses([set(node, null)])))
      .map(([, value]) => set(node, value)),
  'a string far over any maximum': (node) =>
    node.kind !== 'string' || keyOf(node.path) === 'dataBase64'
      ? [] // a file's content is limited by the evidence size setting (up to 50 MB), not by a text maximum
      : LONG_STRING_LENGTHS.flatMap((length) =>
          LONG_STRING_UNITS.map((unit) => ({ path: node.path, built: { built: 'long string', length, unit } }) as Edit),
        ),
  'an impossible number': (node) =>
    node.kind !== 'number'
      ? []
      : [...IMPOSSIBLE_NUMBERS, ...(isIdNode(node) ? IMPOSSIBLE_IDS : [])].map((value) => set(node, value)),
  'an implausible date, month or financial year': (node) => {
    const text = textOf(node);
    if (ISO_DATE.test(text)) return IMPLAUSIBLE_DATES.map((value) => set(node, value));
    if (ISO_MONTH.test(text)) return IMPLAUSIBLE_MONTHS.map((value) => set(node, value));
    if (FINANCIAL_YEAR.test(text)) return IMPLAUSIBLE_YEARS.map((value) => set(node, value));
    return [];
  },
  'an object with its own __proto__ and constructor keys': (node, shape) =>
    node.kind !== 'object' || shape.refuses([set(node, {})])
      ? [{ path: node.path, built: { built: 'prototype keys' } }]
      : [],
  'arrays nested deep': (node) =>
    NESTING_DEPTHS.map((depth) => ({ path: node.path, built: { built: 'nested arrays', depth } })),
  'a huge array': (node) =>
    node.kind !== 'array'
      ? []
      : [
          {
            path: node.path,
            built: { built: 'long array', length: LONG_ARRAY, of: (node.value as unknown[])[0] ?? 1 },
          },
        ],
  'text of invisible characters only': (node, shape) =>
    node.kind === 'string' && shape.refuses([set(node, '')]) ? INVISIBLE.map((value) => set(node, value)) : [],
  'text with a NUL, a control character or a lone surrogate': (node) => {
    if (node.kind !== 'string') return [];
    const text = textOf(node);
    const middle = Math.floor(text.length / 2);
    const inside = (c: string) => `${text.slice(0, middle) || 'a'}${c}${text.slice(middle) || 'b'}`;
    return [inside('\u0000'), inside('\u001B'), `${text}\uD800`, `\uDC00${text}`].map((value) => set(node, value));
  },
  'an NHS number in text': (node) =>
    node.kind === 'string' ? NHS_NUMBERS.map((nhs) => set(node, `${textOf(node)}${nhs}`)) : [],
};

export interface MalformedEdit {
  category: string;
  edit: Edit;
}

/** Every malformation the sample allows, by kind. */
export function malformationsOf(shape: SampleShape): { category: string; edits: Edit[] }[] {
  return Object.entries(CATEGORIES)
    .map(([category, make]) => ({ category, edits: shape.nodes.flatMap((node) => make(node, shape)) }))
    .filter(({ edits }) => edits.length > 0);
}

/** Every kind of malformation the sample allows, each kind equally likely, then a place and a value in it. */
export function malformedEdit(shape: SampleShape): fc.Arbitrary<MalformedEdit> {
  const kinds = malformationsOf(shape);
  return fc.oneof(...kinds.map(({ category, edits }) => fc.constantFrom(...edits).map((edit) => ({ category, edit }))));
}
