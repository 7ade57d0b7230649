// One post's part of the comment, at a given level of detail.
import type { PostReport } from '../check.ts';
import { blobUrl, escapeInline } from './escape.ts';
import { findingsSection, type LinkContext } from './findings.ts';
import { renditionPreview, renditionSummary } from './preview.ts';

/** full: every preview expanded text; compact: counts only, no preview text. */
export type PostDetail = 'full' | 'compact';

export function checklistSection(report: PostReport): string {
  if (report.checklist.length === 0) return '';
  return `**☑️ For reviewers**\n\n${report.checklist.map((item) => `- [ ] ${escapeInline(item.text)}`).join('\n')}`;
}

export function postHeading(report: PostReport, links: LinkContext): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const icon = errors > 0 ? '❌' : report.findings.length > 0 ? '⚠️' : '✅';
  return `### ${icon} [${escapeInline(report.file)}](${blobUrl(links.repoUrl, links.headSha, report.file)})`;
}

export function postSection(report: PostReport, links: LinkContext, detail: PostDetail): string {
  const parts = [postHeading(report, links)];
  if (!report.post) parts.push('This file could not be read as a post; fix the errors below.');
  if (report.renditions.length > 0) {
    parts.push(
      detail === 'full'
        ? report.renditions.map(renditionPreview).join('\n\n')
        : report.renditions.map((r) => renditionSummary(r)).join(' · '),
    );
  } else if (report.post) {
    parts.push('No target platform is enabled for this post.');
  }
  const findings = findingsSection(report.findings, links, { warnings: true });
  if (findings) parts.push(findings);
  const checklist = checklistSection(report);
  if (checklist) parts.push(checklist);
  return parts.join('\n\n');
}
