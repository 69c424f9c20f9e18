import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogueFile } from '../../src/backend/requirements/catalogue-file.ts';
import type { RequirementFields } from '../../src/shared/schemas/requirements.ts';
import { requirementFields } from '../../src/shared/schemas/requirements.ts';

const peerSupport = {
  id: 'peer-support',
  title: 'Attends a peer-support network',
  kind: 'training',
  roles: ['splw'],
  due: { type: 'after_start', months: 3 },
  renewalMonths: null,
  check: 'cpd',
  cpd: { kinds: ['peer-network', 'webinar'], atLeastEveryMonths: 3, dueSoonDays: 14 },
  blocksClaim: false,
};

/** The messages a requirement is refused with, by the path of the field each names. */
function problems(change: Partial<Record<keyof RequirementFields, unknown>>): Record<string, string> {
  const parsed = requirementFields.safeParse({ ...peerSupport, ...change });
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe("a requirement's CPD rule", () => {
  it('is accepted with one rule and known kinds, as the shipped catalogue has it', () => {
    expect(problems({})).toEqual({});
    expect(problems({ cpd: { hoursPerYear: 12 } })).toEqual({});
    const shipped = parseCatalogueFile(fs.readFileSync('resources/catalogue/requirements.json', 'utf8'));
    expect(shipped.ok).toBe(true);
  });

  it('needs exactly one rule on a CPD check: how often, or how many hours a year', () => {
    const oneRule = 'A CPD check needs one rule: at least every so many months, or so many hours a year (not both)';
    expect(problems({ cpd: null })).toEqual({ cpd: oneRule });
    expect(problems({ cpd: { kinds: ['webinar'] } })).toEqual({ cpd: oneRule });
    expect(problems({ cpd: { atLeastEveryMonths: 3, hoursPerYear: 12 } })).toEqual({ cpd: oneRule });
  });

  it('names only kinds of CPD a person can log', () => {
    expect(problems({ cpd: { kinds: ['webinar', 'peer-netwrok'], atLeastEveryMonths: 3 } })).toEqual({
      'cpd.kinds.1':
        '"peer-netwrok" is not a kind of CPD: use peer-network, webinar, course, reading, shadowing, other',
    });
  });

  it('belongs to a CPD check alone: a due-soon window on a record check is refused', () => {
    expect(problems({ check: 'record', cpd: { dueSoonDays: 14 } })).toEqual({
      cpd: 'Only a requirement met from the CPD log (check "cpd") has a CPD rule',
    });
    expect(problems({ check: 'record', cpd: null })).toEqual({});
  });

  it('is refused in an imported catalogue with the line it is on', () => {
    const file = {
      catalogue: 'requirements',
      version: 1,
      requirements: [{ ...peerSupport, cpd: { kinds: ['webinars'], atLeastEveryMonths: 3 } }],
    };
    const parsed = parseCatalogueFile(JSON.stringify(file, null, 2));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.errors).toEqual([expect.stringMatching(/"webinars" is not a kind of CPD/)]);
  });
});
