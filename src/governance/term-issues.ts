// The scheduled governance run: one issue per member whose term ends soon, asking them to opt in to another
// term. Found again by a hidden marker, so repeated runs update it and never open a second one.
import type { Octokit } from '@octokit/rest';
import type { TermNotice } from '../core/governance/term-notices.ts';

export const TERM_LABEL = 'herald-governance';

export interface TermIssue {
  login: string;
  number: number;
  url: string;
  /** `closed`: someone closed the issue (answered or declined); it is left alone, not opened again. */
  action: 'opened' | 'updated' | 'unchanged' | 'closed';
}

export function termMarker(notice: TermNotice): string {
  return `<!-- herald:term-renewal ${notice.login.toLowerCase()} ${notice.termEnd} -->`;
}

export function termIssueTitle(notice: TermNotice): string {
  return `Term renewal: @${notice.login}'s term ends on ${notice.termEnd}`;
}

export function termIssueBody(notice: TermNotice, configPath: string): string {
  const when = notice.daysLeft === 0 ? 'today' : `in ${notice.daysLeft} day${notice.daysLeft === 1 ? '' : 's'}`;
  return [
    termMarker(notice),
    `@${notice.login}, your term in the working group ends on **${notice.termEnd}** (${when}).`,
    '',
    'Would you like to serve another term? If so, open a pull request that adds a new term for you to the roster in',
    `\`${configPath}\` (line ${notice.line} has your current one). It is a membership vote: the current members approve`,
    'it with reviews like any post, and it needs 50%+1 of them.',
    '',
    'If you would rather step down: thank you for your work! Nothing to do; you stop counting as a voter the day after',
    'your term ends. Please hand over any platform you admin, so each platform keeps at least two admins.',
  ].join('\n');
}

export async function upsertTermIssues(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  notices: TermNotice[],
  configPath: string,
): Promise<TermIssue[]> {
  if (notices.length === 0) return [];
  // Closed ones too: a member who closed the issue has answered, and must not get a second one.
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: 'all', labels: TERM_LABEL, per_page: 100 });
  const results: TermIssue[] = [];
  for (const notice of notices) {
    const marker = termMarker(notice);
    const body = termIssueBody(notice, configPath);
    const existing = issues.find((issue) => issue.body?.includes(marker));
    if (existing?.state === 'closed') {
      results.push({ login: notice.login, number: existing.number, url: existing.html_url, action: 'closed' });
    } else if (existing && existing.body === body) {
      results.push({ login: notice.login, number: existing.number, url: existing.html_url, action: 'unchanged' });
    } else if (existing) {
      await octokit.rest.issues.update({ ...repo, issue_number: existing.number, body });
      results.push({ login: notice.login, number: existing.number, url: existing.html_url, action: 'updated' });
    } else {
      const { data } = await octokit.rest.issues.create({ ...repo, title: termIssueTitle(notice), body, labels: [TERM_LABEL] });
      results.push({ login: notice.login, number: data.number, url: data.html_url, action: 'opened' });
    }
  }
  return results;
}
