import type { z } from 'zod';
import type { Edit, InputNode, Path } from './input-edits.ts';
import { applyEdits, keyOf, nodesOf } from './input-edits.ts';

/** What a method's schema makes of a sample input, asked the way the backend's door asks it. */
export interface SampleShape {
  sample: unknown;
  /** The places in the sample the schema reads: the root and every node its parsed value keeps. */
  nodes: InputNode[];
  /** Whether the schema refuses the sample with these edits made. */
  refuses(edits: readonly Edit[]): boolean;
}

export function shapeOf(sample: unknown, schema: z.ZodType): SampleShape {
  // As dispatch.ts does: a call with no input is a call with an empty one.
  const parse = (input: unknown) => schema.safeParse(input ?? {});
  const parsed = parse(sample);
  if (!parsed.success) throw new Error(`The sample input is refused: ${parsed.error.message}`);
  const kept = new Set(nodesOf(parsed.data).map((node) => pathKey(node.path)));
  return {
    sample,
    nodes: nodesOf(sample).filter((node) => kept.has(pathKey(node.path))),
    refuses: (edits) => !parse(applyEdits(sample, edits)).success,
  };
}

const pathKey = (path: Path): string => JSON.stringify(path);

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_MONTH = /^\d{4}-\d{2}$/;
export const FINANCIAL_YEAR = /^\d{4}\/\d{2}$/;

/** A number that names a record: `id`, `workerId`, an element of `workerIds`. */
export const isIdNode = (node: InputNode): boolean =>
  node.kind === 'number' && /(^id$|Id$|Ids$)/.test(keyOf(node.path));
