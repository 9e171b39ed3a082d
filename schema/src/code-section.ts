import { isObject } from './merge-includes.js';
import type { CodeSettings, Tracker } from './model.js';

const isTracker = (value: unknown): value is Tracker => isObject(value) && typeof value.callee === 'string' && value.callee.length > 0;

/**
 * The plan's `code` section read on its own, leniently: the wrappers that are well formed, whatever
 * else in the plan is wrong. The plugin keeps recognising a company's wrapper calls through a broken
 * plan, so that the plan's problem is reported where the calls are instead of a silent pass.
 */
export function readCodeSection(plan: unknown): CodeSettings | undefined {
  if (!isObject(plan)) return undefined;
  const code = isObject(plan.code) ? plan.code : {};
  const trackers = Array.isArray(code.trackers) ? code.trackers.filter(isTracker) : [];
  const ignore = Array.isArray(code.ignore) ? code.ignore.filter((g): g is string => typeof g === 'string') : [];
  return { trackers, ignore };
}
