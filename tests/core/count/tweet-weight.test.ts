// weighTweet must give parseTweet's weightedLength and validRangeEnd, for every configuration and limit.
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { weighTweet } from '../../../src/core/count/tweet-weight.ts';
import { seededRandom } from '../rules/seeded-random.ts';
import { hostileTexts, randomCodePointTexts } from './_hostile.ts';

// A made-up configuration on top: weights for each half of a surrogate pair, emoji parsing on, odd scale.
const CUSTOM = {
  ...twitterText.configs.version3,
  scale: 7,
  defaultWeight: 5,
  transformedURLLength: 11,
  ranges: [{ start: 0xdc00, end: 0xdfff, weight: 3 }, { start: 0xd800, end: 0xdbff, weight: 13 }, { start: 0, end: 0x7f, weight: 1 }],
};
const CONFIGS = { v1: twitterText.configs.version1, v2: twitterText.configs.version2, v3: twitterText.configs.version3, custom: CUSTOM };
const LIMITS = [1, 10, 50, 140, 280];

describe('weighTweet against twitter-text parseTweet', () => {
  const texts = [...hostileTexts(5000), ...hostileTexts(1500, 99, 60), ...randomCodePointTexts(3000)];

  for (const [name, config] of Object.entries(CONFIGS)) {
    it(`${name}: the same weighted length and valid range end on ${texts.length.toLocaleString('en')} hostile texts`, () => {
      const random = seededRandom(31);
      let over = 0;
      let nonNfc = 0;
      for (const text of texts) {
        const limit = LIMITS[Math.floor(random() * LIMITS.length)] as number;
        const expected = twitterText.parseTweet(text, { ...config, maxWeightedTweetLength: limit });
        const actual = weighTweet(text, config, limit);
        expect(actual, JSON.stringify([text, limit])).toEqual({ weightedLength: expected.weightedLength, validRangeEnd: expected.validRangeEnd });
        if (expected.weightedLength > limit) over++;
        if (text !== text.normalize()) nonNfc++;
      }
      expect(over).toBeGreaterThan(2000);
      expect(nonNfc).toBeGreaterThan(500);
    });
  }

  it('defaults to the configuration limit', () => {
    const text = 'a'.repeat(300);
    expect(weighTweet(text, CONFIGS.v3).validRangeEnd).toBe(twitterText.parseTweet(text, CONFIGS.v3).validRangeEnd);
  });
});
