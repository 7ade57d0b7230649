// A proposal (issue form or workflow form) becomes a draft pull request with the post file, or a
// comment naming what to fix. Idempotent on the branch name: an edited issue updates its own PR.
import type { Octokit } from '@octokit/rest';
import { checkPosts } from '../core/check.ts';
import { parseConfig } from '../core/config/parse.ts';
import {
  planProposal,
  problemsComment,
  proposalPost,
  proposalPullBody,
  type ProposalFieldId,
  type ProposalProblem,
} from '../core/proposal.ts';
import type { Finding } from '../core/types.ts';
import { RepoWriter, type RepoRef } from '../feeds/repo-writer.ts';
import { safeFetch, type SafeFetchOptions } from '../net/safe-fetch.ts';

export interface ProposalSource {
  /** The issue the answers came from; undefined for the workflow form. */
  issue?: number;
  title: string;
  author: string;
  answers: Partial<Record<ProposalFieldId, string>>;
}

export interface ProposalDeps {
  octokit: Octokit;
  repo: RepoRef;
  now: Date;
  /** Which image URLs count as uploads to GitHub (tests point it at a loopback server). */
  isAttachment?: (url: URL) => boolean;
  fetchOptions?: Partial<SafeFetchOptions>;
}

export type ProposalOutcome = { ok: true; pull: number; url: string; created: boolean } | { ok: false; problems: ProposalProblem[] };

const CONFIG_PATH = '.github/herald.yml';
const MARKER = '<!-- herald: proposal -->';
const IMAGE_LIMITS: SafeFetchOptions = { maxBytes: 15 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 3 };
const GITHUB_UPLOADS = new Set(['github.com', 'user-images.githubusercontent.com', 'private-user-images.githubusercontent.com']);

export async function openProposal(source: ProposalSource, deps: ProposalDeps): Promise<ProposalOutcome> {
  const writer = new RepoWriter(deps.octokit, deps.repo);
  const base = await writer.defaultBranch();
  const configFile = await writer.readFile(CONFIG_PATH, base);
  const parsed = parseConfig(CONFIG_PATH, configFile?.text ?? '');
  if (!parsed.ok)
    return finish(source, deps, [
      { field: CONFIG_PATH, message: 'has errors on the default branch: an admin has to fix it first (herald check shows them)' },
    ]);
  const isAttachment = deps.isAttachment ?? ((url: URL) => url.protocol === 'https:' && GITHUB_UPLOADS.has(url.hostname));
  const plan = planProposal(source.answers, {
    title: source.title,
    number: source.issue ?? 0,
    config: parsed.config,
    now: deps.now,
    isAttachment,
  });
  if (!plan.ok) return finish(source, deps, plan.problems);

  let media: { path: string; bytes: Uint8Array } | undefined;
  if (plan.image) {
    const image = await downloadImage(plan.image.url, deps.fetchOptions);
    if (typeof image === 'string') return finish(source, deps, [{ field: 'Image', message: image }]);
    media = { path: `media/${plan.file.slice('posts/'.length, -'.md'.length)}.${image.extension}`, bytes: image.bytes };
  }
  const text = proposalPost(plan, source.issue ?? 0, media?.path);
  const report = await checkPosts({
    files: [{ path: plan.file, content: text }],
    config: parsed.config,
    now: deps.now,
    mediaExists: (p) => p === `posts/${media?.path}`,
  });
  const errors = report.posts.flatMap((p) => p.findings).filter((f) => f.severity === 'error');
  if (errors.length)
    return finish(
      source,
      deps,
      errors.map((f) => ({ field: fieldOf(f, text), message: f.message })),
    );

  const branch = `herald/proposal-${source.issue ?? slugOf(plan.file)}`;
  await writer.createBranch(branch);
  const message = source.issue ? `Post proposed in #${source.issue}` : `Post proposed by @${source.author}`;
  if (media) await writeIfChanged(writer, `posts/${media.path}`, branch, media.bytes, message);
  await writeIfChanged(writer, plan.file, branch, new TextEncoder().encode(text), message);
  const existing = await writer.findPull(branch);
  const pull = existing ?? (await openDraft(deps, branch, base, source, plan));
  const outcome: ProposalOutcome = { ok: true, pull: pull.number, url: pull.html_url, created: !existing };
  if (source.issue)
    await upsertComment(
      deps,
      source.issue,
      `${MARKER}\nThanks! The post is in draft pull request #${pull.number}: members vote on it there. Edit this issue to change it.`,
    );
  return outcome;
}

async function finish(source: ProposalSource, deps: ProposalDeps, problems: ProposalProblem[]): Promise<ProposalOutcome> {
  if (source.issue) await upsertComment(deps, source.issue, `${MARKER}\n${problemsComment(problems)}`);
  return { ok: false, problems };
}

async function openDraft(
  deps: ProposalDeps,
  branch: string,
  base: string,
  source: ProposalSource,
  plan: Extract<ReturnType<typeof planProposal>, { ok: true }>,
) {
  const title = source.title.replace(/^post:\s*/i, '').trim() || plan.file;
  const { data } = await deps.octokit.rest.pulls.create({
    ...deps.repo,
    head: branch,
    base,
    title: `Post: ${title}`,
    body: proposalPullBody(source.issue, source.author, plan),
    draft: true,
  });
  return { number: data.number, html_url: data.html_url };
}

async function writeIfChanged(writer: RepoWriter, path: string, branch: string, bytes: Uint8Array, message: string): Promise<void> {
  const current = await writer.readFile(path, branch);
  const content = Buffer.from(bytes);
  if (current && current.bytes.equals(content)) return;
  await writer.writeFile(path, branch, content, message, current?.sha);
}

async function upsertComment(deps: ProposalDeps, issue: number, body: string): Promise<void> {
  const comments = await deps.octokit.paginate(deps.octokit.rest.issues.listComments, { ...deps.repo, issue_number: issue, per_page: 100 });
  const mine = comments.find((c) => c.body?.startsWith(MARKER) && c.user?.type === 'Bot');
  if (mine?.body === body) return;
  if (mine) await deps.octokit.rest.issues.updateComment({ ...deps.repo, comment_id: mine.id, body });
  else await deps.octokit.rest.issues.createComment({ ...deps.repo, issue_number: issue, body });
}

/** The image's bytes and file extension from its first bytes (never from the URL), or what is wrong. */
async function downloadImage(
  url: string,
  options: Partial<SafeFetchOptions> = {},
): Promise<{ bytes: Uint8Array; extension: string } | string> {
  let response;
  try {
    response = await safeFetch(url, { ...IMAGE_LIMITS, ...options, accept: 'image/*' });
  } catch (error) {
    return `could not be downloaded (${(error as Error).message}): upload it again, or add it to the pull request by hand`;
  }
  if (response.status !== 200) return `could not be downloaded (HTTP ${response.status}): upload it again`;
  const extension = imageType(response.body);
  if (!extension) return 'is not a PNG, JPEG, GIF or WebP image';
  return { bytes: response.body, extension };
}

function imageType(bytes: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'webp';
  return undefined;
}

/** Which form field a finding in the generated post is about, for the issue comment. */
function fieldOf(finding: Finding, text: string): string {
  const lines = text.split('\n');
  const line = lines[finding.line - 1] ?? '';
  if (line.startsWith('publish_at:')) return 'Publish at';
  if (line.startsWith('platforms:')) return 'Platforms';
  if (line.startsWith('![')) return /credit/i.test(finding.ruleId) ? 'Image credit' : 'Image description (alt text)';
  return 'Post text';
}

function slugOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1, -'.md'.length);
}
