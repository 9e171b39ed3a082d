import { createRequire } from 'node:module';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getParserServices } from '@typescript-eslint/utils/eslint-utils';
import type * as ts from 'typescript';
import type { JsonType } from '../properties/static-object.js';

/** What TypeScript says a value can be, in JSON terms. */
export interface TypeFacts {
  /** The JSON types of the union's members; `unknown` for any, unknown, generics and the unclassifiable. */
  readonly types: ReadonlySet<JsonType | 'undefined' | 'unknown'>;
  /** Every member's value, when every member is a string or number literal. */
  readonly literals: readonly (string | number)[] | undefined;
  /** The type as TypeScript writes it, for messages. */
  readonly text: string;
}

/** Reads types through typescript-eslint's parser services; undefined when the file has no type information. */
export type TypeReader = (node: TSESTree.Node) => TypeFacts | undefined;

export function typeReaderFor(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeReader | undefined {
  const services = getParserServices(context, true);
  if (!services.program) return undefined;
  // typescript is an optional peer: loaded only here, where type information exists, so it is installed.
  const typescript = createRequire(import.meta.url)('typescript') as typeof ts;
  const checker = services.program.getTypeChecker();
  return (node) => {
    try {
      return factsOf(services.getTypeAtLocation(node), checker, typescript);
    } catch {
      return undefined; // never let a type question break a lint run
    }
  };
}

function factsOf(type: ts.Type, checker: ts.TypeChecker, typescript: typeof ts): TypeFacts {
  const { TypeFlags } = typescript;
  const members = type.isUnion() ? type.types : [type];
  const types = new Set<JsonType | 'undefined' | 'unknown'>();
  const literals: (string | number)[] = [];
  let allLiterals = true;
  for (const member of members) {
    const flags = member.flags;
    if (member.isStringLiteral() || member.isNumberLiteral()) {
      types.add(member.isStringLiteral() ? 'string' : 'number');
      literals.push(member.value);
      continue;
    }
    if (!(flags & (TypeFlags.Undefined | TypeFlags.Void))) allLiterals = false;
    if (flags & (TypeFlags.Any | TypeFlags.Unknown | TypeFlags.TypeParameter | TypeFlags.Never)) types.add('unknown');
    else if (flags & TypeFlags.StringLike) types.add('string');
    else if (flags & TypeFlags.NumberLike) types.add('number');
    else if (flags & TypeFlags.BooleanLike) types.add('boolean');
    else if (flags & (TypeFlags.Undefined | TypeFlags.Void)) types.add('undefined');
    else if (flags & TypeFlags.Null) types.add('null');
    else if (checker.isArrayType(member) || checker.isTupleType(member)) types.add('array');
    // A Date is sent as a date-time string.
    else if (member.getSymbol()?.getName() === 'Date') types.add('string');
    else if (flags & TypeFlags.Object) types.add('object');
    else types.add('unknown');
  }
  return { types, literals: allLiterals && literals.length > 0 ? literals : undefined, text: checker.typeToString(type) };
}
