// Every image or video has alt text that describes it.
import { stringList } from '../options.ts';
import { allMedia } from '../media.ts';
import { wordsKey } from '../terms.ts';
import type { Draft, Rule } from '../types.ts';

const FILE_NAME = /^[\w.-]+\.(?:png|jpe?g|gif|webp|avif|heic|svg|bmp|tiff?|mp4|mov|webm|m4v)$/i;
const CAMERA_NAME = /^(?:img|dsc|dscn|pxl|screenshot|screen shot)[\s_-]?\d[\d_ -]*$/i;

function normalise(text: string): string {
  return wordsKey(text, ' ');
}

export const altText: Rule<{ meaningless: string[] }> = {
  id: 'alt-text',
  description:
    'Every image and video has alt text that says what it shows: not empty, not a placeholder word, not a file name, not the post text again.',
  rationale:
    'Blind and low-vision readers hear the alt text instead of seeing the image; the charters commit the groups to accessible posts.',
  defaultSeverity: 'error',
  options: {
    meaningless: stringList('Alt texts that say nothing (compared ignoring case and punctuation).', [
      'image',
      'photo',
      'picture',
      'screenshot',
      'img',
      'pic',
      'graphic',
      'alt',
      'alt text',
      'untitled',
      'an image',
      'a photo',
      'a picture',
      'a screenshot',
    ]),
  },
  check({ post, options }) {
    const findings: Draft[] = [];
    const meaningless = new Set(options.meaningless.map(normalise));
    for (const { media, part } of allMedia(post)) {
      const alt = media.alt.trim();
      const at = { line: media.line, column: media.column };
      const name = media.path.split('/').pop() ?? media.path;
      let problem: string | undefined;
      if (alt === '') problem = 'has no alt text';
      else if (meaningless.has(normalise(alt))) problem = `has the alt text '${alt}', which does not say what it shows`;
      else if (alt === name || FILE_NAME.test(alt) || CAMERA_NAME.test(alt)) problem = `has a file name as alt text ('${alt}')`;
      else if (normalise(alt) === normalise(part.text)) problem = 'has the post text as alt text';
      if (problem) {
        findings.push({
          ...at,
          message: `${media.kind} ${media.path} ${problem}`,
          hint: 'Describe what the image shows and why it matters here, in a sentence or two.',
        });
      }
    }
    return { findings };
  },
};
