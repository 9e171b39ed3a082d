// Acme's ESLint config: TypeScript and JSX parsing, and trackplan's recommended rules.
import tsParser from '@typescript-eslint/parser';
import trackplan from 'eslint-plugin-trackplan';

export default [
  // The catalog site `npm run example` writes: generated, not Acme's code.
  { ignores: ['catalog/**'] },
  {
    files: ['**/*.{ts,tsx,js,jsx}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  trackplan.configs.recommended,
];
