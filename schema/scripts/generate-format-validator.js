#!/usr/bin/env node
// Compiles tracking-plan.schema.json into a standalone validator module, so `trackplan` and every
// ESLint worker start without compiling the meta-schema (about 100 ms of ajv work per process).
// Run after editing the schema: `npm run generate -w @trackplan/schema`. A test fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const schemaUrl = new URL('../tracking-plan.schema.json', import.meta.url);
const outUrl = new URL('../src/generated/plan-format-validator.ts', import.meta.url);

/** The module's text: ajv's standalone code for the plan and the files it includes. */
export function formatValidatorModule() {
  const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));
  // The same options check-format.ts relies on: every error, with its schema for messages.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, code: { source: true, esm: true, lines: true } });
  ajv.addSchema(schema);
  const code = standaloneCode(ajv, { validatePlan: schema.$id, validateInclude: `${schema.$id}#/$defs/includedFile` })
    // Node's ESM resolver needs the extension ajv leaves off its runtime helpers.
    .replace(/require\("ajv\/dist\/runtime\/([\w]+)"\)/g, (_, name) => `__runtime_${name}`);
  const runtimes = [...new Set([...code.matchAll(/__runtime_(\w+)/g)].map((m) => m[1]))];
  const imports = runtimes
    .map((name) => `import __runtime_${name}_module from 'ajv/dist/runtime/${name}.js';\nconst __runtime_${name} = interop(__runtime_${name}_module);`)
    .join('\n');
  // Node hands a CommonJS module's exports to a default import; some bundlers hand its `default`.
  const interop = 'function interop(m) { return typeof m === "function" ? { default: m } : m; }';
  return `// @ts-nocheck\n// Generated from tracking-plan.schema.json by schema/scripts/generate-format-validator.js. Do not edit.\n${imports}\n${interop}\n${code}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(outUrl, formatValidatorModule());
  console.log(`wrote ${outUrl.pathname}`);
}
