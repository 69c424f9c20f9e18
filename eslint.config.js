import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

/** Which process each file runs in decides what it may import. */
const NODE_AND_ELECTRON = {
  paths: [
    { name: 'electron', message: 'Only src/main and src/preload may use Electron.' },
    { name: 'better-sqlite3', message: 'Only the backend talks to SQLite.' },
    ...NODE_BUILTINS.map((name) => ({ name, message: 'This code also runs in the browser: no Node modules.' })),
  ],
  patterns: [{ group: ['node:*'], message: 'This code also runs in the browser: no Node modules.' }],
};

/** What the page loads stays free of zod (a fifth of its script); validation lives in src/shared/schemas. */
const ZOD_AT_RUN_TIME = {
  paths: [{ name: 'zod', allowTypeImports: true, message: 'The page does not load zod: validate in the backend.' }],
  patterns: [
    {
      group: ['**/schemas/*'],
      allowTypeImports: true,
      message: 'Schemas are zod: import only their types into code the page loads.',
    },
  ],
};

/** Pages read stores and call store actions; only stores talk to the backend. */
const NO_CLIENT_IN_PAGES = {
  paths: [],
  patterns: [
    {
      group: ['**/api/client.ts'],
      message:
        'Pages and components read stores and call store actions; only src/renderer/src/stores calls the backend.',
    },
  ],
};

const restrictImports = (...rules) => ({
  'no-restricted-imports': [
    'error',
    { paths: rules.flatMap((r) => r.paths), patterns: rules.flatMap((r) => r.patterns) },
  ],
});

const noNodeOrElectron = restrictImports(NODE_AND_ELECTRON);
const noNodeElectronOrZod = restrictImports(NODE_AND_ELECTRON, ZOD_AT_RUN_TIME);
const noNodeElectronZodOrClient = restrictImports(NODE_AND_ELECTRON, ZOD_AT_RUN_TIME, NO_CLIENT_IN_PAGES);

const noElectron = {
  'no-restricted-imports': [
    'error',
    { paths: [{ name: 'electron', message: 'The backend and browser mode never import Electron: it is a shell.' }] },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['src/shared/api/**/*.ts', 'src/shared/schemas/**/*.ts'], rules: noNodeOrElectron },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/shared/domain/**/*.ts', 'src/shared/rules/**/*.ts'],
    rules: noNodeElectronOrZod,
  },
  {
    files: ['src/renderer/src/{pages,components,app}/**/*.{ts,tsx}'],
    rules: noNodeElectronZodOrClient,
  },
  { files: ['src/backend/**/*.ts', 'src/web/**/*.ts'], rules: noElectron },
  { files: ['tests/e2e/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
);
