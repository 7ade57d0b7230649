import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/core/count/graphemes.ts
var segmenter = new Intl.Segmenter(void 0, { granularity: "grapheme" });
function graphemes(text) {
  return segmenter.segment(text);
}
function graphemeCount(text) {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
function graphemeStart(text, n) {
  let i = 0;
  for (const { index } of segmenter.segment(text)) if (i++ === n) return index;
  return text.length;
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
function utf8OverflowAt(text, limit) {
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(limit));
  return read < text.length ? read : void 0;
}
function insidePair(text, index) {
  return index > 0 && (text.charCodeAt(index) & 64512) === 56320 && (text.charCodeAt(index - 1) & 64512) === 55296;
}
function codePointCount(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
function codePointStart(text, n) {
  let seen = 0;
  let index = 0;
  for (const char of text) {
    if (seen++ === n) return index;
    index += char.length;
  }
  return text.length;
}

export {
  graphemes,
  graphemeCount,
  graphemeStart,
  utf8Length,
  utf8OverflowAt,
  insidePair,
  codePointCount,
  codePointStart
};
