import type { Product } from '../model.js';
import type { ChangeFacts } from './change.js';

type Facts = Omit<ChangeFacts, 'path' | 'pathIn'>;

const list = (values: readonly string[]): string => (values.length ? values.join(', ') : 'none');

// One small function per kind of product change.

export const productAdded = (product: Product): Facts => ({
  kind: 'product-added',
  severity: 'safe',
  product: product.name,
  after: { owners: product.owners, side: product.side },
  detail: `added${product.owners.length ? ` (owners: ${list(product.owners)})` : ''}`,
  reason: 'A new product: nothing sent today changes.',
});

export const productRemoved = (product: Product): Facts => ({
  kind: 'product-removed',
  severity: 'breaking',
  product: product.name,
  before: { owners: product.owners, side: product.side },
  detail: 'removed',
  reason: 'Events and properties that list it no longer validate, and its code is no longer checked as that product.',
});

export const productOwnersChanged = (before: Product, after: Product): Facts => ({
  kind: 'product-owners-changed',
  severity: 'safe',
  product: after.name,
  before: before.owners,
  after: after.owners,
  detail: `owners changed from ${list(before.owners)} to ${list(after.owners)}`,
  reason: 'Who is asked to review changes; nothing sent changes.',
});

export const productSideChanged = (before: Product, after: Product): Facts => ({
  kind: 'product-side-changed',
  severity: 'dangerous',
  product: after.name,
  before: before.side,
  after: after.side,
  detail: `side changed from ${before.side ?? 'unset'} to ${after.side ?? 'unset'}`,
  reason: 'Which people properties its code may write, and which updates need $ip and $ignore_time, change with it.',
});

export const productPathsChanged = (before: Product, after: Product): Facts => ({
  kind: 'product-paths-changed',
  severity: 'safe',
  product: after.name,
  before: before.paths,
  after: after.paths,
  detail: `paths changed from ${list(before.paths)} to ${list(after.paths)}`,
  reason: 'Which files count as this product; nothing sent changes.',
});
