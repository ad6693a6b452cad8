// @ts-check
/**
 * Lint rules for the whole repository: the recommended JavaScript and
 * TypeScript rules, plus Astro's for .astro files. Formatting is Prettier's
 * job (see .prettierrc.json), so no stylistic rules here.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test/.output/', 'bench/.output/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are already errors in tsconfig (strictest); `_name` marks a deliberate skip.
      // We match control characters on purpose: hostile listings are stripped of them.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
