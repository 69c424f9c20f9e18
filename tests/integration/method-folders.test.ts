import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/api/contract.ts';

/**
 * A method's prefix names the backend folder that answers it: the folder is the prefix, its plural, or (for a
 * record that only exists inside a larger one) the domain listed here. Adding a prefix means choosing its
 * folder here, on purpose.
 */
const PREFIXES_OWNED_BY: Record<string, readonly string[]> = {
  staff: ['worker'],
  pcn: ['practice', 'employer', 'colleague'],
  claims: ['rate', 'pay', 'payroll'],
  competencies: ['framework', 'assessment', 'action'],
};

const BACKEND = path.resolve('src/backend');

function methodsAnsweredIn(folder: string): string[] {
  const file = path.join(BACKEND, folder, 'handlers.ts');
  if (!fs.existsSync(file)) return [];
  return [...fs.readFileSync(file, 'utf8').matchAll(/^ {2}'([a-zA-Z]+\.[a-zA-Z]+)':/gm)].map((m) => m[1] as string);
}

const folderMayAnswer = (folder: string, prefix: string) =>
  folder === prefix ||
  folder === `${prefix}s` ||
  folder === prefix.replace(/y$/, 'ies') ||
  (PREFIXES_OWNED_BY[folder] ?? []).includes(prefix);

describe('method names match their folders', () => {
  const folders = fs.readdirSync(BACKEND, { withFileTypes: true }).filter((d) => d.isDirectory());
  const answered = folders.flatMap((d) => methodsAnsweredIn(d.name).map((method) => ({ method, folder: d.name })));

  it('finds every method of the contract answered in exactly one handlers.ts', () => {
    expect(answered.map((a) => a.method).sort()).toEqual(Object.keys(contract).sort());
  });

  it.each(answered)('$method is answered in a folder its prefix names ($folder)', ({ method, folder }) => {
    expect(folderMayAnswer(folder, method.split('.')[0] as string)).toBe(true);
  });

  it('declares each folder’s methods in the contract file of the same name', () => {
    const methodFiles = path.resolve('src/shared/api/methods');
    for (const { method, folder } of answered) {
      const declared = fs.readFileSync(path.join(methodFiles, `${folder}.ts`), 'utf8');
      expect(declared, `${method} in methods/${folder}.ts`).toContain(`'${method}'`);
    }
  });
});
