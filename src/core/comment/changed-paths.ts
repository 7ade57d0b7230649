// The comment's list of every path the PR changes outside posts/, and what Herald's vote makes of
// each: the config (voted on here), a post's media, reviewed elsewhere (config), or not covered
// (the vote fails). Paths are untrusted: escaped, and the list is capped.
import { code } from './escape.ts';

export type OutsideCover = 'config' | 'membership-config' | 'media' | 'reviewed-elsewhere' | 'ledger' | 'not-covered';

export interface OutsidePath {
  path: string;
  cover: OutsideCover;
}

const NOTE: Record<OutsideCover, string> = {
  config: '✅ the Herald config: voted on here',
  'membership-config': '🗳️ the Herald config: needs the membership vote',
  media: '✅ media of a post in this PR: voted on with it',
  'reviewed-elsewhere': '➖ reviewed elsewhere (`approval.reviewed_elsewhere`), not by this vote',
  ledger: '⛔ the publish ledger: only the publisher writes it',
  'not-covered': "⛔ not covered by Herald's vote",
};

const MAX_LISTED = 50;

/** Markdown for the section; '' when the PR changes nothing outside posts/. */
export function changedPathsSection(paths: OutsidePath[]): string {
  if (paths.length === 0) return '';
  // NOTE texts are Herald's own; only the paths come from the PR.
  const shown = paths.slice(0, MAX_LISTED).map((p) => `| ${code(p.path)} | ${NOTE[p.cover]} |`);
  const hidden = paths.slice(MAX_LISTED);
  const uncovered = hidden.filter((p) => p.cover === 'not-covered' || p.cover === 'ledger').length;
  const more = hidden.length > 0 ? [`| … | ${hidden.length} more paths (${uncovered} not covered) |`] : [];
  return ['### 📁 Changes outside posts/', '| Path | Herald’s vote |', '| --- | --- |', ...shown, ...more].join('\n');
}
