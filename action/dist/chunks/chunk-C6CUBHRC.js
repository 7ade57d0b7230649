import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/core/comment/escape.ts
var ZERO_WIDTH = "&#8203;";
function escapeInline(text) {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]()#|~!{}]/g, (c) => `\\${c}`).replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH}`);
}
function codeBlock(text, info = "text") {
  let longestRun = 0;
  for (const run of text.matchAll(/`+/g)) longestRun = Math.max(longestRun, run[0].length);
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}
${text.replace(/\r\n?/g, "\n")}
${fence}`;
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

export {
  escapeInline,
  codeBlock,
  codeSpan,
  code,
  clip,
  blobUrl,
  quoteLines,
  addressLink,
  escapeAttribute,
  withCode
};
