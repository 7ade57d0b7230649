// The parts of twitter-text (which ships no types) that Herald uses.
declare module 'twitter-text' {
  export interface TwitterTextConfig {
    version: number;
    maxWeightedTweetLength: number;
    scale: number;
    defaultWeight: number;
    emojiParsingEnabled?: boolean;
    transformedURLLength: number;
    ranges: { start: number; end: number; weight: number }[];
  }
  interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }
  export interface UrlEntity {
    url: string;
    indices: [number, number];
  }
  interface TwitterText {
    configs: { version1: TwitterTextConfig; version2: TwitterTextConfig; version3: TwitterTextConfig; defaults: TwitterTextConfig };
    parseTweet(text: string, config?: TwitterTextConfig): ParsedTweet;
    extractUrlsWithIndices(text: string, options?: { extractUrlsWithoutProtocol?: boolean }): UrlEntity[];
    regexen: { endMentionMatch: RegExp };
  }
  const twitterText: TwitterText;
  export default twitterText;
}

// twitter-text's own emoji parser (its dependency, the copy parseTweet calls): what the tests compare with.
declare module 'twemoji-parser' {
  interface EmojiEntity {
    text: string;
    indices: [number, number];
  }
  export function parse(text: string): EmojiEntity[];
}

// twemoji-parser's regex module: CommonJS with `exports.default`, so the default import is the exports object
// (Node) or the regex (loaders that honour __esModule).
declare module 'twemoji-parser/dist/lib/regex.js' {
  const regex: RegExp | { default: RegExp };
  export default regex;
}
