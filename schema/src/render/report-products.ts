import type { ReportProduct } from './render-markdown.js';
import type { DiffablePlan } from '../diff/diff-plans.js';

/**
 * The products a report addresses, in the head plan's order (then those only the base has), each
 * with its owners. A product that already existed keeps the base side's owners, who are mentioned;
 * the owners of a product the pull request adds are shown but not mentioned, so a pull request
 * cannot choose whom the comment notifies.
 */
export function reportProducts(base: DiffablePlan, head: DiffablePlan): ReportProduct[] {
  const names = [...new Set([...head.products.keys(), ...base.products.keys()])];
  return names.map((name) => {
    const before = base.products.get(name);
    return { name, owners: (before ?? head.products.get(name))!.owners, mention: before !== undefined };
  });
}
