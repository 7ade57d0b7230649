// Publishes only what a passed vote approved. For each post about to be sent: the newest commit on the
// default branch's first-parent line that changed the post or a media file it publishes must come from
// a merged pull request (GET /repos/{owner}/{repo}/commits/{sha}/pulls) whose head has a successful
// "Herald vote" check run from one of `publish.vote_apps`, and at that head the post's blob and every
// media blob must equal the ones at the default branch's tip (an image swapped after the approvals is
// refused). A post under `publish.trusted_paths` may come from a direct push. docs/security-publisher.md.
import { posix } from 'node:path';
import { VOTE_CHECK_NAME } from '../core/check-runs/types.ts';
import { HeraldError } from '../core/errors.ts';
import type { PostPlan, PublishPlan } from '../core/plan/types.ts';
import type { PublishPolicy } from '../core/types.ts';
import { lastChange, listTree, type TreeEntry } from '../git/read.ts';
import { git, gitRaw } from '../git/run.ts';
import type { GitHubTarget } from './pull-request.ts';

export type Approval =
  { ok: true; pull?: number; head?: string; checkRun?: number; approvers?: string[] } | { ok: false; reason: string; pull?: number };

export interface ApprovalContext {
  cwd: string;
  remote: string;
  /** The default branch (a PR must have been merged into it). */
  branch: string;
  tip: string;
  tree: Map<string, TreeEntry>;
  policy: PublishPolicy;
  /** Undefined when the run has no token or repository: nothing that needs a vote can be verified. */
  github?: GitHubTarget;
}

interface Pull {
  number: number;
  merged_at: string | null;
  head: { sha: string };
  base: { ref: string };
}
interface CheckRun {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  app: { slug?: string } | null;
}

export async function checkApprovals(plan: PublishPlan, ctx: ApprovalContext): Promise<Map<string, Approval>> {
  const verdicts = new Map<string, Approval>();
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as Promise<T>;
  };
  let deepened = false;
  for (const post of plan.posts) {
    // A correction or a retraction changes what is live: it needs the vote exactly as a new post does.
    if (post.status !== 'publish' && post.status !== 'correct' && post.status !== 'retract') continue;
    const media = mediaOf(post);
    const files = [post.file, ...media.keys()];
    const unsafe = files.find((f) => !ctx.tree.has(f) || !/^1006[0-7]{2}$/.test(ctx.tree.get(f)!.mode));
    if (unsafe) {
      verdicts.set(post.postId, {
        ok: false,
        reason: `${unsafe} is ${ctx.tree.has(unsafe) ? 'not a regular file (a symbolic link or submodule)' : 'not on the default branch'}: nothing of this post is sent`,
      });
      continue;
    }
    if (!ctx.policy.requireVote || ctx.policy.trustedPaths.some((glob) => posix.matchesGlob(post.file, glob))) {
      verdicts.set(post.postId, { ok: true });
      continue;
    }
    if (!deepened) {
      await deepen(ctx);
      deepened = true;
    }
    const verdict = await verify(post, files, media, ctx, once);
    // The ledger records who approved a change to a live post (the latest review of each at the approved head).
    if (verdict.ok && verdict.pull && post.status !== 'publish')
      verdict.approvers = await approvers(ctx.github!, verdict.pull, verdict.head);
    verdicts.set(post.postId, verdict);
  }
  return verdicts;
}

async function verify(
  post: PostPlan,
  files: string[],
  media: Map<string, string>,
  ctx: ApprovalContext,
  once: <T>(key: string, make: () => Promise<T>) => Promise<T>,
): Promise<Approval> {
  if (!ctx.github) {
    return {
      ok: false,
      reason:
        'the vote cannot be verified: the run has no GitHub token or repository (set the github-token input and give the job `checks: read` and `pull-requests: read`)',
    };
  }
  const github = ctx.github;
  const commit = await lastChange(ctx.cwd, ctx.tip, files);
  if (!commit) return { ok: false, reason: `no commit on ${ctx.branch} changed ${post.file}` };
  const pulls = (await once(`pulls:${commit}`, () => get<Pull[]>(github, `/commits/${commit}/pulls?per_page=100`))).filter(
    (p) => p.merged_at && p.base.ref === ctx.branch,
  );
  if (pulls.length === 0) {
    return {
      ok: false,
      reason: `${commit.slice(0, 7)}, the last commit that changed it, was not merged from a pull request (a direct push): Herald publishes only what a passed vote approved (publish.trusted_paths lists posts that may be pushed directly)`,
    };
  }
  let first: Approval | undefined;
  for (const pull of pulls.sort((a, b) => b.number - a.number)) {
    const verdict = await verifyPull(pull, files, media, ctx, once);
    if (verdict.ok) return verdict;
    first ??= verdict;
  }
  return first!;
}

async function verifyPull(
  pull: Pull,
  files: string[],
  media: Map<string, string>,
  ctx: ApprovalContext,
  once: <T>(key: string, make: () => Promise<T>) => Promise<T>,
): Promise<Approval> {
  const head = pull.head.sha;
  const at = `PR #${pull.number}'s head ${head.slice(0, 7)}`;
  const runs = await once(`checks:${head}`, () =>
    get<{ check_runs: CheckRun[] }>(
      ctx.github!,
      `/commits/${head}/check-runs?check_name=${encodeURIComponent(VOTE_CHECK_NAME)}&per_page=100`,
    ),
  );
  const named = runs.check_runs.filter((r) => r.name === VOTE_CHECK_NAME);
  const ours = named.filter((r) => ctx.policy.voteApps.includes(r.app?.slug ?? '')).sort((a, b) => b.id - a.id);
  const latest = ours[0];
  if (!latest) {
    const others = [...new Set(named.map((r) => r.app?.slug ?? 'unknown'))];
    const from = others.length ? ` (only from ${others.join(', ')}, not one of publish.vote_apps: ${ctx.policy.voteApps.join(', ')})` : '';
    return { ok: false, pull: pull.number, reason: `${at} has no "${VOTE_CHECK_NAME}" check run${from}: the vote was never passed` };
  }
  if (latest.status !== 'completed' || latest.conclusion !== 'success') {
    return { ok: false, pull: pull.number, reason: `"${VOTE_CHECK_NAME}" on ${at} is ${latest.conclusion ?? latest.status}, not passed` };
  }
  const approved = await once(`tree:${head}`, () => headTree(ctx, pull.number, head));
  for (const file of files) {
    const blob = approved.get(file);
    if (blob?.oid === ctx.tree.get(file)!.oid) continue;
    const what = media.has(file) ? `${media.get(file)} ${file}` : `the post ${file}`;
    return {
      ok: false,
      pull: pull.number,
      reason: `${what} is not what the vote approved: ${at} has ${blob ? 'a different file' : 'no such file'} (changed after the approvals?)`,
    };
  }
  return { ok: true, pull: pull.number, head, checkRun: latest.id };
}

interface Review {
  user: { login: string } | null;
  state: string;
  commit_id: string | null;
}

/** Logins whose latest review of the pull request approved it at `head` (the vote's own tally is the check run). */
async function approvers(github: GitHubTarget, pull: number, head: string | undefined): Promise<string[]> {
  const latest = new Map<string, Review>();
  for (let page = 1; page <= 10; page++) {
    const reviews = await get<Review[]>(github, `/pulls/${pull}/reviews?per_page=100&page=${page}`);
    for (const r of reviews) if (r.user && r.state !== 'COMMENTED') latest.set(r.user.login, r);
    if (reviews.length < 100) break;
  }
  return [...latest]
    .filter(([, r]) => r.state === 'APPROVED' && (!head || r.commit_id === head))
    .map(([login]) => login)
    .sort();
}

/** Every media file the post publishes on the platforms it goes to, with its kind (image, video, gif). */
function mediaOf(post: Extract<PostPlan, { status: 'publish' | 'correct' | 'retract' }>): Map<string, string> {
  const media = new Map<string, string>();
  const renditions =
    post.status === 'publish'
      ? post.targets.map((t) => t.rendition)
      : post.status === 'correct'
        ? post.targets.map((t) => t.rendition)
        : [];
  for (const rendition of renditions) for (const part of rendition.parts) for (const m of part.media) media.set(m.path, m.kind);
  return media;
}

/** The tree of a PR head, fetched through the pull request's ref (GitHub keeps refs/pull/N/head, forks included). */
async function headTree(ctx: ApprovalContext, number: number, head: string): Promise<Map<string, TreeEntry>> {
  const present = async () => (await gitRaw(ctx.cwd, ['cat-file', '-e', `${head}^{commit}`])).code === 0;
  if (!(await present()))
    await gitRaw(ctx.cwd, ['fetch', '--quiet', '--no-tags', ctx.remote, `+refs/pull/${number}/head:refs/herald/pull/${number}`]);
  if (!(await present())) await gitRaw(ctx.cwd, ['fetch', '--quiet', '--no-tags', ctx.remote, head]);
  if (!(await present()))
    throw new HeraldError(
      `cannot fetch ${head.slice(0, 7)}, the head of PR #${number}, from ${ctx.remote}: its approved files cannot be compared`,
    );
  return listTree(ctx.cwd, head);
}

/** The default branch's history is needed to find the commit that brought each file (actions/checkout fetches one commit). */
async function deepen(ctx: ApprovalContext): Promise<void> {
  if ((await git(ctx.cwd, ['rev-parse', '--is-shallow-repository'])).trim() !== 'true') return;
  await git(ctx.cwd, ['fetch', '--quiet', '--no-tags', '--unshallow', ctx.remote, ctx.branch]);
}

async function get<T>(target: GitHubTarget, path: string): Promise<T> {
  const url = `${target.apiUrl}/repos/${target.repository}${path}`;
  const res = await target.fetch(url, {
    headers: {
      authorization: `Bearer ${target.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'herald-action',
    },
  });
  if (!res.ok) {
    throw new HeraldError(`GitHub: GET ${path.split('?')[0]} failed: ${res.status}`, {
      hint: 'the publish job needs `permissions: checks: read, pull-requests: write, contents: write`',
    });
  }
  return (await res.json()) as T;
}
