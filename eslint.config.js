// @ts-check
/**
 * Lint: the recommended rules of ESLint, typescript-eslint, eslint-plugin-svelte and
 * eslint-plugin-astro, and the core's own rule — no engine-rounded Math function (Math.exp & co.,
 * however reached) and no `**` under src/core, so that a config and a seed give bit-identical
 * numbers in Node and in every browser (src/core/mathfn.ts has the core's own functions).
 * Formatting is Prettier's job (npm run format); nothing here checks layout.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import svelteConfig from './svelte.config.js';
import { ENGINE_ROUNDED } from './scripts/engine-rounded.mjs';

const why =
  'engines round it differently in the last bit: use src/core/mathfn.ts, so Node and browsers agree bit for bit';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      '.cache/',
      '.tools/',
      'node_modules/',
      'public/',
      'test-results/',
      'playwright-report/',
      'src/core/kernels/*.wasm.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused arguments named _x document a signature; everything else unused is a mistake.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `x!` is used where the code has just established x (a map it filled, a match it tested).
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    // Reference values and constants quoted with all their digits (mpmath, split π/2): the
    // double nearest to each is what the code uses, and the extra digits say where it came from.
    files: ['tests/core/activations.test.ts', 'src/core/math/**/*.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...ENGINE_ROUNDED.map((property) => ({ object: 'Math', property, message: why })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'VariableDeclarator[init.name="Math"]', message: `Math destructured or aliased: ${why}` },
        { selector: 'MemberExpression[object.name="Math"][computed=true]', message: `Math[…]: ${why}` },
        {
          selector:
            'BinaryExpression[operator="**"]:not([left.value=2][right.type="Literal"]):not([left.value=2][right.operator="-"])',
          message: `** (other than 2 ** integer): ${why}`,
        },
      ],
    },
  },
);
