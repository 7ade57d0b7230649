import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/core/comment/escape.ts
var ZERO_WIDTH = "&#8203;";
function escapeInline(text) {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]()#|~!{}]/g, (c) => `\\${c}`).replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH}`);
}
function codeSpan(text, inTable = false) {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, " ");
  let longestRun = 0;
  for (const run of line.matchAll(/`+/g)) longestRun = Math.max(longestRun, run[0].length);
  const fence = "`".repeat(longestRun + 1);
  return `${fence} ${inTable ? line.replace(/\|/g, "\\|") : line} ${fence}`;
}
function code(text) {
  return /^[\w.\-[\]/:]+$/.test(text) ? `\`${text}\`` : escapeInline(text);
}
function clip(text, max) {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return `${text.slice(0, end)}\u2026`;
}
function blobUrl(repoUrl, sha, file, line) {
  const path = file.split("/").map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
  return `${repoUrl.replace(/\/+$/, "")}/blob/${encodeURIComponent(sha)}/${path}${line ? `#L${line}` : ""}`;
}
var URL = /(?:https?:\/\/|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#][^\s<>`"|[\]{}\\]*)?/gi;
function urlEnd(url) {
  let end = url.length;
  while (end > 0) {
    const c = url[end - 1];
    if ("?!.,:*_~'".includes(c)) end--;
    else if (c === ")" && url.slice(0, end).split("(").length <= url.slice(0, end).split(")").length - 1) end--;
    else break;
  }
  return end;
}
function escapeProse(text) {
  const unlinked = text.replace(/(https?:\/\/|www\.)/gi, "$1\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/:(?=[\w+-]+:)/g, ":\u200B");
  return escapeInline(unlinked).replace(/[-+=]/g, (c) => `\\${c}`);
}
function escapeLine(line) {
  let out = "";
  let at = 0;
  for (const match of line.matchAll(URL)) {
    const end = match.index + urlEnd(match[0]);
    if (end <= match.index + 8) continue;
    out += escapeProse(line.slice(at, match.index)) + line.slice(match.index, end);
    at = end;
  }
  return out + escapeProse(line.slice(at));
}
function quoteLines(text) {
  return text.replace(/\r\n?|[\u2028\u2029]/g, "\n").split("\n").map((line) => {
    if (line.trim() === "") return "";
    const leading = /^[ \t]*/.exec(line)[0];
    const rest = escapeLine(line.slice(leading.length).trimEnd()).replace(/^(\d+)([.)])/, "$1\\$2");
    return `${"&nbsp;".repeat(leading.replace(/\t/g, "  ").length)}${rest}`;
  });
}
function addressLink(text) {
  if (!/^https?:\/\/[^\s<>]+$/i.test(text)) return escapeInline(text);
  const href = encodeURI(decodeURIUnchecked(text)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeInline(text)}](${href})`;
}
function decodeURIUnchecked(text) {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
function escapeAttribute(text) {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=[A-Za-z0-9])/g, "@&#8203;");
}
function withCode(text) {
  const pieces = text.replace(/[\r\n\u2028\u2029]+/g, " ").split("`");
  if (pieces.length % 2 === 0) return escapeInline(text);
  return pieces.map((piece, i) => i % 2 === 1 && piece.trim() !== "" ? `<code>${escapeInline(piece)}</code>` : escapeInline(piece)).join("");
}

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
  escapeInline,
  codeSpan,
  code,
  clip,
  blobUrl,
  escapeAttribute,
  withCode,
  PLATFORM_NAMES,
  renditionFits,
  renditionSummary,
  previews
};
