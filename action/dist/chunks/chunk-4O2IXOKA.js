import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  describeSchedule
} from "./chunk-XKWMTOEU.js";

// src/cli/preview-format.ts
function formatPreview(reports, style, clock) {
  return reports.map((report) => previewPost(report, style, clock)).join("\n") + "\n";
}
function previewPost(report, style, clock) {
  const lines = [style.bold(`\u2501\u2501 ${report.file}`)];
  if (!report.post && report.renditions.length === 0) {
    lines.push(style.red("  cannot be previewed: fix the errors `herald check` reports first"));
    return lines.join("\n") + "\n";
  }
  if (report.post) lines.push(style.dim(`  ${describeSchedule(report.post.publishAt, clock)}`));
  else lines.push(style.red("  has errors (herald check lists them): this is the post as Herald reads it now"));
  if (report.renditions.length === 0) lines.push(style.yellow("  targets no enabled platform"));
  for (const group of groupBySameContent(report.renditions)) lines.push("", ...previewGroup(group, style));
  return lines.join("\n") + "\n";
}
function groupBySameContent(renditions) {
  const groups = /* @__PURE__ */ new Map();
  for (const rendition of renditions) {
    const key = JSON.stringify([
      rendition.parts.map((p) => [p.text, p.media.map((m) => [m.path, m.alt, m.credit])]),
      rendition.contentWarning,
      rendition.language,
      rendition.visibility,
      rendition.replyTo,
      rendition.quote,
      rendition.repost
    ]);
    groups.set(key, [...groups.get(key) ?? [], rendition]);
  }
  return [...groups.values()];
}
function previewGroup(group, style) {
  const first = group[0];
  const lines = group.map((rendition) => {
    const fits = rendition.parts.every((part) => fitsIn(part.count));
    const counts = rendition.parts.map((part) => describeCount(part.count, style)).join(style.dim(" \xB7 "));
    return `  ${fits ? style.green("\u2713") : style.red("\u2717")} ${style.bold(rendition.platform.padEnd(9))} ${counts}`;
  });
  const extras = [
    first.parts.length > 1 && `thread of ${first.parts.length}`,
    first.contentWarning && `content warning: ${first.contentWarning}`,
    first.language && `language: ${first.language}`,
    first.visibility && `visibility: ${first.visibility}`,
    first.replyTo && `reply to ${first.replyTo}`,
    first.quote && `quoting ${first.quote}`,
    first.repost && `repost of ${first.repost}`
  ].filter(Boolean);
  if (extras.length) lines.push(style.dim(`    ${extras.join(" \xB7 ")}`));
  first.parts.forEach((part, index) => lines.push(...previewPart(part, index, first.parts.length, style)));
  return lines;
}
function previewPart(part, index, total, style) {
  const lines = total > 1 ? [style.dim(`    ${index + 1}/${total}`)] : [];
  for (const line of part.text.split("\n")) lines.push(`    \u2502 ${line}`);
  for (const media of part.media) {
    const credit = media.credit ? ` (${media.credit})` : "";
    lines.push(style.dim(`    \u25A3 ${media.path}: "${media.alt}"${credit}`));
  }
  return lines;
}
function describeCount(count, style) {
  const bytes = count.bytes ? `, ${count.bytes.used}/${count.bytes.limit} bytes` : "";
  const text = `${count.used}/${count.limit}${bytes}`;
  if (fitsIn(count)) return style.green(text);
  const over = Math.max(count.used - count.limit, count.bytes ? count.bytes.used - count.bytes.limit : 0);
  return style.red(over > 0 ? `${text} (${over} over)` : `${text} (not accepted)`);
}
function fitsIn(count) {
  return count.used <= count.limit && (!count.bytes || count.bytes.used <= count.bytes.limit) && count.invalidAt === void 0;
}

export {
  formatPreview,
  fitsIn
};
