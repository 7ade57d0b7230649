// X counts with twitter-text's parseTweet: weighted length (URLs 23, CJK and emoji 2, NFC first).
import twitterText from 'twitter-text';
import type { Count, PlatformLimits } from '../types.ts';
import { graphemeCount, graphemeStart } from './graphemes.ts';

/** The twitter-text configuration object (version 1, 2 or 3). */
export type TwitterTextConfig = typeof twitterText.configs.version3;

/** The configuration X's servers use today. */
const X_CONFIG: TwitterTextConfig = twitterText.configs.version3;

/** Characters X refuses outright, whatever the length (twitter-text's hasInvalidCharacters). */
const INVALID = /[\uFFFE\uFEFF\uFFFF]/;

export function countX(text: string, limits: Required<PlatformLimits>, config: TwitterTextConfig = X_CONFIG): Count {
  const limit = limits.characters;
  const parsed = twitterText.parseTweet(text, { ...config, maxWeightedTweetLength: limit });
  const count: Count = { used: parsed.weightedLength, limit };
  const invalid = INVALID.exec(text);
  if (invalid) count.invalidAt = invalid.index;
  if (parsed.weightedLength > limit) count.overflowAt = overflowIndex(text, parsed.validRangeEnd, limit, config);
  return count;
}

function overflowIndex(text: string, validRangeEnd: number, limit: number, config: TwitterTextConfig): number {
  // twitter-text's ranges index the NFC form; they are ours too when the text is already NFC.
  if (text === text.normalize('NFC')) return validRangeEnd + 1;
  // Otherwise find the first grapheme boundary whose prefix is over (prefix length grows with the prefix).
  let low = 0;
  let high = graphemeCount(text);
  while (low < high) {
    const mid = (low + high) >> 1;
    const prefix = text.slice(0, graphemeStart(text, mid + 1));
    if (twitterText.parseTweet(prefix, config).weightedLength > limit) high = mid;
    else low = mid + 1;
  }
  return graphemeStart(text, low);
}
