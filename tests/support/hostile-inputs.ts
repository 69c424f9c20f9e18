import fc from 'fast-check';
import type { Edit, InputNode } from './input-edits.ts';
import type { SampleShape } from './sample-shape.ts';
import { FINANCIAL_YEAR, ISO_DATE, ISO_MONTH, isIdNode } from './sample-shape.ts';

/**
 * Edits that keep a sample input's shape but not its sense: ids that may name nothing (or someone else's record),
 * random text, dates and months anywhere from 2015 to 2035, flags flipped, and keys a hostile request adds to
 * reach Object.prototype. Any answer may be right; what is never right is INTERNAL, or a refusal that wrote.
 */

const EARLIEST = new Date('2015-01-01T00:00:00Z');
const LATEST = new Date('2035-12-31T00:00:00Z');
const isoDay = fc.date({ min: EARLIEST, max: LATEST, noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

function replacement(node: InputNode): fc.Arbitrary<unknown> | null {
  if (isIdNode(node)) return fc.oneof(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }));
  if (node.kind === 'number') return fc.integer({ min: 0, max: Math.max(10, Math.ceil((node.value as number) * 3)) });
  if (node.kind === 'boolean') return fc.boolean();
  if (node.kind !== 'string') return null;
  const value = node.value as string;
  if (ISO_DATE.test(value)) return isoDay;
  if (ISO_MONTH.test(value)) return isoDay.map((day) => day.slice(0, 7));
  if (FINANCIAL_YEAR.test(value))
    return fc.integer({ min: 2015, max: 2035 }).map((y) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  return text;
}

/** Keys a hostile request adds at the top, hoping something copies them onto Object.prototype. */
const extraKey = fc.constantFrom<Edit>(
  { path: ['__proto__'], value: { polluted: 'yes' } },
  { path: ['constructor'], value: { prototype: { polluted: 'yes' } } },
  { path: ['prototype'], value: { polluted: 'yes' } },
);

/** About a third of the sample's values replaced, and sometimes a hostile key added. */
export function hostileEdits(shape: SampleShape): fc.Arbitrary<Edit[]> {
  const changes = shape.nodes.flatMap((node) => {
    const value = replacement(node);
    return value
      ? [
          fc.option(
            value.map((v): Edit => ({ path: node.path, value: v })),
            { freq: 2 },
          ),
        ]
      : [];
  });
  const rootIsObject = shape.nodes[0]?.kind === 'object';
  const added = rootIsObject ? fc.option(extraKey, { freq: 3 }) : fc.constant(null);
  return fc
    .tuple(fc.tuple(...changes), added)
    .map(([edits, key]) => [...edits.filter((edit) => edit !== null), ...(key ? [key] : [])]);
}
