// Multi-word hashtags in CamelCase, so screen readers read the words.
import { integer } from '../options.ts';
import { draftAt, textSources } from '../position.ts';
import { findHashtags } from '../scan.ts';
import type { Draft, Rule } from '../types.ts';

function acceptedOf(hashtags: readonly string[]): Map<string, string> {
  return new Map(hashtags.map((tag) => [tag.replace(/^#/, '').toLowerCase(), tag.replace(/^#/, '')]));
}

function acronymsOf(words: readonly string[]): Set<string> {
  return new Set(words.map((word) => word.toLowerCase()));
}

export const hashtagCase: Rule<{ minLength: number }> = {
  id: 'hashtag-case',
  description:
    'Hashtags that may be several words are written in CamelCase (#OpenSource, not #opensource); words.hashtags lists accepted spellings.',
  rationale: 'Screen readers read #OpenSource as two words and #opensource as gibberish; CamelCase also reads faster for everyone.',
  defaultSeverity: 'warn',
  options: { minLength: integer('Single-case tags shorter than this many letters are taken to be one word.', 8, 1) },
  check({ post, config, options }) {
    const findings: Draft[] = [];
    const accepted = acceptedOf(config.words.hashtags);
    const acronyms = acronymsOf(config.words.acronyms);
    for (const source of textSources(post)) {
      for (const tag of findHashtags(source.text)) {
        const name = tag.text.slice(1);
        const known = accepted.get(name.toLowerCase());
        if (known !== undefined) {
          if (known !== name) {
            findings.push(
              draftAt(source, tag.offset, tag.text.length, `hashtag ${tag.text} is spelled #${known} in words.hashtags`, {
                hint: `Write #${known}.`,
              }),
            );
          }
          continue;
        }
        const singleCase = name === name.toLowerCase() || name === name.toUpperCase();
        const letters = name.replace(/[^\p{L}]/gu, '').length;
        if (!singleCase || letters < options.minLength || acronyms.has(name.toLowerCase())) continue;
        findings.push(
          draftAt(
            source,
            tag.offset,
            tag.text.length,
            `hashtag ${tag.text} is all one case; if it is several words, write them in CamelCase`,
            {
              hint: `Capitalise each word (#OpenSource), or add ${tag.text} to words.hashtags in the config if it is one word.`,
            },
          ),
        );
      }
    }
    return { findings };
  },
};
