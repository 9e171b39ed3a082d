import type { JsonSchema, Status } from '../model.js';
import type { ChangeFacts } from './change.js';

/**
 * One small function per kind of property change, each deciding the change's severity and saying
 * why (after GraphQL Inspector's `changes/`); walk-properties.ts decides which apply.
 */
export type PropertyFacts = Omit<ChangeFacts, 'path' | 'pathIn'>;
type Facts = PropertyFacts;

const show = (value: unknown): string => JSON.stringify(value);

export const propertyAdded = (property: string, schema: JsonSchema): Facts => ({
  kind: 'property-added',
  severity: 'safe',
  property,
  after: schema,
  detail: 'added (optional)',
  reason: 'A new optional property: existing calls stay valid.',
});

export const propertyAddedRequired = (property: string, schema: JsonSchema): Facts => ({
  kind: 'property-added-required',
  severity: 'breaking',
  property,
  after: schema,
  detail: 'added as required',
  reason: 'Every existing call that does not send it becomes invalid.',
});

export const propertyRemoved = (property: string, schema: JsonSchema): Facts => ({
  kind: 'property-removed',
  severity: 'breaking',
  property,
  before: schema,
  detail: 'removed',
  reason: 'Calls that still send it become invalid, and reports that use it stop receiving data.',
});

export const propertyTypeChanged = (property: string, before: readonly string[] | undefined, after: readonly string[] | undefined): Facts => ({
  kind: 'property-type-changed',
  severity: 'breaking',
  property,
  before,
  after,
  detail: `type changed from ${before ? before.join(' | ') : 'any'} to ${after ? after.join(' | ') : 'any'}`,
  reason: 'Values sent by existing code no longer match, and reports mix two types in one column.',
});

export const propertyTypeWidened = (property: string, before: readonly string[], after: readonly string[] | undefined): Facts => ({
  kind: 'property-type-widened',
  severity: 'dangerous',
  property,
  before,
  after,
  detail: `type widened from ${before.join(' | ')} to ${after ? after.join(' | ') : 'any'}`,
  reason: 'Existing calls stay valid, but reports and code reading it may meet values of a type they do not expect.',
});

export const enumValueAdded = (property: string, value: unknown): Facts => ({
  kind: 'property-enum-value-added',
  severity: 'dangerous',
  property,
  after: value,
  detail: `enum value ${show(value)} added`,
  reason: 'Reports that filter or group by this property will meet a value they do not know.',
});

export const enumValueRemoved = (property: string, value: unknown): Facts => ({
  kind: 'property-enum-value-removed',
  severity: 'breaking',
  property,
  before: value,
  detail: `enum value ${show(value)} removed`,
  reason: 'Calls that still send this value become invalid, and reports filtering on it go empty.',
});

export const constChanged = (property: string, before: unknown, after: unknown): Facts => ({
  kind: 'property-const-changed',
  severity: 'breaking',
  property,
  before,
  after,
  detail: `fixed value changed from ${show(before)} to ${show(after)}`,
  reason: 'Every call sending the old value becomes invalid.',
});

export const constraintTightened = (property: string, keyword: string, before: unknown, after: unknown): Facts => ({
  kind: 'property-constraint-tightened',
  severity: 'breaking',
  property,
  before,
  after,
  detail: before === undefined ? `${keyword} ${show(after)} added` : `${keyword} tightened from ${show(before)} to ${show(after)}`,
  reason: 'Values that were valid may now be rejected.',
});

export const constraintLoosened = (property: string, keyword: string, before: unknown, after: unknown): Facts => ({
  kind: 'property-constraint-loosened',
  severity: 'dangerous',
  property,
  before,
  after,
  detail: after === undefined ? `${keyword} ${show(before)} removed` : `${keyword} loosened from ${show(before)} to ${show(after)}`,
  reason: 'Existing calls stay valid, but values outside the old range may now arrive in reports.',
});

export const propertyBecameRequired = (property: string): Facts => ({
  kind: 'property-became-required',
  severity: 'breaking',
  property,
  detail: 'became required',
  reason: 'Every existing call that does not send it becomes invalid.',
});

export const propertyBecameOptional = (property: string): Facts => ({
  kind: 'property-became-optional',
  severity: 'dangerous',
  property,
  detail: 'became optional',
  reason: 'Reports that count on it being present may see empty values.',
});

export const propertyDescriptionChanged = (property: string, before: unknown, after: unknown): Facts => ({
  kind: 'property-description-changed',
  severity: 'safe',
  property,
  before,
  after,
  detail: 'description changed',
  reason: 'Documentation only.',
});

export const propertyStatusChanged = (property: string, before: Status, after: Status): Facts =>
  after === 'retired'
    ? {
        kind: 'property-retired',
        severity: 'breaking',
        property,
        before,
        after,
        detail: 'retired',
        reason: 'Calls that still send it are errors, and cleanup removes its data.',
      }
    : after === 'deprecated'
      ? {
          kind: 'property-deprecated',
          severity: 'dangerous',
          property,
          before,
          after,
          detail: 'deprecated',
          reason: 'Still accepted, but every call that sends it is now reported.',
        }
      : {
          kind: 'property-reactivated',
          severity: 'safe',
          property,
          before,
          after,
          detail: `${before} → active`,
          reason: 'It can be sent again without warnings.',
        };

export const peopleOwnerChanged = (property: string, before: unknown, after: unknown): Facts => ({
  kind: 'people-owner-changed',
  severity: 'breaking',
  property,
  before,
  after,
  detail: `owner changed from ${ownerName(before)} to ${ownerName(after)}`,
  reason: 'The side that was allowed to write it no longer is: its writes become errors, and the other side must start writing it.',
});

export const propertyProductAdded = (property: string, product: string): Facts => ({
  kind: 'property-product-added',
  severity: 'dangerous',
  property,
  product,
  after: product,
  detail: `product "${product}" added`,
  reason: 'A new product starts writing it: its values may differ from what reports have seen.',
});

export const propertyProductRemoved = (property: string, product: string): Facts => ({
  kind: 'property-product-removed',
  severity: 'breaking',
  property,
  product,
  before: product,
  detail: `product "${product}" removed`,
  reason: "That product's writes become errors.",
});

const ownerName = (owner: unknown): string => (typeof owner === 'string' ? owner : 'unset');
