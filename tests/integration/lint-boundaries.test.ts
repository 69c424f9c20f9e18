import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint keeps each process to its own imports', () => {
  it.each([
    ['src/renderer/src/pages/Example.tsx', "import fs from 'node:fs';\nexport const x = fs;\n"],
    ['src/renderer/src/pages/Example.tsx', "import path from 'path';\nexport const x = path;\n"],
    ['src/renderer/src/pages/Example.tsx', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['src/renderer/src/pages/Example.tsx', "import Database from 'better-sqlite3';\nexport const x = Database;\n"],
    ['src/shared/rules/example.ts', "import os from 'node:os';\nexport const x = os;\n"],
    ['src/shared/rules/example.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/backend/staff/example.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/web/example.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/renderer/src/pages/Example.tsx', "import { z } from 'zod';\nexport const x = z;\n"],
    [
      'src/renderer/src/pages/staff/Example.tsx',
      "import { call } from '../../api/client.ts';\nexport const x = call;\n",
    ],
    ['src/renderer/src/components/Example.tsx', "import { call } from '../api/client.ts';\nexport const x = call;\n"],
    [
      'src/shared/domain/example.ts',
      "import { workerFields } from '../schemas/staff.ts';\nexport const x = workerFields;\n",
    ],
  ])('refuses what %s may not import (%#)', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toHaveLength(1);
  });

  it.each([
    [
      'src/backend/staff/example.ts',
      "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nexport const x = [fs, Database];\n",
    ],
    ['src/main/example.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['src/renderer/src/stores/example.ts', "import { call } from '../api/client.ts';\nexport const x = call;\n"],
    [
      'src/renderer/src/pages/Example.tsx',
      "import type { AppSettings } from '../../../../shared/schemas/settings.ts';\nexport type X = AppSettings;\n",
    ],
    ['src/shared/api/methods/example.ts', "import { z } from 'zod';\nexport const x = z;\n"],
  ])('allows what %s may import (%#)', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toEqual([]);
  });
});
