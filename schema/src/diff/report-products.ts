import type { ReportProduct } from '../render/render-markdown.js';
import type { DiffablePlan } from './diff-plans.js';

/**
 * The products a report addresses, in the head plan's order (then those only the base has), each
 * with the owners to mention. A product that already existed keeps the base side's owners, so a
 * pull request cannot choose who is asked to review it.
 */
export function reportProducts(base: DiffablePlan, head: DiffablePlan): ReportProduct[] {
  const names = [...new Set([...head.products.keys(), ...base.products.keys()])];
  return names.map((name) => ({ name, owners: (base.products.get(name) ?? head.products.get(name))!.owners }));
}
