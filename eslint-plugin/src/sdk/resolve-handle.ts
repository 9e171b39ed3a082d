import type { TSESTree } from '@typescript-eslint/utils';
import type { ModuleEnvironment } from '../resolve/project-modules.js';
import type { Binding } from '../resolve/static-value.js';
import { memberName, unwrap } from './ast.js';
import { SDK_MODULES, sdkOf, type Handle } from './sdk-catalog.js';

/**
 * Finds what SDK value an expression holds, by following bindings back to an import of an SDK
 * module (or `require` of one), through the project's own modules when an instance is exported
 * from one (`import { mixpanel } from './analytics'`). A name that does not lead to an SDK import
 * is nothing to us, whatever it is called.
 */
export class HandleResolver {
  readonly #byNode = new WeakMap<TSESTree.Node, Handle | null>();

  handleOf(expression: TSESTree.Node, env: ModuleEnvironment, depth = 0): Handle | undefined {
    if (depth > 12) return undefined;
    const node = unwrap(expression);
    switch (node.type) {
      case 'Identifier':
        return this.#identifierHandle(node, env, depth);
      case 'AwaitExpression':
        return this.handleOf(node.argument, env, depth + 1);
      case 'MemberExpression': {
        const object = this.handleOf(node.object, env, depth + 1);
        if (object?.type === 'client' && sdkOf(object.sdk).peopleAccess === 'member' && memberName(node) === 'people')
          return { type: 'people', sdk: object.sdk };
        return undefined;
      }
      case 'NewExpression': {
        const made = this.handleOf(node.callee, env, depth + 1);
        return made?.type === 'factory' && (made.makes === 'new' || made.makes === 'load') ? { type: 'client', sdk: made.sdk } : undefined;
      }
      case 'CallExpression':
        return this.#callHandle(node, env, depth);
      default:
        return undefined;
    }
  }

  #identifierHandle(node: TSESTree.Identifier, env: ModuleEnvironment, depth: number): Handle | undefined {
    const binding = env.lookup(node);
    return binding && this.#bindingHandle(binding, env, depth);
  }

  #bindingHandle(binding: Binding, env: ModuleEnvironment, depth: number): Handle | undefined {
    if (depth > 12) return undefined;
    if (binding.kind === 'expression') return this.#cached(binding.node, env, depth);
    // A parameter typed as an SDK's client (`posthog: PostHog` from 'posthog-node') holds one.
    if (binding.kind === 'typed') {
      const module = Object.hasOwn(SDK_MODULES, binding.source) ? SDK_MODULES[binding.source] : undefined;
      return module?.types?.includes(binding.name) ? { type: 'client', sdk: module.sdk } : undefined;
    }
    if (binding.kind !== 'import') return undefined;
    const sdk = Object.hasOwn(SDK_MODULES, binding.source) ? SDK_MODULES[binding.source] : undefined;
    if (sdk)
      return binding.name === '*'
        ? sdk.namespace
        : binding.name === 'default'
          ? sdk.default
          : sdk.named && Object.hasOwn(sdk.named, binding.name)
            ? sdk.named[binding.name]
            : undefined;
    // An instance set up in one of the project's modules and exported: follow it there.
    const resolved = env.resolveImport(binding.source, binding.name, binding.fromFile);
    return resolved && this.#bindingHandle(resolved.binding, resolved.env, depth + 1);
  }

  /** Each initialiser is resolved once, however many calls go through it. */
  #cached(node: TSESTree.Node, env: ModuleEnvironment, depth: number): Handle | undefined {
    const cached = this.#byNode.get(node);
    if (cached !== undefined) return cached ?? undefined;
    this.#byNode.set(node, null); // guards against cycles while resolving
    const handle = this.handleOf(node, env, depth + 1);
    this.#byNode.set(node, handle ?? null);
    return handle;
  }

  #callHandle(node: TSESTree.CallExpression, env: ModuleEnvironment, depth: number): Handle | undefined {
    const callee = unwrap(node.callee);
    const [first] = node.arguments;
    // CommonJS: const Mixpanel = require('mixpanel'), where require is the global one.
    if (callee.type === 'Identifier' && callee.name === 'require' && first?.type === 'Literal' && typeof first.value === 'string') {
      return env.lookup(callee) || !Object.hasOwn(SDK_MODULES, first.value) ? undefined : SDK_MODULES[first.value]!.default;
    }
    if (callee.type === 'Identifier') {
      const made = this.handleOf(callee, env, depth + 1);
      return made?.type === 'factory' && made.makes === 'call' ? { type: 'client', sdk: made.sdk } : undefined;
    }
    if (callee.type !== 'MemberExpression') return undefined;
    const name = memberName(callee);
    const object = this.handleOf(callee.object, env, depth + 1);
    if (!object || name === undefined) return undefined;
    if (object.type === 'factory' && ((object.makes === 'init' && name === 'init') || (object.makes === 'load' && name === 'load')))
      return { type: 'client', sdk: object.sdk };
    if (object.type !== 'client') return undefined;
    // What each SDK's own file says: `getPeople()` gives the people object, `init(token, config, name)` a client.
    const definition = sdkOf(object.sdk);
    if (definition.peopleAccess === 'getPeople' && name === 'getPeople') return { type: 'people', sdk: object.sdk };
    const returns = definition.returnsClient && Object.hasOwn(definition.returnsClient, name) ? definition.returnsClient[name] : undefined;
    return returns && node.arguments.length >= returns.minArguments ? object : undefined;
  }
}
