// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', '.tools/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    // Code that runs in the browser: pages, components, islands, stores, the PDF renderer.
    files: ['src/**/*.{ts,tsx,astro}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Build scripts, configs and tests run in Node.
    files: ['*.{js,mjs,cjs,ts}', 'scripts/**/*.{js,mjs}', 'tests/**/*.{ts,tsx}', '.ci/**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright callbacks passed to page.evaluate run in the page.
    files: ['tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    // Hooks live in components and in their own use-*.ts files: both follow the rules of hooks.
    files: ['**/*.tsx', 'src/**/use-*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // The core: plain TypeScript over plain data. It imports only itself and zod, plus the
    // content schemas' types (erased at build), so every screen and the PDF can share it.
    // tests/unit/layers.test.ts checks the same rule by reading the source.
    files: ['src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|zod$|zod/mini$|\\.\\./schemas/)',
              message: 'src/domain imports only src/domain and zod: pass site settings and platform objects in.',
            },
            {
              regex: '^\\.\\./schemas/',
              allowTypeImports: true,
              message: 'src/domain may take types from the content schemas, never their runtime code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The schemas are part of the core too: zod only (the same zod Astro validates with).
    files: ['src/schemas/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!\\./|zod$)', message: 'src/schemas imports only src/schemas and zod.' }] },
      ],
    },
  },
  {
    // Only the storage module touches localStorage; everything else goes through the stores.
    files: ['src/**/*.{ts,tsx,astro}'],
    ignores: ['src/stores/storage.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Use src/stores/storage.ts.' },
        { name: 'sessionStorage', message: 'Nothing is kept in sessionStorage.' },
      ],
    },
  },
  {
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a rest sibling).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
