// twitter-text's URL extraction, run once per text for both consumers: X counts every URL (with or without a
// scheme), Mastodon only those with one. The scheme-only answer is the full one filtered, exactly:
// - extractUrlsWithIndices walks the same regex matches in both modes (the option only decides what is kept);
// - a match with a scheme is kept the same way in both, and its `url` starts with that scheme (`https?://`,
//   any case; a t.co URL is cut from the same start); an entry without one is an ASCII domain plus its path,
//   which has no `:`;
// - the early exits agree: every match has a `.` (a domain name ends in one), and a scheme has a `:`.
// A text where no `.` is followed by a letter or a non-ASCII code unit has no URL: a domain name ends in a `.`
// followed by its top-level domain, and every top-level domain starts with one of those.
// The library scans the whole text; only the words (runs without space or newline) with such a `.` are given to
// it here, each with the space or newline before it, because a match never contains a space or newline past its
// first character (the one before the URL, which a space or newline may be, as may the start of the text), and
// the only lookaheads (after a top-level domain) accept a space or newline just as they accept the end.
// The test checks the library's patterns say all this.
// tests/core/count/twitter-urls.test.ts checks both against the library on hostile texts.
import twitterText from 'twitter-text';
import type { UrlEntity } from 'twitter-text';

const SCHEME = /^https?:\/\//i;
const TOP_LEVEL_DOMAIN_START = /\.[a-zA-Z\u0080-\uffff]/;
const DOT_BEFORE_DOMAIN = /\.[a-zA-Z\u0080-\uffff]/g;
const SEPARATOR = /[ \n]/g;
const RECENT = 8;

// The last few texts: a post's parts are measured for Mastodon and then X with the same plain text.
const recent: { text: string; urls: readonly UrlEntity[] }[] = [];

/** extractUrlsWithIndices(text): URLs with or without a scheme. The entities are shared: do not change them. */
export function twitterUrls(text: string): readonly UrlEntity[] {
  if (!TOP_LEVEL_DOMAIN_START.test(text)) return [];
  for (const entry of recent) if (entry.text === text) return entry.urls;
  const urls: UrlEntity[] = [];
  DOT_BEFORE_DOMAIN.lastIndex = 0;
  for (let dot = DOT_BEFORE_DOMAIN.exec(text); dot; dot = DOT_BEFORE_DOMAIN.exec(text)) {
    const wordStart = Math.max(text.lastIndexOf(' ', dot.index), text.lastIndexOf('\n', dot.index)) + 1;
    SEPARATOR.lastIndex = dot.index;
    const wordEnd = SEPARATOR.exec(text)?.index ?? text.length;
    const from = wordStart > 0 ? wordStart - 1 : 0;
    for (const { url, indices } of twitterText.extractUrlsWithIndices(text.slice(from, wordEnd))) {
      urls.push({ url, indices: [indices[0] + from, indices[1] + from] });
    }
    DOT_BEFORE_DOMAIN.lastIndex = wordEnd;
  }
  if (recent.unshift({ text, urls }) > RECENT) recent.pop();
  return urls;
}

/** extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false }). */
export function twitterUrlsWithScheme(text: string): UrlEntity[] {
  if (!text.includes(':')) return [];
  return twitterUrls(text).filter((entity) => SCHEME.test(entity.url));
}
