// One linter for the whole project: typescript-eslint for .ts (type-aware, through the TypeScript project
// service), eslint-plugin-astro for .astro.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'packages/lint/dist/',
      '.astro/',
      '.tools/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // Type-aware rules read the types TypeScript infers, so they catch hidden `any` and unhandled promises.
    // Not for .astro: astro-eslint-parser has no project service (it falls back to a second program,
    // where imports of .astro modules type as errors and give false unsafe-any reports); astro check
    // type-checks those files.
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // TypeScript itself reports undefined names (and knows global types, which this rule does not).
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The simulator is a pure library: no DOM, no globals, no clocks, no Math.random.
    files: ['src/sim/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'Date'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in src/sim/random.ts.' },
        { object: 'Date', property: 'now', message: 'Time is an input: use the injected clock.' },
      ],
    },
  },
  {
    // The package's launcher is CommonJS on purpose: any Node.js version can parse it and say which it needs.
    files: ['packages/lint/bin/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The emulator is pure too; it may format dates it is given, but never reads the clock.
    files: ['src/emulator/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in src/emulator/ids.ts.' },
        { object: 'Date', property: 'now', message: 'Time is an input: use the emulator clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'new Date() reads the clock.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'src/cli/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
);
