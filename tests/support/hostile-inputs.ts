import fc from 'fast-check';
import type { Edit, InputNode } from './input-edits.ts';
import { nodesOf } from './input-edits.ts';
import type { SampleShape } from './sample-shape.ts';
import { FINANCIAL_YEAR, ISO_DATE, ISO_MONTH, isIdNode } from './sample-shape.ts';

/**
 * Edits that keep a sample input's shape but not its sense: ids that may name nothing (or another kind of record),
 * random text or a value from another method's sample (a status, a catalogue key, a kind), dates and months
 * anywhere from 2015 to 2035, flags flipped, and keys a hostile request adds to reach Object.prototype. Any answer may be right; what is never right is INTERNAL, or a refusal that wrote.
 */

const EARLIEST = new Date('2015-01-01T00:00:00Z');
const LATEST = new Date('2035-12-31T00:00:00Z');
const isoDay = fc.date({ min: EARLIEST, max: LATEST, noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Values seen in the samples of every method: real ids and catalogue keys, statuses, kinds, names. */
export interface KnownValues {
  strings: string[];
  ids: number[];
}

export function knownValuesOf(samples: readonly unknown[]): KnownValues {
  const nodes = samples.flatMap((sample) => nodesOf(sample));
  const distinct = <T>(values: T[]) => [...new Set(values)].sort();
  return {
    strings: distinct(nodes.filter((node) => node.kind === 'string').map((node) => node.value as string)),
    ids: distinct(nodes.filter(isIdNode).map((node) => node.value as number)),
  };
}

/** One of `values`, or `otherwise` when there are none. */
const oneOf = <T>(values: readonly T[], otherwise: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  values.length > 0 ? fc.constantFrom(...values) : otherwise;

function replacement(node: InputNode, known: KnownValues): fc.Arbitrary<unknown> | null {
  if (isIdNode(node))
    return fc.oneof(
      oneOf(known.ids, fc.constant(1)),
      fc.integer({ min: 1, max: 400 }),
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    );
  if (node.kind === 'number') return fc.integer({ min: 0, max: Math.max(10, Math.ceil((node.value as number) * 3)) });
  if (node.kind === 'boolean') return fc.boolean();
  if (node.kind !== 'string') return null;
  const value = node.value as string;
  if (ISO_DATE.test(value)) return isoDay;
  if (ISO_MONTH.test(value)) return isoDay.map((day) => day.slice(0, 7));
  if (FINANCIAL_YEAR.test(value))
    return fc.integer({ min: 2015, max: 2035 }).map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  return fc.oneof(text, oneOf(known.strings, text));
}

/** Keys a hostile request adds at the top, hoping something copies them onto Object.prototype. */
const extraKey = fc.constantFrom<Edit>(
  { path: ['__proto__'], value: { polluted: 'yes' } },
  { path: ['constructor'], value: { prototype: { polluted: 'yes' } } },
  { path: ['prototype'], value: { polluted: 'yes' } },
);

/**
 * Half the time one value replaced (so the call usually passes the schema and reaches the service), otherwise
 * about a third of them; and sometimes a hostile key added.
 */
export function hostileEdits(shape: SampleShape, known: KnownValues): fc.Arbitrary<Edit[]> {
  const changes = shape.nodes.flatMap((node) => {
    const value = replacement(node, known);
    return value ? [value.map((v): Edit => ({ path: node.path, value: v }))] : [];
  });
  const some =
    changes.length === 0
      ? fc.constant([])
      : fc.oneof(
          fc.oneof(...changes).map((edit) => [edit]),
          fc
            .tuple(...changes.map((change) => fc.option(change, { freq: 2 })))
            .map((edits) => edits.filter((edit) => edit !== null)),
        );
  const rootIsObject = shape.nodes[0]?.kind === 'object';
  const added = rootIsObject
    ? fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: extraKey, weight: 1 })
    : fc.constant(null);
  return fc.tuple(some, added).map(([edits, key]) => [...edits, ...(key ? [key] : [])]);
}
