// The hidden marker that identifies Herald's one PR comment (DESIGN principle 8: upsert by marker).

export const COMMENT_MARKER = '<!-- herald:pr-comment -->';

/** True when a comment body is Herald's PR comment (the marker opens the body). */
export function isHeraldComment(body: string | null | undefined): boolean {
  return typeof body === 'string' && body.trimStart().startsWith(COMMENT_MARKER);
}
