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
