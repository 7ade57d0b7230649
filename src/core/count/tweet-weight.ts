// twitter-text's parseTweet walk, on the library's own URL and emoji entities, without parseTweet's function
// call and regex test per character. Same NFC text, same entities (keyed by start, a later one replacing an
// earlier), same order of additions, so the same numbers; tests/core/count/tweet-weight.test.ts proves it
// against parseTweet on every configuration.
import type { TwitterTextConfig } from 'twitter-text';
import { emojiEntities } from './emoji-entities.ts';
import { twitterUrls } from './twitter-urls.ts';

// What parseTweet's hasInvalidCharacters refuses; without one in the text, validity never changes.
const REFUSED = /[\uFFFE\uFEFF\uFFFF]/;

export interface TweetWeight {
  weightedLength: number;
  /** parseTweet's validRangeEnd. */
  validRangeEnd: number;
}

export function weighTweet(text: string, config: TwitterTextConfig, maxWeightedLength = config.maxWeightedTweetLength): TweetWeight {
  const { defaultWeight, scale, transformedURLLength } = config;
  const ranges = Array.isArray(config.ranges) ? config.ranges : [];
  const normalized = text.normalize();
  const length = normalized.length;
  const urls = startsAndLengths(twitterUrls(normalized).map((u) => [u.indices[0], u.url.length]));
  const emoji = startsAndLengths(config.emojiParsingEnabled ? emojiEntities(normalized) : []);
  const maxWeight = maxWeightedLength * scale;
  const mayTurnInvalid = REFUSED.test(normalized);
  let weightedLength = 0;
  let validDisplayIndex = 0;
  let valid = true;
  let nextUrl = 0;
  let urlAt = urls.starts[0] as number;
  let nextEmoji = 0;
  let emojiAt = emoji.starts[0] as number;
  for (let i = 0; i < length; i++) {
    while (urlAt < i) urlAt = urls.starts[++nextUrl] as number;
    while (emojiAt < i) emojiAt = emoji.starts[++nextEmoji] as number;
    if (urlAt === i) {
      weightedLength += transformedURLLength * scale;
      i += (urls.lengths[nextUrl] as number) - 1;
    } else if (emojiAt === i) {
      weightedLength += defaultWeight;
      i += (emoji.lengths[nextEmoji] as number) - 1;
    } else {
      let c = normalized.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i < length - 1) {
        const low = normalized.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          i++;
          c = low; // parseTweet weighs a surrogate pair by its second half
        }
      }
      let weight = defaultWeight;
      for (let r = 0; r < ranges.length; r++) {
        const range = ranges[r] as { start: number; end: number; weight: number };
        if (c >= range.start && c <= range.end) {
          weight = range.weight;
          break;
        }
      }
      weightedLength += weight;
    }
    if (valid && mayTurnInvalid) {
      const c = normalized.charCodeAt(i);
      valid = c !== 0xfffe && c !== 0xfeff && c !== 0xffff;
    }
    if (valid && weightedLength <= maxWeight) validDisplayIndex = i;
  }
  return { weightedLength: weightedLength / scale, validRangeEnd: validDisplayIndex + text.length - normalized.length };
}

/**
 * Entities by start index, ascending, ending with an Infinity that no index reaches (the walk never reads past
 * the end); of two with the same start the later one wins, as in parseTweet's hash.
 */
function startsAndLengths(entities: [number, number][]): { starts: number[]; lengths: number[] } {
  const byStart = new Map<number, number>();
  for (const [start, length] of entities) byStart.set(start, length);
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  const lengths = starts.map((s) => byStart.get(s) as number);
  starts.push(Infinity);
  return { starts, lengths };
}
