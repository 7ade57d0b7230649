// Term renewal issues on the fake GitHub: opened once, updated as the day nears, never duplicated,
// found again past the first page of 100 issues, and left alone once someone closed them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TermNotice } from '../../src/core/governance/term-notices.ts';
import { TERM_LABEL, termIssueBody, termMarker, upsertTermIssues } from '../../src/governance/term-issues.ts';
import { addIssue, extrasOf } from '../helpers/fake-github/repo-extras.ts';
import { startRepoGitHub, type RepoGitHub } from '../helpers/fake-github/repo-routes.ts';

let gh: RepoGitHub;
const repo = { owner: 'django', repo: 'social' };
const ada = (daysLeft: number): TermNotice => ({ login: 'Ada-Okafor', termEnd: '2026-12-31', daysLeft, line: 30 });

beforeEach(async () => {
  gh = await startRepoGitHub({ '.github/herald.yml': 'timezone: UTC\n' });
});
afterEach(async () => {
  gh.github.assertNoViolations();
  await gh.github.close();
});

const issues = () => extrasOf(gh.repo).issues;

describe('upsertTermIssues', () => {
  it('opens one issue, updates it as the day nears, and never opens a second', async () => {
    const first = await upsertTermIssues(gh.octokit, repo, [ada(14)], '.github/herald.yml');
    expect(first).toEqual([expect.objectContaining({ login: 'Ada-Okafor', action: 'opened' })]);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]).toMatchObject({ title: "Term renewal: @Ada-Okafor's term ends on 2026-12-31", labels: [TERM_LABEL] });
    expect(issues()[0]!.body).toContain('(in 14 days)');

    const same = await upsertTermIssues(gh.octokit, repo, [ada(14)], '.github/herald.yml');
    expect(same[0]?.action).toBe('unchanged');

    const later = await upsertTermIssues(gh.octokit, repo, [ada(1)], '.github/herald.yml');
    expect(later[0]).toMatchObject({ action: 'updated', number: first[0]!.number });
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.body).toContain('(in 1 day)');
  });

  it('finds its issue past the first page of 100', async () => {
    const own = addIssue(gh.repo, {
      title: 'Term renewal',
      body: termIssueBody(ada(14), '.github/herald.yml'),
      labels: [TERM_LABEL],
      state: 'open',
      author: { login: 'github-actions[bot]', type: 'Bot' },
    });
    for (let i = 0; i < 150; i++) {
      const notice: TermNotice = { login: `member-${i}`, termEnd: '2026-06-30', daysLeft: 3, line: 40 };
      addIssue(gh.repo, {
        title: `Term renewal ${i}`,
        body: termIssueBody(notice, '.github/herald.yml'),
        labels: [TERM_LABEL],
        state: 'open',
        author: { login: 'github-actions[bot]', type: 'Bot' },
      });
    }
    const mark = gh.github.requests.length;
    const result = await upsertTermIssues(gh.octokit, repo, [ada(7)], '.github/herald.yml');
    expect(result[0]).toMatchObject({ action: 'updated', number: own.number });
    const lists = gh.github.since(mark).filter((r) => r.operation === 'issues/list-for-repo');
    expect(lists).toHaveLength(2);
    expect(issues()).toHaveLength(151);
  });

  it('leaves a closed issue closed instead of asking again', async () => {
    const closed = addIssue(gh.repo, {
      title: 'Term renewal',
      body: termIssueBody(ada(14), '.github/herald.yml'),
      labels: [TERM_LABEL],
      state: 'closed',
      author: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const result = await upsertTermIssues(gh.octokit, repo, [ada(3)], '.github/herald.yml');
    expect(result[0]).toMatchObject({ action: 'closed', number: closed.number });
    expect(issues()).toHaveLength(1);
  });

  it('tells members apart and ignores unrelated issues that quote no marker', async () => {
    addIssue(gh.repo, {
      title: 'About terms',
      body: `We should talk about ${termMarker(ada(1)).slice(0, 20)}`,
      labels: [TERM_LABEL],
      state: 'open',
      author: { login: 'ada-okafor', type: 'User' },
    });
    const liam: TermNotice = { login: 'liam-chen', termEnd: '2026-12-31', daysLeft: 14, line: 35 };
    const result = await upsertTermIssues(gh.octokit, repo, [ada(14), liam], '.github/herald.yml');
    expect(result.map((r) => r.action)).toEqual(['opened', 'opened']);
    expect(issues()).toHaveLength(3);
  });

  it('sends nothing when no term ends soon', async () => {
    const mark = gh.github.requests.length;
    expect(await upsertTermIssues(gh.octokit, repo, [], '.github/herald.yml')).toEqual([]);
    expect(gh.github.since(mark)).toEqual([]);
  });
});
