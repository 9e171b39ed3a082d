import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';
import { getParserServices } from '@typescript-eslint/utils/eslint-utils';
import { dirname, relative } from 'node:path';
import picomatch from 'picomatch';
import type { CallDescription, CodeSettings, Side, Tracker } from '@trackplan/schema';
import { describeCall } from './describe/describe-call.js';
import { withType } from './properties/typed-entries.js';
import { planStateFor, type PlanState } from './plan-state.js';
import { ProjectModules, type ModuleEnvironment, type ModuleParser } from './resolve/project-modules.js';
import { possibleStrings, type Binding, type EvaluationEnvironment } from './resolve/static-value.js';
import { indexTrackers } from './sdk/match-tracker.js';
import { memberName, unwrap } from './sdk/ast.js';
import { recognizeCall } from './sdk/recognize-call.js';
import { TRACKING_METHOD_NAMES } from './sdk/sdk-catalog.js';
import { HandleResolver } from './sdk/resolve-handle.js';
import type { TrackingCall } from './sdk/tracking-call.js';
import { readSettings, type TrackplanSettings } from './settings.js';
import { typeReaderFor, type TypeFacts, type TypeReader } from './types/type-facts.js';

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * What every rule needs to know about one linted file, worked out once and shared: the plan, the
 * file's products, which calls are tracking calls, and which event names they send. Rules run in
 * one traversal, so the first rule to ask does the work and the others reuse it.
 */
export interface FileAnalysis {
  readonly planState: PlanState;
  readonly settings: TrackplanSettings;
  /** Files matched by the plan's `code.ignore` are not checked. */
  readonly ignored: boolean;
  /** The products this file belongs to (settings, else the plan's path globs). */
  readonly products: readonly string[];
  trackingCall(node: TSESTree.CallExpression): TrackingCall | undefined;
  /**
   * The event names a call can send; undefined when they depend on run time. With `typeAware`,
   * names the code does not spell out are read from a string-literal (union) type.
   */
  eventNames(call: TrackingCall, typeAware?: boolean): readonly string[] | undefined;
  /** The side of the code making a call: the SDK's, else the settings', the tracker's, or the products'. */
  sideOf(call: TrackingCall): Side | undefined;
  /** The call as the core judges it (built once per call and mode, shared by every rule). */
  describe(call: TrackingCall, typeAware?: boolean): CallDescription;
  /** What TypeScript says a node can be; undefined without type information. */
  typeFacts(node: TSESTree.Node): TypeFacts | undefined;
  /** Evaluates constants in this file and the modules it imports. */
  readonly environment: EvaluationEnvironment;
}

/**
 * What is worked out once for the file being linted. ESLint lints one file at a time in a thread
 * (rules are created, then run, before the next file starts), so one slot is enough: cheaper than
 * maps keyed by the file's AST, which every file would add to and the garbage collector would sweep.
 */
interface FileState {
  readonly program: TSESTree.Program;
  planState?: PlanState;
  /** Problems of the plan or the setup already said in this file: each is said once. */
  problemsReported?: Set<string>;
  filter?: (node: TSESTree.CallExpression) => boolean;
  analysis?: FileAnalysis;
}
let current: FileState | undefined;

function stateOf(context: RuleContext): FileState {
  const program = context.sourceCode.ast;
  if (current?.program !== program) current = { program };
  return current;
}

/** The file's plan, looked up once per file whichever of the filter or the analysis asks first. */
function planStateOf(context: RuleContext, settings: TrackplanSettings): PlanState {
  const file = stateOf(context);
  let state = file.planState;
  if (!state) {
    state = planStateFor(context.filename, context.cwd, settings.plan);
    file.planState = state;
  }
  return state;
}
/** The plan file a linted file is checked against, if one was found or configured. */
export function planFileOf(context: RuleContext): string | undefined {
  return planStateOf(context, readSettings(context.settings)).file;
}

const trackerNamesOfCode = new WeakMap<CodeSettings, ReadonlySet<string>>();
const trackerNamesOfSettings = new WeakMap<readonly Tracker[], ReadonlySet<string>>();

const lastSegment = (callee: string): string => callee.slice(callee.lastIndexOf('.') + 1);
const namesOf = (trackers: readonly Tracker[]): ReadonlySet<string> => new Set(trackers.map((t) => lastSegment(t.callee)));

function calleeLastName(node: TSESTree.CallExpression): string | undefined {
  const callee = unwrap(node.callee);
  return callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? memberName(callee) : undefined;
}

/**
 * The cheap first test every rule runs on a call, before any analysis of the file: could it be a
 * tracking call at all? Its callee's last name must be an SDK method or the last name of a tracker
 * (from the plan or the settings). Files with no such call never pay for the analysis.
 */
export function callFilter(context: RuleContext): (node: TSESTree.CallExpression) => boolean {
  const file = stateOf(context);
  let filter = file.filter;
  if (!filter) {
    const settings = readSettings(context.settings);
    const code = planStateOf(context, settings).code;
    let planNames = code ? trackerNamesOfCode.get(code) : undefined;
    if (code && !planNames) trackerNamesOfCode.set(code, (planNames = namesOf(code.trackers)));
    let settingsNames = settings.trackers ? trackerNamesOfSettings.get(settings.trackers) : undefined;
    if (settings.trackers && !settingsNames) trackerNamesOfSettings.set(settings.trackers, (settingsNames = namesOf(settings.trackers)));
    // Every rule asks about the same call one after the other: the answer is kept for the next.
    let lastNode: TSESTree.CallExpression | undefined;
    let lastAnswer = false;
    filter = (node) => {
      if (node === lastNode) return lastAnswer;
      const name = calleeLastName(node);
      lastNode = node;
      lastAnswer = name !== undefined && (TRACKING_METHOD_NAMES.has(name) || planNames?.has(name) === true || settingsNames?.has(name) === true);
      return lastAnswer;
    };
    file.filter = filter;
  }
  return filter;
}
const projectModulesByParser = new WeakMap<object, ProjectModules>();

export function analyseFile(context: RuleContext): FileAnalysis {
  const file = stateOf(context);
  let analysis = file.analysis;
  if (!analysis) {
    analysis = createAnalysis(context);
    file.analysis = analysis;
  }
  return analysis;
}

function createAnalysis(context: RuleContext): FileAnalysis {
  const settings = readSettings(context.settings);
  const planState = planStateOf(context, settings);
  const plan = planState.plan;
  const scopeOf = (node: TSESTree.Node): TSESLint.Scope.Scope => context.sourceCode.getScope(node);
  const handles = new HandleResolver();
  const trackers = trackerIndex(planState.code, settings.trackers);
  // Plain maps: they live as long as the file's analysis, and die with it.
  const calls = new Map<TSESTree.CallExpression, TrackingCall | null>();
  const names = new Map<TrackingCall, readonly string[] | null>();
  const descriptions = new Map<TrackingCall, CallDescription>();
  const typedDescriptions = new Map<TrackingCall, CallDescription>();
  let types: TypeReader | null | undefined;
  const modules = projectModulesFor(context);
  const env: ModuleEnvironment = {
    lookup: (identifier) => bindingOf(identifier, scopeOf, context.filename),
    importValue: (source, name, fromFile) => modules?.importValue(source, name, fromFile),
    resolveImport: (source, name, fromFile) => modules?.resolveExport(source, name, fromFile),
  };
  const products = settings.product !== undefined ? [settings.product].flat() : (plan?.productsForFile(context.filename) ?? []);

  const analysis: FileAnalysis = {
    planState,
    settings,
    ignored: planState.code && planState.file ? isIgnored(planState.code, planState.file, context.filename) : false,
    products,
    environment: env,
    trackingCall(node) {
      let call = calls.get(node);
      if (call === undefined) {
        call = recognizeCall(node, { handles, env, trackers, scopeOf }) ?? null;
        calls.set(node, call);
      }
      return call ?? undefined;
    },
    eventNames(call, typeAware = false) {
      if (!call.event) return undefined;
      let found = names.get(call);
      if (found === undefined) {
        found = possibleStrings(call.event, env) ?? null;
        names.set(call, found);
      }
      if (found === null && typeAware) {
        const facts = analysis.typeFacts(call.event);
        const strings = facts?.literals?.filter((l): l is string => typeof l === 'string');
        return strings && strings.length === facts!.literals!.length ? strings : undefined;
      }
      return found ?? undefined;
    },
    describe(call, typeAware = false) {
      const memo = typeAware ? typedDescriptions : descriptions;
      let description = memo.get(call);
      if (!description) {
        description = describeCall(call, {
          env,
          scopeOf,
          sourceCode: context.sourceCode,
          products,
          side: analysis.sideOf(call),
          eventNames: analysis.eventNames(call, typeAware),
          typed: typeAware ? (entry) => withType(entry, analysis) : undefined,
        });
        memo.set(call, description);
      }
      return description;
    },
    typeFacts(node) {
      if (types === undefined) types = typeReaderFor(context) ?? null;
      return types?.(node);
    },
    sideOf(call) {
      if (call.sdk !== 'tracker') return call.side;
      const productSides = new Set(products.map((p) => plan?.products.get(p)?.side).filter((s) => s !== undefined));
      return settings.side ?? call.tracker?.side ?? (productSides.size === 1 ? [...productSides][0] : undefined);
    },
  };
  return analysis;
}

function isIgnored(code: CodeSettings, planFile: string, filename: string): boolean {
  if (code.ignore.length === 0) return false;
  const path = relative(dirname(planFile), filename).split('\\').join('/');
  return picomatch(code.ignore as string[], { dot: true })(path);
}

const trackerIndexes = new WeakMap<CodeSettings, ReturnType<typeof indexTrackers>>();

/** The trackers by callee: built once per plan when the settings add none (the common case). */
function trackerIndex(code: CodeSettings | undefined, extra: readonly Tracker[] | undefined): ReturnType<typeof indexTrackers> {
  if (extra?.length || !code) return indexTrackers([...(code?.trackers ?? []), ...(extra ?? [])]);
  let index = trackerIndexes.get(code);
  if (!index) trackerIndexes.set(code, (index = indexTrackers(code.trackers)));
  return index;
}

/** What an identifier in the linted file refers to: a constant, an enum, or an import. */
function bindingOf(identifier: TSESTree.Identifier, scopeOf: (node: TSESTree.Node) => TSESLint.Scope.Scope, filename: string): Binding | undefined {
  const variable = findVariable(scopeOf(identifier), identifier);
  const def = variable?.defs[0];
  if (!variable || !def || variable.defs.length !== 1) return undefined;
  if (def.type === 'ImportBinding') {
    const specifier = def.node;
    if ((def.parent as TSESTree.ImportDeclaration).importKind === 'type' || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type'))
      return undefined;
    const source = (def.parent as TSESTree.ImportDeclaration).source.value;
    if (specifier.type === 'ImportNamespaceSpecifier') return { kind: 'import', source, name: '*', fromFile: filename };
    if (specifier.type === 'ImportDefaultSpecifier') return { kind: 'import', source, name: 'default', fromFile: filename };
    if (specifier.type === 'ImportSpecifier') {
      const name = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      return { kind: 'import', source, name, fromFile: filename };
    }
    return undefined;
  }
  if (def.type === 'Variable' && def.parent.kind === 'const' && def.node.id.type === 'Identifier' && def.node.init) {
    return { kind: 'expression', node: def.node.init };
  }
  if (def.type === 'TSEnumName') return { kind: 'enum', node: def.node };
  if (def.type === 'Parameter' && def.name.type === 'Identifier') return typedParameter(def.name, scopeOf);
  return undefined;
}

/** A parameter annotated with a type imported by name (`posthog: PostHog`, `import type { PostHog } from 'posthog-node'`). */
function typedParameter(parameter: TSESTree.Identifier, scopeOf: (node: TSESTree.Node) => TSESLint.Scope.Scope): Binding | undefined {
  const annotation = parameter.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== 'TSTypeReference' || annotation.typeName.type !== 'Identifier') return undefined;
  const typeName = annotation.typeName;
  const def = findVariable(scopeOf(typeName), typeName.name)?.defs[0];
  if (def?.type !== 'ImportBinding' || def.node.type !== 'ImportSpecifier') return undefined;
  const imported = def.node.imported.type === 'Identifier' ? def.node.imported.name : def.node.imported.value;
  return { kind: 'typed', source: (def.parent as TSESTree.ImportDeclaration).source.value, name: imported };
}

/** Parses imported modules with the linted file's own parser, without its type-aware options. */
function projectModulesFor(context: RuleContext): ProjectModules | undefined {
  const parser = context.languageOptions.parser as
    { parseForESLint?: (text: string, options: object) => { ast: TSESTree.Program }; parse?: (text: string, options: object) => TSESTree.Program } | undefined;
  if (!parser) return undefined;
  let modules = projectModulesByParser.get(parser);
  if (!modules) {
    const parse: ModuleParser = (text, file) => {
      const options = { ecmaVersion: 'latest', sourceType: 'module', range: true, loc: true, filePath: file, ecmaFeatures: { jsx: /\.[jt]sx$/.test(file) } };
      return parser.parseForESLint ? parser.parseForESLint(text, options).ast : parser.parse?.(text, options);
    };
    modules = new ProjectModules(parse);
    projectModulesByParser.set(parser, modules);
  }
  return modules;
}

/**
 * The CallExpression listener of a rule: calls that cannot be tracking calls are dropped by the
 * cheap filter, and the file is analysed (and the rule set up) only at the first call that may be.
 * Files in the plan's `code.ignore` are skipped here for every rule. `setup` returns the handler, or
 * undefined when the rule has nothing to check in this file.
 */
export function onTrackingCalls(
  context: RuleContext,
  setup: (analysis: FileAnalysis) => ((node: TSESTree.CallExpression) => void) | undefined,
  { typeAware = false }: { readonly typeAware?: boolean } = {},
): TSESLint.RuleListener {
  const mayTrack = callFilter(context);
  let handler: ((node: TSESTree.CallExpression) => void) | undefined | null = null;
  const planState = stateOf(context).planState!;
  const listener: TSESLint.RuleListener = {
    CallExpression(node) {
      if (!mayTrack(node)) return;
      const analysis = analyseFile(context);
      // Files the plan's `code.ignore` names are not checked by any rule: decided here, once.
      if (analysis.ignored) return;
      if (planState.problem && analysis.trackingCall(node)) reportPlanProblem(context, planState.problem);
      if (handler === null) handler = setup(analysis);
      handler?.(node);
    },
  };
  // Nothing of the plan could be read, so no call can be told apart: every file hears of it.
  const problems = [planState.reportInEveryFile ? planState.problem : undefined, typeAware && !hasTypeInformation(context) ? NO_TYPE_INFORMATION : undefined];
  if (problems.some(Boolean))
    listener.Program = () => {
      for (const problem of problems) if (problem) reportPlanProblem(context, problem);
    };
  return listener;
}

/** As typescript-eslint says it for its typed rules: the `type-checked` config is not a silent `strict`. */
const NO_TYPE_INFORMATION =
  "the `type-checked` config (the rules' `typeAware` option) needs type information, and this file has none: set `languageOptions.parserOptions.projectService: true` " +
  '(or `parserOptions.project`) with @typescript-eslint/parser, or use the `strict` config';

const hasTypeInformation = (context: RuleContext): boolean => getParserServices(context, true).program != null;

/**
 * An unusable plan is never a silent pass: whichever trackplan rules are enabled, the first one to
 * meet it in a file reports it (once per file), so turning one rule off cannot hide it.
 */
function reportPlanProblem(context: RuleContext, problem: string): void {
  const file = stateOf(context);
  const reported = (file.problemsReported ??= new Set());
  if (reported.has(problem)) return;
  reported.add(problem);
  context.report({ loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } }, messageId: 'planProblem', data: { problem } });
}
