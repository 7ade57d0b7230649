// The emoji twitter-text's parseTweet counts as one: twemoji-parser's matches (its own regex, the copy
// twitter-text loads), found without its scan of every position. A match starts with a non-ASCII code unit
// or with one of `#*0-9` (a keycap): the regex's only ASCII is `[#*0-9]`, it has no flags but g, and a
// backtracking match at a position is the same whether the scan reached it or was placed there.
// tests/core/count/emoji-entities.test.ts checks the regex says so and compares with twemoji-parser's parse.
import twemojiRegex from 'twemoji-parser/dist/lib/regex.js';

// A CommonJS module with an `exports.default`: Node makes the exports object the default import, some loaders
// (vitest's) the regex itself.
const EMOJI = new RegExp((twemojiRegex instanceof RegExp ? twemojiRegex : twemojiRegex.default).source, 'y');
const MAY_START = /[^\x00-\x22\x24-\x29\x2b-\x2f\x3a-\x7f]/g;

/** [start, length] of each emoji entity of `text`, in order: twemoji-parser's parse(text) indices. */
export function emojiEntities(text: string): [number, number][] {
  const found: [number, number][] = [];
  MAY_START.lastIndex = 0;
  for (let candidate = MAY_START.exec(text); candidate; candidate = MAY_START.exec(text)) {
    EMOJI.lastIndex = candidate.index;
    const match = EMOJI.exec(text);
    if (!match) continue;
    found.push([candidate.index, match[0].length]);
    MAY_START.lastIndex = EMOJI.lastIndex;
  }
  return found;
}
