// `herald preview`: what each platform will receive, with counts against its limit and the thread split.
// Platforms that receive exactly the same text and media are shown together, each with its own count.
import type { PostReport } from '../core/check.ts';
import type { Count, RenderedPart, Rendition } from '../core/types.ts';
import { describeSchedule, type ScheduleClock } from '../core/plan/describe-schedule.ts';
import type { Style } from './style.ts';

export function formatPreview(reports: PostReport[], style: Style, clock?: ScheduleClock): string {
  return reports.map((report) => previewPost(report, style, clock)).join('\n') + '\n';
}

function previewPost(report: PostReport, style: Style, clock?: ScheduleClock): string {
  const lines = [style.bold(`━━ ${report.file}`)];
  if (!report.post) {
    lines.push(style.red('  cannot be previewed: fix the errors `herald check` reports first'));
    return lines.join('\n') + '\n';
  }
  lines.push(style.dim(`  ${describeSchedule(report.post.publishAt, clock)}`));
  if (report.renditions.length === 0) lines.push(style.yellow('  targets no enabled platform'));
  for (const group of groupBySameContent(report.renditions)) lines.push('', ...previewGroup(group, style));
  return lines.join('\n') + '\n';
}

/** Renditions whose parts, media and options are identical, in first-seen order. */
export function groupBySameContent(renditions: Rendition[]): Rendition[][] {
  const groups = new Map<string, Rendition[]>();
  for (const rendition of renditions) {
    const key = JSON.stringify([
      rendition.parts.map((p) => [p.text, p.media.map((m) => [m.path, m.alt, m.credit])]),
      rendition.contentWarning,
      rendition.language,
      rendition.visibility,
      rendition.replyTo,
      rendition.quote,
      rendition.repost,
    ]);
    groups.set(key, [...(groups.get(key) ?? []), rendition]);
  }
  return [...groups.values()];
}

function previewGroup(group: Rendition[], style: Style): string[] {
  const first = group[0] as Rendition;
  const lines = group.map((rendition) => {
    const fits = rendition.parts.every((part) => fitsIn(part.count));
    const counts = rendition.parts.map((part) => describeCount(part.count, style)).join(style.dim(' · '));
    return `  ${fits ? style.green('✓') : style.red('✗')} ${style.bold(rendition.platform.padEnd(9))} ${counts}`;
  });
  const extras = [
    first.parts.length > 1 && `thread of ${first.parts.length}`,
    first.contentWarning && `content warning: ${first.contentWarning}`,
    first.language && `language: ${first.language}`,
    first.visibility && `visibility: ${first.visibility}`,
    first.replyTo && `reply to ${first.replyTo}`,
    first.quote && `quoting ${first.quote}`,
    first.repost && `repost of ${first.repost}`,
  ].filter(Boolean);
  if (extras.length) lines.push(style.dim(`    ${extras.join(' · ')}`));
  first.parts.forEach((part, index) => lines.push(...previewPart(part, index, first.parts.length, style)));
  return lines;
}

function previewPart(part: RenderedPart, index: number, total: number, style: Style): string[] {
  const lines = total > 1 ? [style.dim(`    ${index + 1}/${total}`)] : [];
  for (const line of part.text.split('\n')) lines.push(`    │ ${line}`);
  for (const media of part.media) {
    const credit = media.credit ? ` (${media.credit})` : '';
    lines.push(style.dim(`    ▣ ${media.path}: "${media.alt}"${credit}`));
  }
  return lines;
}

export function describeCount(count: Count, style: Style): string {
  const bytes = count.bytes ? `, ${count.bytes.used}/${count.bytes.limit} bytes` : '';
  const text = `${count.used}/${count.limit}${bytes}`;
  if (fitsIn(count)) return style.green(text);
  const over = Math.max(count.used - count.limit, count.bytes ? count.bytes.used - count.bytes.limit : 0);
  return style.red(over > 0 ? `${text} (${over} over)` : `${text} (not accepted)`);
}

function fitsIn(count: Count): boolean {
  return count.used <= count.limit && (!count.bytes || count.bytes.used <= count.bytes.limit) && count.invalidAt === undefined;
}
