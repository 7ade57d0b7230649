// What the run says back: the outputs' JSON, the job summary table, the PR comment, the failure text. Pure.
// File names and platform texts are inert code spans (no mention, HTML, link, image or autolink renders
// from them), and a returned URL becomes a link only where the link policy says it is the platform's address.
import { codeSpan } from '../core/comment/escape.ts';
import { liveLink, liveLinkPolicy, type LinkPolicy } from '../core/comment/live-links.ts';
import { liveUrls } from '../core/ledger/record.ts';
import type { PostPlan } from '../core/plan/types.ts';
import type { PlatformId } from '../core/types.ts';
import type { PlatformOutcome, PostOutcome, RunOutcome } from './types.ts';

export const RETRY_HOW =
  'To retry, run the "Herald schedule" workflow from the Actions tab (Run workflow) with `retry-post` set to the post id; ' +
  'parts that are already live are never sent again.';

export interface PublishedJson {
  post: string;
  file: string;
  status: PostPlan['status'];
  publishAt?: string;
  /** Why a post was refused, or what is wrong with it. */
  reason?: string;
  platforms: { platform: string; status: string; urls: string[]; error?: string; appended?: string[]; removed?: string[]; note?: string }[];
}

export function publishedJson(run: RunOutcome): PublishedJson[] {
  return run.posts.map((o) => {
    const out: PublishedJson = { post: o.postId, file: o.file, status: o.plan.status, platforms: o.platforms.map(platformJson) };
    if (o.plan.status === 'scheduled') out.publishAt = o.plan.publishAt.toISOString();
    if (o.plan.status === 'refused' || o.plan.status === 'retract') out.reason = o.plan.reason;
    if (o.plan.status === 'invalid') out.reason = o.plan.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('; ');
    if (o.plan.status === 'edited' || o.plan.status === 'renamed' || o.plan.status === 'published' || o.plan.status === 'missing') {
      for (const [platform, urls] of Object.entries(o.plan.ledger ? liveUrls(o.plan.ledger) : {}))
        out.platforms.push({ platform, status: 'live', urls: urls ?? [] });
    }
    return out;
  });
}

function platformJson(p: PlatformOutcome): PublishedJson['platforms'][number] {
  if (p.status === 'live') return { platform: p.platform, status: 'live', urls: p.urls };
  if (p.status === 'failed') return { platform: p.platform, status: 'failed', urls: p.urls, error: p.error };
  if (p.status === 'corrected') {
    const status = p.action === 'edit' ? 'edited' : p.action === 'reply' ? 'correction reply' : 'left as it is';
    return {
      platform: p.platform,
      status,
      urls: p.urls,
      ...(p.appended.length ? { appended: p.appended } : {}),
      ...(p.removed.length ? { removed: p.removed } : {}),
      ...(p.note ? { note: p.note } : {}),
    };
  }
  if (p.status === 'deleted') return { platform: p.platform, status: 'deleted', urls: p.urls };
  if (p.status === 'by-hand') return { platform: p.platform, status: 'delete by hand', urls: p.urls, note: p.note };
  return { platform: p.platform, status: p.status, urls: [] };
}

const NOTE: Record<PostPlan['status'], string> = {
  publish: '',
  scheduled: 'scheduled',
  published: 'already live everywhere',
  edited: 'edited after publication: not re-posted',
  renamed: 'renamed or moved: already published, not re-posted',
  nothing: 'no platform to publish to',
  invalid: 'invalid post',
  refused: 'refused',
  missing: 'file deleted with parts unpublished',
  correct: 'corrected',
  retract: 'retracted',
  retracted: 'retracted earlier: nothing is sent',
};

/** What a person must look at: refused posts, posts with errors, posts deleted after a partial publish. */
export function attentionLines(plan: { posts: PostPlan[] }): string[] {
  return plan.posts.flatMap((p) => {
    if (p.status === 'refused') return [`refused ${p.file}: ${p.reason}`];
    if (p.status === 'invalid')
      return [
        `refused ${p.file}: \`herald check\` finds errors: ${p.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`,
      ];
    if (p.status === 'missing')
      return [
        `${p.file} was deleted before all of it was published (${liveSummary(p)}); nothing more is sent. Restore the file to finish it.`,
      ];
    return [];
  });
}

function liveSummary(plan: PostPlan): string {
  const live = Object.entries(plan.ledger ? liveUrls(plan.ledger) : {});
  return live.length ? `live on ${live.map(([platform]) => platform).join(', ')}` : 'nothing of it is live';
}

/** Without the config, only the platforms' own sites and loopback are linked. */
const FIXED_HOSTS_ONLY = liveLinkPolicy({ platforms: [] });

export function summaryMarkdown(run: RunOutcome, links: LinkPolicy = FIXED_HOSTS_ONLY): string {
  const rows = ['| Post | Platform | Status | Links |', '| --- | --- | --- | --- |'];
  for (const post of publishedJson(run)) {
    // The reason quotes file names and PR texts: inert code, like every other text from outside.
    const note = NOTE[post.status] + (post.publishAt ? ` for ${post.publishAt}` : '') + (post.reason ? `: ${cell(post.reason)}` : '');
    if (post.platforms.length === 0) rows.push(`| ${cell(post.file)} | | ${note} | |`);
    for (const p of post.platforms) {
      const status =
        p.status === 'failed'
          ? `❌ ${cell(p.error ?? '')}`
          : p.status === 'live'
            ? `✅ live${note ? ` (${note})` : ''}`
            : `${p.status}${p.note ? `: ${cell(p.note)}` : ''}${p.appended ? ` (+${p.appended.length} part(s))` : ''}${p.removed ? ` (${p.removed.length} part(s) no longer in the post, left)` : ''}`;
      // A deleted post's address is shown, not linked (it leads nowhere now).
      const shown =
        p.status === 'deleted'
          ? p.urls.map((u) => codeSpan(u, true))
          : p.urls.map((u, i) => liveLink(u, String(i + 1), links(p.platform as PlatformId, u), true));
      rows.push(`| ${cell(post.file)} | ${p.platform} | ${status} | ${shown.join(' ')} |`);
    }
  }
  const failures = failureLines(run);
  return `## Herald publish\n\n${rows.join('\n')}\n${failures.length ? `\n**Failed:**\n${failures.map((l) => `- ${codeSpan(l)}`).join('\n')}\n\n${RETRY_HOW}\n` : ''}`;
}

/** The comment on the merged pull request: a link to every live post. Undefined when nothing went live. */
export function pullRequestComment(posts: PostOutcome[], runUrl?: string, links: LinkPolicy = FIXED_HOSTS_ONLY): string | undefined {
  const lines: string[] = [];
  for (const post of posts) {
    const shown = post.platforms.filter(
      (p) => p.status === 'failed' || (p.status === 'live' && p.urls.length > 0) || REVISED.has(p.status),
    );
    const attention = attentionLines({ posts: [post.plan] });
    if (shown.length === 0 && attention.length === 0) continue;
    lines.push(`**${codeSpan(post.file)}**`);
    if (post.plan.status === 'retract') lines.push(`- retracted, because: ${codeSpan(post.plan.reason)}`);
    for (const line of attention) lines.push(`- ⚠️ ${codeSpan(line)}`);
    for (const p of shown) {
      if (p.status === 'failed') lines.push(`- ${p.platform}: failed — ${codeSpan(p.error)}`);
      else if (p.status === 'live')
        lines.push(
          `- ${p.platform}: ${p.urls.map((u, i) => liveLink(u, p.urls.length > 1 ? `part ${i + 1}` : undefined, links(p.platform, u))).join(' · ')}`,
        );
      else lines.push(revisedLine(p, links));
    }
  }
  if (lines.length === 0) return undefined;
  const failed = posts.some((p) => p.platforms.some((x) => x.status === 'failed'));
  const published = posts.some((p) => p.platforms.some((x) => x.status === 'live' || REVISED.has(x.status)));
  const revised = posts.some((p) => p.plan.status === 'correct' || p.plan.status === 'retract');
  const headline = revised
    ? published
      ? 'Herald revised the live posts'
      : 'Herald did not revise this'
    : published
      ? 'Published by Herald'
      : 'Herald did not publish this';
  return `<!-- herald:published -->\n📣 ${headline}${runUrl ? ` ([run](${runUrl}))` : ''}:\n\n${lines.join('\n')}\n${failed ? `\n${RETRY_HOW}\n` : ''}`;
}

const REVISED = new Set<PlatformOutcome['status']>(['corrected', 'deleted', 'by-hand']);

/** One line of the PR comment for a correction or retraction on a platform, with links to what it touched. */
function revisedLine(p: PlatformOutcome, links: LinkPolicy): string {
  const list = (urls: string[]) =>
    urls.map((u, i) => liveLink(u, urls.length > 1 ? `part ${i + 1}` : undefined, links(p.platform, u))).join(' · ');
  if (p.status === 'deleted') return `- ${p.platform}: deleted ${p.urls.length} part(s) (${p.urls.map((u) => codeSpan(u)).join(', ')})`;
  if (p.status === 'by-hand') return `- ${p.platform}: ⚠️ delete by hand: ${list(p.urls)} — ${codeSpan(p.note)}`;
  if (p.status !== 'corrected') return `- ${p.platform}: ${p.status}`;
  const extra = [
    ...(p.appended.length ? [`${p.action === 'reply' ? 'correction reply' : 'added'}: ${list(p.appended)}`] : []),
    ...(p.removed.length ? [`⚠️ no longer in the post, left live: ${list(p.removed)}`] : []),
  ];
  const head =
    p.action === 'edit'
      ? p.urls.length
        ? `edited ${list(p.urls)}`
        : 'nothing to edit'
      : p.action === 'reply'
        ? `cannot edit (${codeSpan(p.note ?? '')})`
        : `left as it is: ${list(p.urls)} (${codeSpan(p.note ?? '')})`;
  return `- ${p.platform}: ${[head, ...extra].join('; ')}`;
}

export function failureLines(run: RunOutcome): string[] {
  return run.posts.flatMap((o) => {
    if (o.plan.status === 'invalid') return o.plan.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
    if (o.plan.status === 'refused') return [`${o.file}: refused: ${o.plan.reason}`];
    return o.platforms.flatMap((p) => (p.status === 'failed' ? [p.error] : []));
  });
}

/** A table cell of text from outside (file names, platform errors): inert code, `|` escaped. */
function cell(text: string): string {
  return text ? codeSpan(text, true) : '';
}
