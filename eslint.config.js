// One linter for the whole project: typescript-eslint for .ts (type-aware, through the TypeScript project
// service), eslint-plugin-astro for .astro.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { DOM_GLOBALS } from './scripts/lib/dom-globals.mjs';

// The layer rules of src/architecture.test.ts, said again here so they show while typing.
/** Modules that run anywhere (Node, the CLI, the browser): pure TypeScript, no DOM. */
const PURE = [
  'src/aws/**/*.ts',
  'src/sim/**/*.ts',
  'src/emulator/**/*.ts',
  'src/exercises/grader/**/*.ts',
  'src/exercises/catalog/**/*.ts',
  'src/progress/**/*.ts',
  'src/workshop/**/*.ts',
  'src/scenarios/**/*.ts',
  'src/labs/**/*.ts',
  'src/course/**/*.ts',
  'src/util/**/*.ts',
  'src/i18n/**/*.ts',
  'src/cli/**/*.ts',
  // The simulator widgets' models and state helpers; their DOM lives in src/ui/widgets.
  'src/widgets/**/*.ts',
];
const BROWSER_LAYERS = {
  regex: '(^|/)(ui|components|pages|sandbox)/|\\.astro$',
  message:
    'Pure modules import no browser layer (src/ui, components, pages, sandbox): see src/architecture.test.ts.',
};
const NO_PACKAGES = { regex: '^[^.]', message: 'This layer imports no packages.' };
/** no-restricted-imports saying that a layer imports only the folders named (by their relative paths). */
const onlyImports = (allowed, message) => [
  'error',
  { patterns: [{ regex: `^\\.\\./(?!${allowed})`, message }, NO_PACKAGES] },
];

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
    // Tests may reach across layers (a ui test stubs window, a sim test uses fast-check).
    files: PURE,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-imports': ['error', { patterns: [BROWSER_LAYERS] }],
    },
  },
  {
    files: ['src/aws/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': onlyImports('util/', 'AWS facts import only src/aws and src/util.') },
  },
  {
    // Content schemas are zod and AWS facts only: the content config passes them the catalogues' ids.
    files: ['src/schemas/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!aws/)',
              message: 'Content schemas import only zod and src/aws.',
            },
            { regex: '^(?!\\.|astro/zod$|zod$)', message: 'Content schemas import no package but zod.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(components|pages)/|\\.astro$',
              message: 'The browser toolkit serves components; it never imports them.',
            },
          ],
        },
      ],
    },
  },
  {
    // The simulator is a pure library: no DOM, no globals, no clocks, no Math.random.
    files: ['src/sim/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS, 'Date'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in src/sim/random.ts.' },
        { object: 'Date', property: 'now', message: 'Time is an input: use the injected clock.' },
      ],
    },
  },
  {
    files: ['src/sim/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': onlyImports(
        'aws/|util/',
        'The simulator imports only src/sim, src/aws and src/util.',
      ),
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
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
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
