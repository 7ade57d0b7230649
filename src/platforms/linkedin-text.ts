// LinkedIn's "little text format" for Posts API commentary: reserved characters must be escaped
// with a backslash or LinkedIn silently cuts or reinterprets the text; hashtags become templates.
const RESERVED = /[\\|{}@[\]()<>#*_~]/g;
const HASHTAG = /(^|[^\p{L}\p{N}_])#([\p{L}\p{N}_]+)/gu;

export function toLittleText(text: string): string {
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(HASHTAG)) {
    const start = match.index + match[1]!.length;
    pieces.push(escape(text.slice(last, start)), `{hashtag|\\#|${escape(match[2]!)}}`);
    last = start + 1 + match[2]!.length;
  }
  pieces.push(escape(text.slice(last)));
  return pieces.join('');
}

function escape(text: string): string {
  return text.replace(RESERVED, (c) => `\\${c}`);
}
