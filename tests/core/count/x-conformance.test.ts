// twitter-text's official conformance suite, loaded at test time from ../shared (never copied here).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import twitterText from 'twitter-text';
import { parse } from 'yaml';
import { measure } from '../../../src/core/count/index.ts';
import { countX, type TwitterTextConfig } from '../../../src/core/count/x.ts';
import type { Count } from '../../../src/core/types.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const suiteDir = process.env.HERALD_TWITTER_CONFORMANCE ?? join(repoRoot, '../shared/conformance/twitter-text');
const present = existsSync(join(suiteDir, 'validate.yml'));
const absent = `twitter-text conformance suite not found at ${suiteDir} (set HERALD_TWITTER_CONFORMANCE)`;

interface WeightedCase {
  description: string;
  text: string;
  expected: { weightedLength: number; valid: boolean; validRangeEnd: number };
}
interface ValidityCase {
  description: string;
  text: string;
  expected: boolean;
}

const load = (file: string) => parse(readFileSync(join(suiteDir, file), 'utf8'), { maxAliasCount: 0 }).tests;
const validate = present ? load('validate.yml') : {};

/** A post X accepts: not empty, within the limit, no refused character. */
const accepted = (count: Count) => count.used > 0 && count.used <= count.limit && count.invalidAt === undefined;

// Without the suite there are no cases: the describe below is skipped, saying why (its body still runs).
function checkWeighted(cases: WeightedCase[] = [], run: (text: string) => Count) {
  for (const c of cases) {
    it(c.description, () => {
      const count = run(c.text);
      expect(count.used).toBe(c.expected.weightedLength);
      expect(accepted(count)).toBe(c.expected.valid);
      if (count.used > count.limit) expect(count.overflowAt).toBe(c.expected.validRangeEnd + 1);
    });
  }
}

describe.skipIf(!present)(`X counting: twitter-text conformance${present ? '' : ` (skipped: ${absent})`}`, () => {
  if (!present) it.skip(absent, () => {});
  // X's servers use configuration v3 (emoji sequences weigh 2): this is exactly measure('x').
  describe('WeightedTweetsWithDiscountedEmojiCounterTest (v3) via measure("x")', () => {
    checkWeighted(validate.WeightedTweetsWithDiscountedEmojiCounterTest, (text) => measure('x', text, {}));
  });
  describe('UnicodeDirectionalMarkerCounterTest (v3) via measure("x")', () => {
    checkWeighted(validate.UnicodeDirectionalMarkerCounterTest, (text) => measure('x', text, {}));
  });
  // Older configurations run through the same counter with the configuration they were written for.
  const v2: TwitterTextConfig = twitterText.configs.version2;
  const v1: TwitterTextConfig = twitterText.configs.version1;
  describe('WeightedTweetsCounterTest (v2) via countX', () => {
    checkWeighted(validate.WeightedTweetsCounterTest, (text) => countX(text, limits(280), v2));
  });
  describe('tweets (v1, 140) via countX', () => {
    for (const c of (validate.tweets ?? []) as ValidityCase[]) {
      it(c.description, () => expect(accepted(countX(c.text, limits(140), v1))).toBe(c.expected));
    }
  });
});

function limits(characters: number) {
  return { characters, bytes: Infinity, altText: 1000, media: 4 };
}
