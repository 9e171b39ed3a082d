import type { EventDefinition, Status } from '../model.js';
import type { ChangeFacts } from './change.js';

type Facts = Omit<ChangeFacts, 'path' | 'pathIn'>;

// One small function per kind of event change, each with its severity and the reason for it.

export const eventAdded = (event: EventDefinition): Facts => ({
  kind: 'event-added',
  severity: 'safe',
  after: event.eventName,
  detail: `added${event.properties.size ? ` with ${event.properties.size} ${event.properties.size === 1 ? 'property' : 'properties'}` : ''}`,
  reason: 'A new event: nothing sent today changes.',
});

export const eventRemoved = (event: EventDefinition): Facts =>
  event.status === 'retired'
    ? {
        kind: 'event-removed',
        severity: 'safe',
        before: event.eventName,
        detail: 'removed from the plan (it was already retired)',
        reason: 'Retired events are no longer sent; the plan just forgets it.',
      }
    : {
        kind: 'event-removed',
        severity: 'breaking',
        before: event.eventName,
        detail: 'removed',
        reason: 'Code that still sends it becomes invalid, and reports built on it stop receiving data.',
      };

export const eventKeyRenamed = (before: EventDefinition, after: EventDefinition): Facts => ({
  kind: 'event-key-renamed',
  severity: 'safe',
  before: before.key,
  after: after.key,
  detail: `key renamed from ${before.key} to ${after.key}`,
  reason: 'The eventName sent is the same: only code that refers to the key (generated types) changes.',
});

export const eventNameChanged = (before: EventDefinition, after: EventDefinition): Facts => ({
  kind: 'event-name-changed',
  severity: 'breaking',
  before: before.eventName,
  after: after.eventName,
  detail: `eventName changed from "${before.eventName}" to "${after.eventName}"`,
  reason: 'Old clients keep sending the old name, and reports on the old name stop receiving new data.',
});

export const eventStatusChanged = (before: Status, after: Status): Facts =>
  after === 'retired'
    ? {
        kind: 'event-retired',
        severity: 'breaking',
        before,
        after,
        detail: 'retired',
        reason: 'Calls that still send it become errors, and cleanup hides it in Mixpanel.',
      }
    : after === 'deprecated'
      ? {
          kind: 'event-deprecated',
          severity: 'dangerous',
          before,
          after,
          detail: 'deprecated',
          reason: 'Still accepted, but every call that sends it is now reported; plan its replacement.',
        }
      : { kind: 'event-reactivated', severity: 'safe', before, after, detail: `${before} → active`, reason: 'It can be sent again without warnings.' };

export const eventDescriptionChanged = (before: EventDefinition, after: EventDefinition): Facts => ({
  kind: 'event-description-changed',
  severity: 'safe',
  before: before.description,
  after: after.description,
  detail: 'description changed',
  reason: 'Documentation only.',
});

export const eventProductAdded = (product: string): Facts => ({
  kind: 'event-product-added',
  severity: 'dangerous',
  product,
  after: product,
  detail: `now sent by product "${product}"`,
  reason: 'A new sender: its values and volume join existing reports, and its team must implement it to the plan.',
});

export const eventProductRemoved = (product: string): Facts => ({
  kind: 'event-product-removed',
  severity: 'breaking',
  product,
  before: product,
  detail: `no longer sent by product "${product}"`,
  reason: "That product's calls become errors, and its reports stop receiving data.",
});

export const eventAdditionalPropertiesChanged = (before: boolean, after: boolean): Facts =>
  after
    ? {
        kind: 'event-additional-properties-allowed',
        severity: 'dangerous',
        before,
        after,
        detail: 'now accepts properties the plan does not list',
        reason: 'Existing calls stay valid, but unplanned properties may now arrive in reports.',
      }
    : {
        kind: 'event-additional-properties-forbidden',
        severity: 'breaking',
        before,
        after,
        detail: 'no longer accepts properties the plan does not list',
        reason: 'Calls that send unlisted properties become invalid.',
      };
