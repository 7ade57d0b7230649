// The entities Mastodon's StatusLengthValidator gives a length concession to: URLs with a scheme
// (count 23, or the server's characters_reserved_per_url) and mentions (`@user@domain` counts as `@user`). Facts from Mastodon's
// app/validators/status_length_validator.rb, app/lib/extractor.rb, app/models/account.rb
// (MENTION_RE) and config/initializers/twitter_regex.rb (its wider URL path rule).
import twitterText from 'twitter-text';

interface Entity {
  start: number;
  end: number;
  /** What the server counts in place of the entity. */
  countsAs: number;
}

const URL_PLACEHOLDER_LENGTH = 23;

// Mastodon's URL path: any non-space character except <>()? with balanced parentheses, not ending
// in punctuation; an optional query after it.
const G = String.raw`[^\p{White_Space}<>()?]`;
const BALANCED = String.raw`\((?:${G}+|${G}*\(${G}+\)${G}*)\)`;
const PATH_END = String.raw`(?:[^\p{White_Space}()?!*"'「」<>;:=,.$%\[\]~&|@]|${BALANCED})`;
const PATH_UNIT = String.raw`(?:${G}*(?:${BALANCED}${G}*)*${PATH_END}|${G}+/)`;
const UCHARS = String.raw`\u{A0}-\u{D7FF}\u{F900}-\u{FDCF}\u{FDF0}-\u{FFEF}\u{10000}-\u{1FFFD}\u{20000}-\u{10FFFD}`;
const QUERY = String.raw`\?[a-z0-9!?*'();:&=+$/%#\[\]\-_.,~|@^${UCHARS}]*[a-z0-9_&=#/\-${UCHARS}]`;
const PATH_AND_QUERY = new RegExp(String.raw`(?:/${PATH_UNIT}*)?(?:${QUERY})?`, 'iuy');

// Account::MENTION_RE; [[:word:]] is letters, marks, numbers and connector punctuation.
const WORD = String.raw`[\p{L}\p{M}\p{N}\p{Pc}]`;
const MENTION = new RegExp(
  String.raw`(?<![=/\p{L}\p{M}\p{N}\p{Pc}])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)((?:@${WORD}+(?:[.-]+${WORD}+)*)?)`,
  'giu',
);

function urls(text: string, urlLength: number): Entity[] {
  const found: Entity[] = [];
  for (const { url, indices } of twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
    const start = indices[0];
    const afterScheme = url.indexOf('://') + 3;
    const hostLength = afterScheme + url.slice(afterScheme).search(/[/?]|$/);
    PATH_AND_QUERY.lastIndex = start + hostLength;
    const tail = PATH_AND_QUERY.exec(text);
    const end = start + hostLength + (tail ? tail[0].length : 0);
    found.push({ start, end: Math.max(end, indices[1]), countsAs: urlLength });
  }
  return found;
}

function mentions(text: string): Entity[] {
  if (!text.includes('@')) return [];
  const found: Entity[] = [];
  for (const match of text.matchAll(MENTION)) {
    const end = match.index + match[0].length;
    if (twitterText.regexen.endMentionMatch.test(text.slice(end, end + 3))) continue;
    const user = match[1] ?? '';
    found.push({ start: match.index, end, countsAs: 1 + [...user].length });
  }
  return found;
}

/** URL and mention entities, overlaps removed the way the server does (earlier start wins). */
export function mastodonEntities(text: string, urlLength = URL_PLACEHOLDER_LENGTH): Entity[] {
  const all = [...urls(text, urlLength), ...mentions(text)].sort((a, b) => a.start - b.start);
  const kept: Entity[] = [];
  for (const entity of all) {
    const last = kept[kept.length - 1];
    if (!last || entity.start >= last.end) kept.push(entity);
  }
  return kept;
}
