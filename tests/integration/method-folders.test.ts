import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/api/contract.ts';
import { DOMAINS, domainOfMethod } from '../../src/shared/api/domains.ts';

const BACKEND = path.resolve('src/backend');

function methodsAnsweredIn(folder: string): string[] {
  const file = path.join(BACKEND, folder, 'handlers.ts');
  if (!fs.existsSync(file)) return [];
  return [...fs.readFileSync(file, 'utf8').matchAll(/^ {2}'([a-zA-Z]+\.[a-zA-Z]+)':/gm)].map((m) => m[1] as string);
}

describe('method names match their folders', () => {
  const folders = fs.readdirSync(BACKEND, { withFileTypes: true }).filter((d) => d.isDirectory());
  const answered = folders.flatMap((d) => methodsAnsweredIn(d.name).map((method) => ({ method, folder: d.name })));

  it('finds every method of the contract answered in exactly one handlers.ts', () => {
    expect(answered.map((a) => a.method).sort()).toEqual(Object.keys(contract).sort());
  });

  it.each(answered)('$method is answered in a folder its prefix names ($folder)', ({ method, folder }) => {
    expect(domainOfMethod(method)).toBe(folder);
  });

  it('lists every backend folder that answers methods as a domain', () => {
    expect([...new Set(answered.map((a) => a.folder))].sort()).toEqual([...DOMAINS].sort());
  });

  it('declares each folder’s methods in the contract file of the same name', () => {
    const methodFiles = path.resolve('src/shared/api/methods');
    for (const { method, folder } of answered) {
      const declared = fs.readFileSync(path.join(methodFiles, `${folder}.ts`), 'utf8');
      expect(declared, `${method} in methods/${folder}.ts`).toContain(`'${method}'`);
    }
  });
});
