// Generates a realistic tracking plan of N events: shared $defs, enums, formats, required keys,
// a few deprecated events, super and people properties, as a multi-product company would have.
import { stringify } from 'yaml';

const words = ['account', 'order', 'product', 'cart', 'search', 'profile', 'invite', 'report', 'payment', 'message', 'project', 'file'];
const verbs = ['created', 'viewed', 'updated', 'deleted', 'shared', 'exported', 'opened', 'closed', 'started', 'completed'];

/** A plan object with `events` events (deterministic for a given count and seed). */
export function generatePlan(events, seed = 1) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const plan = {
    version: 1,
    conventions: { eventName: 'Sentence case', propertyName: 'camelCase', acronyms: ['ID', 'URL'] },
    products: {
      web: { owners: ['@acme/web'], paths: ['apps/web/**'], side: 'client' },
      ios: { owners: ['@acme/ios'], side: 'client' },
      android: { owners: ['@acme/android'], side: 'client' },
      backend: { owners: ['@acme/backend'], paths: ['services/**'], side: 'server' },
    },
    $defs: {
      plan: { type: 'string', enum: ['free', 'pro', 'enterprise'] },
      money: { type: 'number', minimum: 0 },
      currency: { type: 'string', pattern: '^[A-Z]{3}$' },
      entityId: { type: 'string', format: 'uuid' },
    },
    events: {},
    superProperties: { appVersion: { type: 'string' }, platform: { type: 'string', enum: ['web', 'ios', 'android'] } },
    people: {
      $email: { type: 'string', format: 'email', owner: 'server' },
      plan: { $ref: '#/$defs/plan', owner: 'server' },
      seats: { type: 'integer', minimum: 1, owner: 'server' },
      theme: { type: 'string', enum: ['light', 'dark'], owner: 'client' },
    },
  };
  for (let i = 0; i < events; i++) {
    const noun = pick(words);
    const verb = pick(verbs);
    const key = `${noun}${verb[0].toUpperCase()}${verb.slice(1)}${i}`;
    const properties = {
      [`${noun}Id`]: { $ref: '#/$defs/entityId' },
      source: { type: 'string', enum: ['button', 'menu', 'shortcut', 'api'] },
      durationMs: { type: 'integer', minimum: 0 },
      isBulk: { type: 'boolean' },
    };
    if (random() < 0.3) Object.assign(properties, { amount: { $ref: '#/$defs/money' }, currency: { $ref: '#/$defs/currency' } });
    if (random() < 0.2) properties.tags = { type: 'array', items: { type: 'string' }, maxItems: 10 };
    if (random() < 0.2) properties.at = { type: 'string', format: 'date-time' };
    plan.events[key] = {
      eventName: `${noun[0].toUpperCase()}${noun.slice(1)} ${verb} ${i}`,
      description: `The ${noun} was ${verb}.`,
      products: random() < 0.5 ? ['web', 'ios', 'android'] : ['backend'],
      properties,
      required: [`${noun}Id`, 'source'],
      ...(i % 50 === 49 ? { status: 'deprecated' } : {}),
    };
  }
  return plan;
}

export const planYaml = (events, seed) => stringify(generatePlan(events, seed), { lineWidth: 0 });

/**
 * A copy of `plan` with about `rate` of its events changed the ways pull requests change plans:
 * events removed, added, deprecated, renamed keys; properties added, removed, retyped, enums edited,
 * made required; descriptions reworded.
 */
export function mutatePlan(plan, rate = 0.05, seed = 7) {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const next = structuredClone(plan);
  const keys = Object.keys(next.events);
  const mutations = [
    (key) => delete next.events[key],
    (key) => (next.events[`${key}New`] = { eventName: `${next.events[key].eventName} again`, products: ['web'] }),
    (key) => (next.events[key].status = 'deprecated'),
    (key) => {
      next.events[`${key}Renamed`] = next.events[key];
      delete next.events[key];
    },
    (key) => (next.events[key].properties.extra = { type: 'string' }),
    (key) => delete next.events[key].properties.durationMs,
    (key) => (next.events[key].properties.isBulk = { type: 'string' }),
    (key) => next.events[key].properties.source.enum.push('widget'),
    (key) => (next.events[key].properties.source.enum = ['button', 'menu']),
    (key) => next.events[key].required.push('durationMs'),
    (key) => (next.events[key].description = 'Reworded.'),
  ];
  for (const key of keys) {
    if (random() >= rate || !next.events[key]) continue;
    mutations[Math.floor(random() * mutations.length)](key);
  }
  return next;
}
