import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

/** Which process each file runs in decides what it may import. */
const noNodeOrElectron = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message: 'Only src/main and src/preload may use Electron.' },
        { name: 'better-sqlite3', message: 'Only the backend talks to SQLite.' },
        ...NODE_BUILTINS.map((name) => ({ name, message: 'This code also runs in the browser: no Node modules.' })),
      ],
      patterns: [{ group: ['node:*'], message: 'This code also runs in the browser: no Node modules.' }],
    },
  ],
};

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
  { files: ['src/renderer/**/*.{ts,tsx}', 'src/shared/**/*.ts'], rules: noNodeOrElectron },
  { files: ['src/backend/**/*.ts', 'src/web/**/*.ts'], rules: noElectron },
  { files: ['tests/e2e/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
);
