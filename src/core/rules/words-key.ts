// A text reduced to its words for comparing and naming: lower-cased, each run of characters that are not
// letters or digits (\p{L}, \p{N}) replaced by one separator, none at either end. The same as
// `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, separator)` trimmed of separators, without running a
// Unicode-property regex over every character: each code point is classified once, on first sight.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UNKNOWN = 0;
const YES = 1;
const NO = 2;
const kinds = new Uint8Array(0x110000);

function isLetterOrDigit(cp: number): boolean {
  let kind = kinds[cp] as number;
  if (kind === UNKNOWN) kinds[cp] = kind = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? YES : NO;
  return kind === YES;
}

export function wordsKey(text: string, separator: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let runStart = -1;
  for (let i = 0; i <= lower.length; i++) {
    const cp = i < lower.length ? (lower.codePointAt(i) as number) : -1;
    if (cp !== -1 && isLetterOrDigit(cp)) {
      if (runStart === -1) runStart = i;
    } else if (runStart !== -1) {
      out += (out === '' ? '' : separator) + lower.slice(runStart, i);
      runStart = -1;
    }
    if (cp > 0xffff) i++;
  }
  return out;
}
