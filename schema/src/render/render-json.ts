import type { PlanDiff } from '../diff/diff-plans.js';

/** `{ "changes": [...], "summary": { "breaking": n, "dangerous": n, "safe": n } }`, for tools. */
export const renderJson = (diff: PlanDiff): string => JSON.stringify({ changes: diff.changes, summary: diff.summary }, null, 2);
