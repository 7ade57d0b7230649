// Inline tokens → the text each kind of platform receives. Decisions documented in docs/platforms.md.
import { textOf, type Inline } from './markdown.ts';

/** A link whose visible text is the URL itself (or the URL without its scheme) shows just the URL. */
function showsUrl(text: string, url: string): boolean {
  return text === url || text === url.replace(/^https?:\/\//, '') || text === '';
}

/** Plain text (Mastodon, X, Threads): markup dropped, `[text](url)` becomes `text url`. */
export function toPlain(tokens: Inline[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text' || t.type === 'code') out += t.value;
    else if (t.type === 'link') {
      const text = toPlain(t.children);
      out += showsUrl(text, t.url) ? t.url : `${text} ${t.url}`;
    } else out += toPlain(t.children);
  }
  return out;
}

export interface LinkRange {
  start: number;
  end: number;
  url: string;
}

/** Bluesky: plain text where a link keeps only its text and becomes a link facet over it. */
export function toBluesky(tokens: Inline[], offset = 0, links: LinkRange[] = []): { text: string; links: LinkRange[] } {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text' || t.type === 'code') out += t.value;
    else if (t.type === 'link') {
      const text = textOf(t.children);
      const shown = text === '' ? t.url : text;
      links.push({ start: offset + out.length, end: offset + out.length + shown.length, url: t.url });
      out += shown;
    } else out += toBluesky(t.children, offset + out.length, links).text;
  }
  return { text: out, links };
}

/** Slack mrkdwn: `&`, `<`, `>` escaped; `<url|text>` links; `*bold*`, `_italic_`, `~strike~`. */
export function toSlack(tokens: Inline[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text') out += escapeSlack(t.value);
    else if (t.type === 'code') out += '`' + escapeSlack(t.value) + '`';
    else if (t.type === 'link') {
      const text = toSlack(t.children);
      const url = t.url.replace(/[<>|]/g, encodeURIComponent);
      out += showsUrl(textOf(t.children), t.url) ? `<${url}>` : `<${url}|${text.replace(/\|/g, '¦')}>`;
    } else {
      const mark = t.type === 'strong' ? '*' : t.type === 'em' ? '_' : '~';
      out += mark + toSlack(t.children) + mark;
    }
  }
  return out;
}

const SLACK_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const SLACK_RESERVED = /[&<>]/g;

export function escapeSlack(text: string): string {
  return text.replace(SLACK_RESERVED, (c) => SLACK_ESCAPES[c] as string);
}

/** LinkedIn commentary ("little" text): markup dropped, reserved characters escaped, links as `text url`. */
export function toLinkedIn(tokens: Inline[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text') out += escapeLittle(t.value);
    else if (t.type === 'code') out += escapeLittle(t.value);
    else if (t.type === 'link') {
      const text = textOf(t.children);
      out += showsUrl(text, t.url) ? littleUrl(t.url) : `${escapeLittle(text)} ${littleUrl(t.url)}`;
    } else out += toLinkedIn(t.children);
  }
  return out;
}

const BARE_URL = /https?:\/\/[^\s<>]+[^\s<>.,;:!?'")\]]/g;
const TAG_CHAR = /[\p{L}\p{N}_]/u;

/** Escapes little's reserved characters, except the `#` of a hashtag and inside bare URLs. */
export function escapeLittle(text: string): string {
  if (!text.includes('http')) return escapeWords(text); // every bare URL starts with http
  let out = '';
  let from = 0;
  for (const m of text.matchAll(BARE_URL)) {
    if (m.index < from) continue;
    let url = m[0];
    // A closing parenthesis balancing one inside the URL belongs to it (Wikipedia-style paths).
    while (text[m.index + url.length] === ')' && count(url, '(') > count(url, ')')) url += ')';
    out += escapeWords(text.slice(from, m.index)) + littleUrl(url);
    from = m.index + url.length;
  }
  return out + escapeWords(text.slice(from));
}

const count = (text: string, c: string) => text.split(c).length - 1;

const RESERVED = /[|{}@[\]()<>#\\*_~]/g;
const ANY_RESERVED = /[|{}@[\]()<>#\\*_~]/;
const BEFORE_TAG = /[\p{L}\p{N}_&\\]/u;

function escapeWords(text: string): string {
  if (!ANY_RESERVED.test(text)) return text;
  let out = '';
  let from = 0;
  for (const { index: i, 0: c } of text.matchAll(RESERVED)) {
    // `#` starts a hashtag (kept) when a word follows and no word or escape precedes it.
    if (c === '#' && TAG_CHAR.test(text[i + 1] ?? '') && !BEFORE_TAG.test(text[i - 1] ?? '')) continue;
    out += text.slice(from, i) + '\\' + c;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** URLs stay unescaped so LinkedIn still links them; the reserved characters that are safe to
 * percent-encode in a URL are encoded so they cannot cut the post short. */
function littleUrl(url: string): string {
  return url.replace(/[|{}[\]()<>\\*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
