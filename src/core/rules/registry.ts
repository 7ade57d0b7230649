// Every rule, in the order findings about the same place are listed. One module per rule in ./builtin.
import { allCaps } from './builtin/all-caps.ts';
import { altTextLength } from './builtin/alt-text-length.ts';
import { altTextSent } from './builtin/alt-text-sent.ts';
import { altText } from './builtin/alt-text.ts';
import { bidiControls } from './builtin/bidi-controls.ts';
import { codeOfConduct } from './builtin/code-of-conduct.ts';
import { contentWarning } from './builtin/content-warning.ts';
import { emojiCount } from './builtin/emoji-count.ts';
import { emojiRepeat } from './builtin/emoji-repeat.ts';
import { fancyLetters } from './builtin/fancy-letters.ts';
import { hashtagCase } from './builtin/hashtag-case.ts';
import { hashtagCount } from './builtin/hashtag-count.ts';
import { imageCredit } from './builtin/image-credit.ts';
import { inclusiveLanguage } from './builtin/inclusive-language.ts';
import { languagePresent } from './builtin/language-present.ts';
import { length } from './builtin/length.ts';
import { linkShortener } from './builtin/link-shortener.ts';
import { mediaCount } from './builtin/media-count.ts';
import { mediaExists } from './builtin/media-exists.ts';
import { platformAvailable } from './builtin/platform-available.ts';
import { pollSupport } from './builtin/poll-support.ts';
import { postingCadence } from './builtin/posting-cadence.ts';
import { publishAtPast } from './builtin/publish-at-past.ts';
import { profanity } from './builtin/profanity.ts';
import { sponsorSaturation } from './builtin/sponsor-saturation.ts';
import { trackingParameters } from './builtin/tracking-parameters.ts';
import { vagueLinkText } from './builtin/vague-link-text.ts';
import type { Rule } from './types.ts';

export const RULES: readonly Rule[] = [
  length,
  mediaCount,
  platformAvailable,
  pollSupport,
  altText,
  altTextLength,
  altTextSent,
  imageCredit,
  mediaExists,
  hashtagCase,
  hashtagCount,
  emojiCount,
  emojiRepeat,
  allCaps,
  fancyLetters,
  bidiControls,
  vagueLinkText,
  trackingParameters,
  linkShortener,
  codeOfConduct,
  contentWarning,
  languagePresent,
  publishAtPast,
  inclusiveLanguage,
  profanity,
  sponsorSaturation,
  postingCadence,
];
