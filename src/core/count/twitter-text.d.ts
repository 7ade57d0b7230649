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
