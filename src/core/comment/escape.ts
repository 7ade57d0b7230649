// Untrusted text (post text, alt text, file names, finding messages) must not change the comment's
// structure, inject HTML, or ping people. Everything from a PR passes through one of these.

const ZERO_WIDTH = '&#8203;';

/** Escapes text for inline markdown or HTML (table cells, <summary>, list items); one line. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()#|~!{}]/g, (c) => `\\${c}`)
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH}`);
}

/**
 * A fenced code block holding `text` verbatim. The fence is longer than any backtick run in the
 * text, so no line of the text can close it; inside code GitHub does not turn @name into mentions
 * nor interpret HTML such as </details>.
 */
export function codeBlock(text: string, info = 'text'): string {
  let longestRun = 0;
  for (const run of text.matchAll(/`+/g)) longestRun = Math.max(longestRun, run[0].length);
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}

/**
 * Any text as an inline code span, on one line: inside code GitHub renders no mention, HTML, link,
 * image, nor an autolinked bare URL (which escaping alone does not prevent). The fence is longer
 * than any backtick run in the text. In a table cell `|` still splits the row unless escaped.
 */
export function codeSpan(text: string, inTable = false): string {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  let longestRun = 0;
  for (const run of line.matchAll(/`+/g)) longestRun = Math.max(longestRun, run[0].length);
  const fence = '`'.repeat(longestRun + 1);
  return `${fence} ${inTable ? line.replace(/\|/g, '\\|') : line} ${fence}`;
}

/** Code span for identifiers (logins, rule ids, SHAs); anything else is escaped instead. */
export function code(text: string): string {
  return /^[\w.\-[\]/:]+$/.test(text) ? `\`${text}\`` : escapeInline(text);
}

/** Cuts text to at most `max` UTF-16 units without splitting a surrogate pair; marks the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** A URL path to a repository file at a commit, each segment percent-encoded (parentheses too). */
export function blobUrl(repoUrl: string, sha: string, file: string, line?: number): string {
  const path = file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `${repoUrl.replace(/\/+$/, '')}/blob/${encodeURIComponent(sha)}/${path}${line ? `#L${line}` : ''}`;
}

// A web address GitHub turns into a link (GFM's extended autolinks), minus the trailing punctuation
// GFM leaves outside the link. Kept verbatim: an escape inside it would show as a backslash.
// The host needs a dot and no underscore, as GFM's autolinks do: an address GitHub would not link is
// escaped like the rest, so its @name cannot ping.
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#][^\s<>`"|[\]{}\\]*)?/gi;

function urlEnd(url: string): number {
  let end = url.length;
  while (end > 0) {
    const c = url[end - 1]!;
    if ("?!.,:*_~'".includes(c)) end--;
    else if (c === ')' && url.slice(0, end).split('(').length <= url.slice(0, end).split(')').length - 1) end--;
    else break;
  }
  return end;
}

function escapeProse(text: string): string {
  // An address GitHub would not link must not be linked by any renderer either (its @name would show).
  const unlinked = text
    .replace(/(https?:\/\/|www\.)/gi, '$1\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/:(?=[\w+-]+:)/g, ':\u200b');
  return escapeInline(unlinked).replace(/[-+=]/g, (c) => `\\${c}`);
}

/** One line of post text: addresses verbatim, everything else escaped. */
function escapeLine(line: string): string {
  let out = '';
  let at = 0;
  for (const match of line.matchAll(URL)) {
    const end = match.index + urlEnd(match[0]);
    if (end <= match.index + 8) continue;
    out += escapeProse(line.slice(at, match.index)) + line.slice(match.index, end);
    at = end;
  }
  return out + escapeProse(line.slice(at));
}

/**
 * Post text as markdown that renders back to exactly that text for a quote block (GitHub shows each
 * line break in a comment as one):
 * every markdown and HTML character is escaped (web addresses excepted, which GitHub links), line
 * starts cannot open a list, heading or code block, and @name, #123 and :emoji: get a zero-width
 * space so GitHub neither pings, links nor converts them. Returns the lines; the caller prefixes
 * each with `> `.
 */
export function quoteLines(text: string): string[] {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => {
      if (line.trim() === '') return '';
      const leading = /^[ \t]*/.exec(line)![0];
      const rest = escapeLine(line.slice(leading.length).trimEnd()).replace(/^(\d+)([.)])/, '$1\\$2');
      return `${'&nbsp;'.repeat(leading.replace(/\t/g, '  ').length)}${rest}`;
    });
}

/** A link to an address from a post (reply-to, quote, repost), or the escaped text when it is none. */
export function addressLink(text: string): string {
  if (!/^https?:\/\/[^\s<>]+$/i.test(text)) return escapeInline(text);
  const href = encodeURI(decodeURIUnchecked(text)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeInline(text)}](${href})`;
}

function decodeURIUnchecked(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** Text for an HTML attribute value in double quotes (alt text, titles). */
export function escapeAttribute(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;');
}

/**
 * Herald's own sentences (messages, hints) with `code` in backticks: the backtick pairs become code
 * spans (so no literal backticks show), everything else is escaped like any other text.
 */
export function withCode(text: string): string {
  const pieces = text.replace(/[\r\n\u2028\u2029]+/g, ' ').split('`');
  if (pieces.length % 2 === 0) return escapeInline(text);
  return pieces
    .map((piece, i) => (i % 2 === 1 && piece.trim() !== '' ? `<code>${escapeInline(piece)}</code>` : escapeInline(piece)))
    .join('');
}
