import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../src/shared/api/contract.ts';
import { contract } from '../../src/shared/api/contract.ts';
import type { KnownValues } from '../support/hostile-inputs.ts';
import { hostileEdits, knownValuesOf } from '../support/hostile-inputs.ts';
import type { Edit } from '../support/input-edits.ts';
import { describeEdits } from '../support/input-edits.ts';
import { malformedEdit } from '../support/malformed-inputs.ts';
import { SAMPLES } from '../support/method-samples.ts';
import type { Attempt, MethodCaller } from '../support/method-thread.ts';
import { MethodThread } from '../support/method-thread.ts';
import { shapeOf } from '../support/sample-shape.ts';

/**
 * Every method of the contract, fed inputs made from its valid sample (tests/support/method-samples.ts), by the
 * computer's user in personal mode and by a lead signed in to team mode, on real SQLite files with the example PCN
 * loaded and "now" fixed:
 *  - malformed by construction (a required field removed, a value of the wrong type, a string far over any
 *    maximum, impossible numbers, implausible dates, prototype keys, deep nesting, huge arrays, invisible or
 *    control characters, NHS numbers in text): a typed error, never INTERNAL, and nothing changed;
 *  - hostile but well-formed (ids that may name nothing, random text and dates): never INTERNAL, and nothing
 *    changed when refused.
 * Every call answers within 1 s. Nothing changed means every table's rows, the schema and the evidence files are
 * the same before and after. The calls run in a thread of their own, so one that never returns fails here.
 */

const ANSWER_WITHIN_MS = 1_000;
/** How long the thread may take over one attempt (preparing the sample, the call, comparing) before it has hung. */
const HUNG_AFTER_MS = 10_000;
const SEED = 20_261_124;
/** Runs per method and caller; LINKWORK_PROPERTY_SCALE=10 runs ten times as many, for a deeper search. */
const SCALE = Number(process.env.LINKWORK_PROPERTY_SCALE ?? 1);
const RUNS = { malformed: 20 * SCALE, hostile: 14 * SCALE } as const;
const CALLERS: readonly MethodCaller[] = ['personal', 'lead'];

const methods = Object.keys(contract) as MethodName[];
const thread = new MethodThread(HUNG_AFTER_MS);

afterAll(async () => {
  const { ms, method } = thread.slowest;
  console.info(
    `Malformed and hostile inputs: ${thread.attempts} calls over ${methods.length} methods; the slowest answered in ${Math.round(ms)} ms (${method})`,
  );
  await thread.close();
});

/** A seed per method, caller and property, so adding a method leaves every other one's runs as they were. */
function seedOf(...parts: string[]): number {
  let hash = SEED;
  for (const c of parts.join(' ')) hash = Math.imul(hash ^ c.codePointAt(0)!, 16_777_619) >>> 0;
  return hash | 0;
}

/** What is wrong with an attempt's outcome; `mustRefuse` when only a typed error is right. */
function faultsOf(attempt: Attempt, mustRefuse: boolean): string[] {
  const { error, ms, changed } = attempt;
  return [
    ms >= ANSWER_WITHIN_MS ? `answered after ${Math.round(ms)} ms` : '',
    error?.code === 'INTERNAL' ? `answered INTERNAL: ${error.message}` : '',
    mustRefuse && !error ? 'was accepted' : '',
    error && changed.length > 0 ? `refused (${error.code}) but changed ${changed.join(', ')}` : '',
    attempt.committed ? 'committed the test’s transaction' : '',
    attempt.polluted ? 'left a property on Object.prototype' : '',
  ].filter(Boolean);
}

async function tryEdits(method: MethodName, who: MethodCaller, edits: Edit[], mustRefuse: boolean): Promise<void> {
  const attempt = await thread.attempt(method, who, edits);
  const faults = faultsOf(attempt, mustRefuse);
  if (faults.length === 0) return;
  const answer = attempt.error ? `${attempt.error.code}: ${attempt.error.message}` : 'ok';
  throw new Error(
    `${method} as ${who}, with ${describeEdits(edits)}: ${faults.join('; ')} (answer ${answer.slice(0, 300)})`,
  );
}

const settings = (method: MethodName, who: MethodCaller, property: keyof typeof RUNS) => ({
  seed: seedOf(method, who, property),
  numRuns: RUNS[property],
  endOnFailure: true,
});

let known: Promise<KnownValues> | undefined;
/** The values in every method's sample, gathered once, for hostile inputs to mix in. */
const knownValues = (): Promise<KnownValues> =>
  (known ??= Promise.all(methods.map((method) => thread.sample(method, 'personal').catch(() => null))).then(
    knownValuesOf,
  ));

const shapeFor = async (method: MethodName, who: MethodCaller) =>
  shapeOf(await thread.sample(method, who), contract[method].input);

it('has a sample input for every method in the contract', () => {
  expect(methods.filter((method) => !(method in SAMPLES))).toEqual([]);
});

describe.each(methods)('%s', (method) => {
  it('answers malformed input with a typed error within 1 s, and changes nothing', { timeout: 120_000 }, async () => {
    for (const who of CALLERS)
      await fc.assert(
        fc.asyncProperty(malformedEdit(await shapeFor(method, who)), ({ edit }) => tryEdits(method, who, [edit], true)),
        settings(method, who, 'malformed'),
      );
  });

  it('answers hostile input without INTERNAL within 1 s; a refusal changes nothing', { timeout: 120_000 }, async () => {
    const known = await knownValues();
    for (const who of CALLERS)
      await fc.assert(
        fc.asyncProperty(hostileEdits(await shapeFor(method, who), known), (edits) =>
          tryEdits(method, who, edits, false),
        ),
        settings(method, who, 'hostile'),
      );
  });
});
