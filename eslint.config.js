// Linting: the ecosystem's recommended rules for JavaScript and TypeScript, configured once; prettier owns the layout.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['action/dist/', 'dist/', 'node_modules/', '.tools/', 'coverage/', '.bench-tmp/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Herald matches control characters on purpose (bidi controls, NUL bytes in hostile input).
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read third-party payloads whose shapes they assert, not type.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
