import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** The one option the rules share: type-aware checks, switched on only by the `type-checked` config. */
export interface TypeAwareOptions {
  readonly typeAware?: boolean;
}

export const TYPE_AWARE_SCHEMA: JSONSchema4[] = [
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      typeAware: {
        type: 'boolean',
        description:
          'Use TypeScript types where the code does not spell a value out: event names from string-literal types, property values whose type can never match the plan. Needs type information (parserOptions.projectService); the `type-checked` config sets it.',
      },
    },
  },
];

export const TYPE_AWARE_DEFAULTS: [TypeAwareOptions] = [{ typeAware: false }];
