import { readFileSync, statSync } from 'node:fs';
import type { TSESTree } from '@typescript-eslint/utils';
import { resolveModuleFile } from './module-resolution.js';
import { evaluate, evaluationExhausted, spendStep, type Binding, type EvaluationEnvironment, type StaticValue } from './static-value.js';

/** Modules larger than this are not read for constants (generated bundles, not event catalogues). */
const MAX_MODULE_BYTES = 2 * 1024 * 1024;

/** Parses a module's text into an ESTree program (the linted file's own parser, without type information). */
export type ModuleParser = (text: string, file: string) => TSESTree.Program | undefined;

/** A module that could not be parsed, remembered only until it changes (a save that fixes it). */
interface FailedModule {
  readonly failed: true;
  readonly mtimeMs: number;
  readonly size: number;
}

interface ParsedModule {
  readonly failed?: false;
  readonly mtimeMs: number;
  readonly size: number;
  readonly bindings: ReadonlyMap<string, Binding>;
  /** `export { a as b }` and `export const b`: exported name → local binding. */
  readonly exports: ReadonlyMap<string, Binding>;
  /** `export * from './x'` sources, searched in order for names not exported here. */
  readonly starExports: readonly string[];
  /** Exported values made only of this module's own constants, worked out once per module version. */
  readonly values: Map<string, StaticValue | undefined>;
}

/** What a module exports under a name: the binding, and the environment of the module it lives in. */
export interface ResolvedExport {
  readonly binding: Binding;
  readonly env: ModuleEnvironment;
}

/** A module's top level as an environment: its names, and the modules it imports from. */
export interface ModuleEnvironment extends EvaluationEnvironment {
  resolveImport(source: string, name: string, fromFile: string): ResolvedExport | undefined;
}

/**
 * The project's own modules, read and parsed once per file version (path, mtime, size), as
 * eslint-plugin-import's export map does: constants such as `AUTH.CONNECT_WALLET` imported from
 * `./utils/events`, and SDK instances such as `mixpanel` exported by `./analytics`. Modules that
 * cannot be found or parsed give nothing.
 */
export class ProjectModules {
  readonly #modules = new Map<string, ParsedModule | FailedModule>();

  constructor(private readonly parse: ModuleParser) {}

  /** The value of `name` exported by the module `source` imports from `fromFile`. */
  importValue(source: string, name: string, fromFile: string, depth = 0, visited = new Set<string>()): StaticValue | undefined {
    if (depth > 8 || !spendStep()) return undefined;
    const file = resolveModuleFile(source, fromFile);
    // `export *` cycles (ten modules re-exporting each other) end at the first module seen again.
    if (!file || visited.has(`${file}\0${name}`)) return undefined;
    visited.add(`${file}\0${name}`);
    const module = this.#module(file);
    if (!module) return undefined;
    const env = this.#environment(module, depth);
    if (name === '*') {
      const namespace: Record<string, StaticValue> = {};
      for (const exported of module.exports.keys()) {
        const value = this.#exportValue(module, exported, env);
        if (value !== undefined) namespace[exported] = value;
      }
      return namespace;
    }
    const value = this.#exportValue(module, name, env);
    if (value !== undefined || module.exports.has(name)) return value;
    for (const star of module.starExports) {
      const found = this.importValue(star, name, file, depth + 1, visited);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** The binding `name` has in the module `source` (imported from `fromFile`), following re-exports. */
  resolveExport(source: string, name: string, fromFile: string, depth = 0, visited = new Set<string>()): ResolvedExport | undefined {
    if (depth > 8 || !spendStep()) return undefined;
    const file = resolveModuleFile(source, fromFile);
    if (!file || visited.has(`${file}\0${name}`)) return undefined;
    visited.add(`${file}\0${name}`);
    const module = this.#module(file);
    if (!module) return undefined;
    const binding = module.exports.get(name);
    if (binding?.kind === 'import' && binding.source.startsWith('.'))
      return this.resolveExport(binding.source, binding.name, binding.fromFile, depth + 1, visited);
    if (binding) return { binding, env: this.#environment(module, depth) };
    for (const star of module.starExports) {
      const found = this.resolveExport(star, name, file, depth + 1, visited);
      if (found) return found;
    }
    return undefined;
  }

  #exportValue(module: ParsedModule, name: string, env: EvaluationEnvironment): StaticValue | undefined {
    if (module.values.has(name)) return module.values.get(name);
    const binding = module.exports.get(name);
    if (!binding) return undefined;
    if (binding.kind === 'import') return env.importValue(binding.source, binding.name, binding.fromFile);
    if (binding.kind === 'typed') return undefined;
    // Every call sending `EVENTS.X` asks for the whole `EVENTS` object: it is evaluated once, unless
    // it depends on other modules, which may change on their own.
    const crossed = { modules: false };
    const tracked: EvaluationEnvironment = {
      ...env,
      importValue: (source, imported, fromFile) => {
        crossed.modules = true;
        return env.importValue(source, imported, fromFile);
      },
    };
    const value = binding.kind === 'enum' ? evaluate(binding.node.id, { ...tracked, lookup: () => binding }) : evaluate(binding.node, tracked);
    if (!crossed.modules && !evaluationExhausted()) module.values.set(name, value);
    return value;
  }

  #environment(module: ParsedModule, depth: number): ModuleEnvironment {
    return {
      lookup: (identifier) => module.bindings.get(identifier.name),
      importValue: (source, name, fromFile) => this.importValue(source, name, fromFile, depth + 1),
      resolveImport: (source, name, fromFile) => this.resolveExport(source, name, fromFile, depth + 1),
    };
  }

  #module(file: string): ParsedModule | undefined {
    let stat;
    try {
      stat = statSync(file, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    // Only regular files: an import that leads to /dev/zero (through a symlink) is never read.
    if (!stat?.isFile()) return undefined;
    const cached = this.#modules.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.failed ? undefined : cached;
    let program: TSESTree.Program | undefined;
    try {
      program = stat.size <= MAX_MODULE_BYTES ? this.parse(readFileSync(file, 'utf8'), file) : undefined;
    } catch {
      program = undefined;
    }
    const parsed: ParsedModule | FailedModule = program
      ? { mtimeMs: stat.mtimeMs, size: stat.size, ...topLevel(program, file), values: new Map() }
      : { failed: true, mtimeMs: stat.mtimeMs, size: stat.size };
    this.#modules.set(file, parsed);
    return parsed.failed ? undefined : parsed;
  }
}

/** A module's top-level constants, enums and imports, and what it exports under which names. */
function topLevel(program: TSESTree.Program, file: string): Omit<ParsedModule, 'mtimeMs' | 'size' | 'values'> {
  const bindings = new Map<string, Binding>();
  const exports = new Map<string, Binding>();
  const exportedLocals: [exported: string, local: string][] = [];
  const starExports: string[] = [];
  const declare = (declaration: TSESTree.Node | null | undefined, exported: boolean): void => {
    if (!declaration) return;
    if (declaration.type === 'VariableDeclaration' && declaration.kind === 'const') {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
        bindings.set(declarator.id.name, { kind: 'expression', node: declarator.init });
        if (exported) exportedLocals.push([declarator.id.name, declarator.id.name]);
      }
    } else if (declaration.type === 'TSEnumDeclaration') {
      bindings.set(declaration.id.name, { kind: 'enum', node: declaration });
      if (exported) exportedLocals.push([declaration.id.name, declaration.id.name]);
    }
  };
  for (const statement of program.body) {
    switch (statement.type) {
      case 'ImportDeclaration':
        for (const specifier of statement.specifiers) {
          const name =
            specifier.type === 'ImportSpecifier'
              ? specifier.imported.type === 'Identifier'
                ? specifier.imported.name
                : specifier.imported.value
              : specifier.type === 'ImportDefaultSpecifier'
                ? 'default'
                : '*';
          bindings.set(specifier.local.name, { kind: 'import', source: statement.source.value, name, fromFile: file });
        }
        break;
      case 'ExportNamedDeclaration':
        declare(statement.declaration, true);
        for (const specifier of statement.specifiers) {
          const local = specifier.local.type === 'Identifier' ? specifier.local.name : String((specifier.local as { value: unknown }).value);
          const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
          if (statement.source) exports.set(exported, { kind: 'import', source: statement.source.value, name: local, fromFile: file });
          else exportedLocals.push([exported, local]);
        }
        break;
      case 'ExportAllDeclaration':
        if (statement.exported) {
          // `export * as 'a b' from` names it with a string, which the AST types do not list yet.
          const exported = statement.exported as TSESTree.Identifier | TSESTree.StringLiteral;
          const name = exported.type === 'Identifier' ? exported.name : exported.value;
          exports.set(name, { kind: 'import', source: statement.source.value, name: '*', fromFile: file });
        } else starExports.push(statement.source.value);
        break;
      case 'ExportDefaultDeclaration':
        if (statement.declaration.type === 'Identifier') exportedLocals.push(['default', statement.declaration.name]);
        else if (
          statement.declaration.type !== 'FunctionDeclaration' &&
          statement.declaration.type !== 'ClassDeclaration' &&
          statement.declaration.type !== 'TSInterfaceDeclaration' &&
          statement.declaration.type !== 'TSDeclareFunction'
        )
          exports.set('default', { kind: 'expression', node: statement.declaration });
        break;
      default:
        declare(statement, false);
    }
  }
  for (const [exported, local] of exportedLocals) {
    const binding = bindings.get(local);
    if (binding) exports.set(exported, binding);
  }
  return { bindings, exports, starExports };
}
