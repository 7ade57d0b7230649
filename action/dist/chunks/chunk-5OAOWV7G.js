import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  addressLink,
  blobUrl,
  escapeAttribute,
  escapeInline,
  quoteLines
} from "./chunk-C6CUBHRC.js";

// src/core/comment/preview.ts
var PLATFORM_NAMES = {
  mastodon: "Mastodon",
  bluesky: "Bluesky",
  x: "X",
  linkedin: "LinkedIn",
  threads: "Threads",
  discord: "Discord",
  slack: "Slack",
  discourse: "Discourse",
  facebook: "Facebook",
  instagram: "Instagram",
  reddit: "Reddit",
  pinterest: "Pinterest"
};
var THUMBNAIL_WIDTH = 120;
function countFits(count) {
  const withinBytes = !count.bytes || count.bytes.used <= count.bytes.limit;
  return count.used <= count.limit && withinBytes && count.invalidAt === void 0;
}
function renditionFits(rendition) {
  return rendition.parts.every((p) => countFits(p.count));
}
function countText(count) {
  const bytes = count.bytes ? ` \xB7 ${count.bytes.used}/${count.bytes.limit} bytes` : "";
  return `${count.used}/${count.limit}${bytes}`;
}
function briefCount(count) {
  return count.bytes && count.bytes.used > count.bytes.limit ? countText(count) : `${count.used}/${count.limit}`;
}
function renditionSummary(rendition) {
  const icon = renditionFits(rendition) ? "\u2705" : "\u274C";
  const name = PLATFORM_NAMES[rendition.platform];
  const [only] = rendition.parts;
  if (rendition.parts.length === 1 && only) return `${icon} ${name} ${briefCount(only.count)}`;
  return `${icon} ${name} ${rendition.parts.map((p) => briefCount(p.count)).join(" + ")}`;
}
function groupRenditions(renditions) {
  const groups = /* @__PURE__ */ new Map();
  for (const rendition of renditions) {
    const key = JSON.stringify([
      rendition.parts.map((p) => [p.text, p.media.map((m) => [m.path, m.alt, m.credit ?? "", m.kind])]),
      rendition.contentWarning ?? "",
      rendition.replyTo ?? "",
      rendition.quote ?? "",
      rendition.repost ?? ""
    ]);
    const group = groups.get(key);
    if (group) group.push(rendition);
    else groups.set(key, [rendition]);
  }
  return [...groups.values()];
}
function thumbnail(media, links) {
  const href = blobUrl(links.repoUrl, links.headSha, media.path);
  if (media.kind === "video") return `[\u{1F39E}\uFE0F ${escapeInline(media.path.split("/").pop() ?? media.path)}](${href})`;
  const alt = media.alt.trim() ? media.alt : `${media.kind} without alt text: ${media.path}`;
  return `<a href="${escapeAttribute(href)}"><img src="${escapeAttribute(`${href}?raw=true`)}" width="${THUMBNAIL_WIDTH}" alt="${escapeAttribute(alt)}"></a>`;
}
function mediaNote(media, index, count) {
  const number = count > 1 ? `${index + 1}. ` : "";
  const alt = media.alt.trim() ? `**Alt text:** ${escapeInline(media.alt)}` : "**\u274C No alt text**";
  const credit = media.credit ? ` \xB7 **Credit:** ${escapeInline(media.credit)}` : "";
  return `<sub>${number}${alt}${credit}</sub>`;
}
function mediaBlock(media, links) {
  return `${media.map((m) => thumbnail(m, links)).join(" ")}
${media.map((m, i) => mediaNote(m, i, media.length)).join("\n")}`;
}
function contextLines(rendition) {
  const lines = [];
  if (rendition.contentWarning) lines.push(`**Content warning:** ${escapeInline(rendition.contentWarning)}`);
  if (rendition.replyTo) lines.push(`**Reply to:** ${addressLink(rendition.replyTo)}`);
  if (rendition.quote) lines.push(`**Quotes:** ${addressLink(rendition.quote)}`);
  if (rendition.repost) lines.push(`**Reposts:** ${addressLink(rendition.repost)}`);
  return lines;
}
function partProblems(group, index) {
  return group.flatMap((rendition) => {
    const count = rendition.parts[index]?.count;
    if (!count || countFits(count)) return [];
    const name = PLATFORM_NAMES[rendition.platform];
    if (count.invalidAt !== void 0) return [`\u274C ${name} refuses character ${count.invalidAt + 1}`];
    const from = count.overflowAt !== void 0 ? ` from character ${count.overflowAt + 1}` : "";
    return [`\u274C ${name}: ${countText(count)}, over the limit${from}`];
  });
}
function groupPreview(group, links, open) {
  const [first] = group;
  if (!first) return "";
  const fits = group.every(renditionFits) ? "\u2705" : "\u274C";
  const names = group.map((r) => PLATFORM_NAMES[r.platform]).join(" \xB7 ");
  const thread = first.parts.length > 1 ? ` \xB7 thread of ${first.parts.length}` : "";
  const body = [group.map(renditionSummary).join(" \xB7 "), ...contextLines(first)];
  first.parts.forEach((part, i) => {
    const label = first.parts.length > 1 ? [`**${i + 1}/${first.parts.length}**`] : [];
    const problems = partProblems(group, i);
    if (label.length > 0 || problems.length > 0) body.push([...label, ...problems].join(" \xB7 "));
    const quoted = quoteLines(part.text);
    body.push(quoted.some((l) => l !== "") ? quoted.map((l) => l === "" ? ">" : `> ${l}`).join("\n") : "> *(no text)*");
    if (part.media.length > 0) body.push(mediaBlock(part.media, links));
  });
  return `<details${open ? " open" : ""}><summary>${fits} <b>${escapeInline(names)}</b>${thread}</summary>

${body.join("\n\n")}

</details>`;
}
function previews(renditions, links, open) {
  return groupRenditions(renditions).map((group) => groupPreview(group, links, open)).join("\n\n");
}

export {
  PLATFORM_NAMES,
  countFits,
  renditionFits,
  countText,
  renditionSummary,
  previews
};
