import type { GitHub } from './github-client.js';

/** The hidden marker that finds this plan's comment again on later runs. */
export const commentMarker = (planPath: string): string => `<!-- trackplan:comment plan=${encodeURIComponent(planPath)} -->`;

/** The account the action comments as: the input, else the token's user, else the workflow token's bot. */
export async function commentAuthor(github: GitHub, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  try {
    const { data } = await github.rest.users.getAuthenticated();
    return data.login;
  } catch (e) {
    // The workflow token is an installation token: GET /user answers 403 (or 401/404 on some servers).
    if ([401, 403, 404].includes((e as { status?: number }).status ?? 0)) return 'github-actions[bot]';
    throw e;
  }
}

export interface StickyComment {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  readonly author: string;
  readonly marker: string;
  readonly body: string;
  /** False: only update an existing comment (an emptied diff needs no new comment). */
  readonly create: boolean;
}

/**
 * Keeps exactly one comment per plan file: finds the comment with the marker written by the
 * action's own account (on any page of comments), and updates it, or creates it. A comment by
 * anyone else that copies the marker is never edited.
 */
export async function upsertComment(github: GitHub, comment: StickyComment): Promise<{ url: string; action: 'created' | 'updated' } | undefined> {
  const { owner, repo, issueNumber, author, marker, body, create } = comment;
  const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  // The marker counts only as the exact first line: text quoted further down (a plan string, another
  // workflow's message) can never make a comment look like this plan's.
  const ours = comments.find((c) => c.user?.login === author && firstLine(c.body ?? '') === marker);
  if (ours) {
    const { data } = await github.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
    return { url: data.html_url, action: 'updated' };
  }
  if (!create) return undefined;
  const { data } = await github.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { url: data.html_url, action: 'created' };
}

/** The labels on the pull request now, from the API: a re-run reuses the old event payload. */
export async function currentLabels(github: GitHub, owner: string, repo: string, issueNumber: number): Promise<string[]> {
  const labels = await github.paginate(github.rest.issues.listLabelsOnIssue, { owner, repo, issue_number: issueNumber, per_page: 100 });
  return labels.map((l) => l.name);
}

const firstLine = (body: string): string => body.split(/\r?\n/, 1)[0] ?? '';
