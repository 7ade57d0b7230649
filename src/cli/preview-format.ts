// `herald preview`: what each platform will receive, with counts against its limit and the thread split.
import type { PostReport } from '../core/check.ts';
import type { Count, RenderedPart, Rendition } from '../core/types.ts';
import type { Style } from './style.ts';

export function formatPreview(reports: PostReport[], style: Style): string {
  const blocks = reports.map((report) => previewPost(report, style));
  return blocks.join('\n') + '\n';
}

function previewPost(report: PostReport, style: Style): string {
  const lines = [style.bold(`━━ ${report.file}`)];
  if (!report.post) {
    lines.push(style.red('  cannot be previewed: fix the errors `herald check` reports first'));
    return lines.join('\n') + '\n';
  }
  const when = report.post.publishAt ? `scheduled for ${report.post.publishAt.toISOString()}` : 'publishes on merge';
  lines.push(style.dim(`  ${when}`));
  if (report.renditions.length === 0) lines.push(style.yellow('  targets no enabled platform'));
  for (const rendition of report.renditions) lines.push('', ...previewRendition(rendition, style));
  return lines.join('\n') + '\n';
}

function previewRendition(rendition: Rendition, style: Style): string[] {
  const parts = rendition.parts;
  const fits = parts.every((part) => fitsIn(part.count));
  const mark = fits ? style.green('✓') : style.red('✗');
  const thread = parts.length > 1 ? `, thread of ${parts.length}` : '';
  const lines = [`  ${mark} ${style.bold(rendition.platform)}${style.dim(thread)}`];
  const extras = [
    rendition.contentWarning && `content warning: ${rendition.contentWarning}`,
    rendition.language && `language: ${rendition.language}`,
    rendition.visibility && `visibility: ${rendition.visibility}`,
    rendition.replyTo && `reply to ${rendition.replyTo}`,
    rendition.quote && `quoting ${rendition.quote}`,
    rendition.repost && `repost of ${rendition.repost}`,
  ].filter(Boolean);
  for (const extra of extras) lines.push(style.dim(`    ${extra}`));
  parts.forEach((part, index) => lines.push(...previewPart(part, index, parts.length, style)));
  return lines;
}

function previewPart(part: RenderedPart, index: number, total: number, style: Style): string[] {
  const label = total > 1 ? `${index + 1}/${total} ` : '';
  const lines = [`    ${style.dim(label)}${describeCount(part.count, style)}`];
  for (const line of part.text.split('\n')) lines.push(`    │ ${line}`);
  for (const media of part.media) {
    const credit = media.credit ? ` (${media.credit})` : '';
    lines.push(style.dim(`    ▣ ${media.path}: "${media.alt}"${credit}`));
  }
  return lines;
}

export function describeCount(count: Count, style: Style): string {
  const chars = `${count.used}/${count.limit}`;
  const bytes = count.bytes ? `, ${count.bytes.used}/${count.bytes.limit} bytes` : '';
  const text = `${chars}${bytes}`;
  if (fitsIn(count)) return style.green(text);
  const over = Math.max(count.used - count.limit, count.bytes ? count.bytes.used - count.bytes.limit : 0);
  return style.red(`${text} (${over} over)`);
}

export function fitsIn(count: Count): boolean {
  return count.used <= count.limit && (!count.bytes || count.bytes.used <= count.bytes.limit);
}
