// The one Herald PR comment: previews, findings, checklist and the vote, always under GitHub's limit.
import type { CheckReport, PostReport } from '../check.ts';
import { clip, code, escapeInline } from './escape.ts';
import { byPosition, findingLine, type LinkContext } from './findings.ts';
import { COMMENT_MARKER } from './marker.ts';
import { mergeSentence, type MergeContext } from './merge.ts';
import { postSection, type PostDetail, type PostLinks } from './post-section.ts';
import { voteSection, voteStatus } from './vote-table.ts';
import type { CommentInput } from './types.ts';
import { renditionFits } from './preview.ts';
import { changedPathsSection } from './changed-paths.ts';
import { liveLinkPolicy } from './live-links.ts';

export { COMMENT_MARKER, isHeraldComment } from './marker.ts';
export type { CommentInput } from './types.ts';

/** GitHub rejects issue comment bodies longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const DEFAULT_COMMENT_BUDGET = 60_000;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** More posts than this and the previews start folded: the comment stays scannable. */
const OPEN_PREVIEWS_UP_TO = 5;

const isPost = (p: PostReport): boolean => !p.deleted && (p.post !== undefined || p.file.endsWith('.md'));

function guidelinesStatus(report: CheckReport): string {
  if (report.errors + report.warnings === 0) return '✅ guidelines met';
  if (report.errors === 0) return `⚠️ ${plural(report.warnings, 'warning')}`;
  return `❌ ${plural(report.errors, 'error')}${report.warnings > 0 ? `, ${plural(report.warnings, 'warning')}` : ''}`;
}

/** The status line, then the one bold sentence saying what merging does. */
function header(input: CommentInput, note: string): string {
  const posts = input.report.posts.filter(isPost);
  const status = `### 📣 Herald · ${plural(posts.length, 'post')} · ${guidelinesStatus(input.report)} · ${voteStatus(input.tally)}`;
  const lines = [COMMENT_MARKER, status, mergeSentence(posts, mergeContext(input))];
  if (note) lines.push(`> [!NOTE]\n> ${note}`);
  return lines.join('\n\n');
}

function mergeContext(input: CommentInput): MergeContext {
  return {
    ...(input.config ? { timeZone: input.config.timezone, platforms: input.config.platforms } : {}),
    ...(input.now ? { now: input.now } : {}),
    ...(input.live ? { live: input.live } : {}),
  };
}

/** The commit checked and, when servers were asked for their limits, which limits the counts used. */
function footer(input: CommentInput): string {
  const checked = `<sub>Checked at ${code(input.headSha.slice(0, 12))}. Herald keeps this comment up to date on every push and review.</sub>`;
  const notes = (input.limitNotes ?? []).map((note) => `<sub>Limits: ${escapeInline(note)}</sub>`);
  return [...notes, checked].join('<br>\n');
}

function postLinks(input: CommentInput): PostLinks {
  return { repoUrl: input.repoUrl, headSha: input.headSha, ...(input.headBranch ? { headBranch: input.headBranch } : {}) };
}

function withPosts(input: CommentInput, detail: PostDetail, note: string): string {
  const open = input.report.posts.length <= OPEN_PREVIEWS_UP_TO;
  const context = mergeContext(input);
  const policy = input.config ? liveLinkPolicy(input.config) : () => false;
  const posts = input.report.posts.map((p) =>
    postSection(p, postLinks(input), detail, context, open, {
      policy,
      ...(input.landing?.[p.file] ? { landing: input.landing[p.file] } : {}),
    }),
  );
  return [header(input, note), ...posts, ...outsideSection(input), '---', voteSection(input.tally), footer(input)].join('\n\n');
}

/** One table row per post and the errors only; used when previews do not fit. */
function summaryRows(report: CheckReport): string {
  const rows = report.posts.map((p) => {
    const errors = p.findings.filter((f) => f.severity === 'error').length;
    const over = p.renditions.filter((r) => !renditionFits(r)).length;
    return `| ${escapeInline(p.file)} | ${p.renditions.length - over}/${p.renditions.length} | ${errors} | ${p.findings.length - errors} |`;
  });
  return ['| Post | Platforms within limits | Errors | Warnings |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Header, vote and as many error findings as fit; `complete` when every error made it in. */
function minimal(input: CommentInput, links: LinkContext, max: number, withTable: boolean): { body: string; complete: boolean } {
  const note = `This PR is too large for full previews (${plural(input.report.posts.length, 'post')}): previews, warnings and checklists are left out. Every finding is in the **Herald guidelines** check.`;
  const top = [header(input, note), ...(withTable ? [summaryRows(input.report)] : [])];
  const bottom = [...outsideSection(input), '---', voteSection(input.tally), footer(input)];
  const errors = input.report.posts.flatMap((p) => p.findings.filter((f) => f.severity === 'error')).sort(byPosition);
  const fixed = [...top, ...bottom].join('\n\n').length + 200;
  const lines: string[] = [];
  let used = fixed;
  for (const finding of errors) {
    const line = findingLine(finding, links);
    if (used + line.length + 1 > max) break;
    lines.push(line);
    used += line.length + 1;
  }
  const left = errors.length - lines.length;
  const errorBlock =
    errors.length === 0
      ? []
      : [
          `**❌ Errors (${errors.length})**\n\n${lines.join('\n')}${left > 0 ? `\n- …and ${left} more errors, listed in the Herald guidelines check.` : ''}`,
        ];
  return { body: [...top, ...errorBlock, ...bottom].join('\n\n'), complete: left === 0 };
}

const outsideSection = (input: CommentInput): string[] => {
  const section = changedPathsSection(input.outside ?? []);
  return section ? [section] : [];
};

export function renderComment(input: CommentInput): string {
  const max = Math.min(input.maxLength ?? DEFAULT_COMMENT_BUDGET, GITHUB_COMMENT_LIMIT);
  const links = { repoUrl: input.repoUrl, headSha: input.headSha };
  const full = withPosts(input, 'full', '');
  if (full.length <= max) return full;
  const compact = withPosts(
    input,
    'compact',
    'Previews are collapsed to counts to fit GitHub’s comment size limit; open the post files for the text.',
  );
  if (compact.length <= max) return compact;
  // The per-post table goes before any error finding does.
  const withTable = minimal(input, links, max, true);
  if (withTable.complete && withTable.body.length <= max) return withTable.body;
  const last = minimal(input, links, max, false).body;
  // Only an enormous vote table can still be too long; never send a body GitHub would reject.
  return last.length <= max ? last : `${clip(last, max - 80)}\n\n…cut to fit GitHub's comment limit.`;
}
