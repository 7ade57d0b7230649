// Every rule, in the order findings about the same place are listed. One module per rule in ./checks.
import { allCaps } from './checks/all-caps.ts';
import { altTextLength } from './checks/alt-text-length.ts';
import { altText } from './checks/alt-text.ts';
import { codeOfConduct } from './checks/code-of-conduct.ts';
import { contentWarning } from './checks/content-warning.ts';
import { emojiCount } from './checks/emoji-count.ts';
import { emojiRepeat } from './checks/emoji-repeat.ts';
import { fancyLetters } from './checks/fancy-letters.ts';
import { hashtagCase } from './checks/hashtag-case.ts';
import { hashtagCount } from './checks/hashtag-count.ts';
import { imageCredit } from './checks/image-credit.ts';
import { inclusiveLanguage } from './checks/inclusive-language.ts';
import { languagePresent } from './checks/language-present.ts';
import { length } from './checks/length.ts';
import { linkShortener } from './checks/link-shortener.ts';
import { mediaCount } from './checks/media-count.ts';
import { mediaExists } from './checks/media-exists.ts';
import { platformAvailable } from './checks/platform-available.ts';
import { pollSupport } from './checks/poll-support.ts';
import { postingCadence } from './checks/posting-cadence.ts';
import { profanity } from './checks/profanity.ts';
import { publishAtPast } from './checks/publish-at-past.ts';
import { sponsorSaturation } from './checks/sponsor-saturation.ts';
import { trackingParameters } from './checks/tracking-parameters.ts';
import { vagueLinkText } from './checks/vague-link-text.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  length, mediaCount, platformAvailable, pollSupport,
  altText, altTextLength, imageCredit, mediaExists,
  hashtagCase, hashtagCount, emojiCount, emojiRepeat, allCaps, fancyLetters, vagueLinkText,
  trackingParameters, linkShortener,
  codeOfConduct, contentWarning, languagePresent, publishAtPast,
  inclusiveLanguage, profanity,
  sponsorSaturation, postingCadence,
];
