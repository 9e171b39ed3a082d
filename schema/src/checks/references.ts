import { error, type Diagnostic } from '../diagnostic.js';
import type { NodePath } from '../source/source-document.js';
import { didYouMean } from '../suggest.js';
import { type CheckContext } from './check-context.js';

/** Names that point elsewhere in the plan point at something: replacedBy, products, required. */
export function checkReferences({ plan, properties }: CheckContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const declaredProducts = [...plan.products.keys()];
  const checkProducts = (products: readonly string[] | undefined, path: NodePath): void => {
    products?.forEach((product, i) => {
      if (plan.products.has(product)) return;
      const hint = declaredProducts.length === 0 ? '; declare it under `products`' : didYouMean(product, declaredProducts);
      diagnostics.push(error(plan.locate([...path, 'products', i]), `product \`${product}\` is not declared under \`products\`${hint}`));
    });
  };
  for (const event of plan.events.values()) {
    const path = ['events', event.key];
    if (event.replacedBy !== undefined) {
      if (event.replacedBy === event.key) {
        diagnostics.push(error(plan.locate([...path, 'replacedBy']), `\`events.${event.key}\` cannot be replaced by itself`));
      } else if (!plan.events.has(event.replacedBy)) {
        diagnostics.push(
          error(
            plan.locate([...path, 'replacedBy']),
            `replacedBy \`${event.replacedBy}\` is not an event key${didYouMean(event.replacedBy, plan.events.keys())}`,
          ),
        );
      }
    }
    checkProducts(event.products, path);
    if (!event.additionalProperties) {
      event.required.forEach((name, i) => {
        if (event.properties.has(name)) return;
        diagnostics.push(
          error(
            plan.locate([...path, 'required', i]),
            `required property \`${name}\` is not defined under \`events.${event.key}.properties\`${didYouMean(name, event.properties.keys())}`,
          ),
        );
      });
    }
  }
  for (const { property, path } of properties) checkProducts(property.products, path);
  return diagnostics;
}
