// The repository lints itself: typescript-eslint's strict-type-checked on every package's sources.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'tests/**', 'bench/**', 'scripts/**', 'examples/**', 'schema/src/generated/**', '**/*.js'] },
  {
    files: ['schema/src/**/*.ts', 'eslint-plugin/src/**/*.ts', 'cli/src/**/*.ts', 'github-action/src/**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // AST node types are compared as strings on purpose: TypeScript already rejects a type that is no
      // member (\`node.type === 'Literl'\` is error 2367), and the runtime enum lives in the main entry of
      // @typescript-eslint/utils, which loads ESLint itself: a cost at every plugin start and in the action's bundle.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // With noUncheckedIndexedAccess every index is possibly undefined: `!` marks one the code has just bounded.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Messages are built from numbers and booleans on purpose.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
);
