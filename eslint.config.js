// ESLint: typescript-eslint's type-checked rules on .ts and .astro files, and
// eslint-plugin-astro's rules on the templates. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.astro/',
      'src/generated/',
      'tests/output/',
      'tests/editor-tmp/',
      'test-results/',
      'bench-output/',
      'desk/dist/',
      'desk/.astro/',
      'desk-state/',
      'content/',
      'data/',
      '.*.next-*/',
      '.*.prev-*/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.astro'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `{ rank: _rank, ...rest }` drops a field on purpose; `_` marks a parameter an interface requires.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // node:test's test() and describe() return promises that its runner awaits itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite'] },
          ],
        },
      ],
    },
  },
  {
    // astro-eslint-parser reads types through a program of its own, not the project service.
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.json' },
    },
  },
  {
    // Plain JavaScript configs and the Node version check (which must run on any Node) are
    // outside tsconfig.json: the rules that need types are off there.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
);
