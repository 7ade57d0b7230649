// One post's part of the comment, at a given level of detail.
import type { PostReport } from '../check.ts';
import { blobUrl, escapeAttribute, escapeInline, withCode } from './escape.ts';
import { findingsSection, type LinkContext } from './findings.ts';
import { describeEffect, mergeEffect, type MergeContext } from './merge.ts';
import { previews, renditionSummary } from './preview.ts';
import { landingLine, liveSection, type Landing } from './live-section.ts';
import type { LinkPolicy } from './live-links.ts';

/** full: every preview (open when `open`); compact: counts only, no preview text. */
export type PostDetail = 'full' | 'compact';

export interface PostLinks extends LinkContext {
  /** The PR's head branch, for "edit this post"; absent: the link shows the file at the head commit. */
  headBranch?: { repoUrl: string; name: string };
}

/** Checklist questions, each asked once (two rules, or two mentions, may ask the same). */
export function checklistSection(report: PostReport): string {
  const seen = new Set<string>();
  const items = report.checklist.filter((item) => {
    const key = item.text.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (items.length === 0) return '';
  return `**☑️ For reviewers**\n\n${items.map((item) => `- [ ] ${withCode(item.text)}`).join('\n')}`;
}

function editLink(report: PostReport, links: PostLinks): string {
  if (!links.headBranch) return `[view the file](${blobUrl(links.repoUrl, links.headSha, report.file)})`;
  const url = blobUrl(links.headBranch.repoUrl, links.headBranch.name, report.file).replace('/blob/', '/edit/');
  return `[✏️ edit this post](${url})`;
}

export function postHeading(report: PostReport, links: PostLinks, context: MergeContext): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const icon = errors > 0 ? '❌' : report.findings.length > 0 ? '⚠️' : '✅';
  const name = escapeInline(report.post?.id ?? report.file.replace(/^.*\//, '').replace(/\.md$/i, ''));
  // A deleted file has nothing at the head to link to or edit.
  if (report.deleted) return `### ${icon} ${name}\n\n<code>${escapeInline(report.file)}</code> · file deleted`;
  const effect = report.file.endsWith('.md') ? ` · ${escapeInline(describeEffect(mergeEffect(report, context), context))}` : '';
  const file = `<a href="${escapeAttribute(blobUrl(links.repoUrl, links.headSha, report.file))}"><code>${escapeInline(report.file)}</code></a>`;
  return `### ${icon} ${name}\n\n${file}${effect} · ${editLink(report, links)}`;
}

/** What the comment knows about a post beyond its report: where it lands, and links to live posts. */
export interface PostExtras {
  landing?: Landing[];
  policy?: LinkPolicy;
}

export function postSection(
  report: PostReport,
  links: PostLinks,
  detail: PostDetail,
  context: MergeContext,
  open = true,
  extras: PostExtras = {},
): string {
  const parts = [postHeading(report, links, context)];
  const live = context.live?.[report.file];
  if (report.deleted) {
    const findings = findingsSection(report.findings, links, { warnings: true });
    return [parts[0]!, ...(findings ? [findings] : [])].join('\n\n');
  }
  if (live) parts.push(liveSection(live, extras.policy ?? (() => false), detail === 'full'));
  else if (extras.landing && extras.landing.length > 0 && report.post && !report.post.retract) parts.push(landingLine(extras.landing));
  if (!report.post && report.renditions.length > 0)
    parts.push('Fix the errors below before merging; the preview shows the post as Herald reads it now.');
  else if (!report.post && report.file.endsWith('.md')) parts.push('This file could not be read as a post; fix the errors below.');
  if (report.renditions.length > 0) {
    parts.push(detail === 'full' ? previews(report.renditions, links, open) : report.renditions.map(renditionSummary).join(' · '));
  } else if (report.post) {
    parts.push('No target platform is enabled for this post.');
  }
  const findings = findingsSection(report.findings, links, { warnings: true });
  if (findings) parts.push(findings);
  const checklist = checklistSection(report);
  if (checklist) parts.push(checklist);
  return parts.join('\n\n');
}
