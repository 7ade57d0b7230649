// No invisible bidirectional controls: embeddings, overrides and isolates (U+202A–202E, U+2066–2069).
import { allMedia } from '../media.ts';
import { draftAt, textSources } from '../position.ts';
import type { Draft, Rule } from '../types.ts';

export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

export function describeControl(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase()} ${NAMES[char]}`;
}

const HINT =
  'Delete it: it is invisible in the review, yet reorders what readers see (a link or a word can show reversed). Right-to-left text needs no controls.';

export const bidiControls: Rule = {
  id: 'bidi-controls',
  description:
    'No invisible bidirectional control characters (embeddings, overrides and isolates, U+202A–202E and U+2066–2069) in the text or alt text.',
  rationale:
    'They are invisible in the pull request, yet make the published post display differently from what the reviewers approved (the "Trojan Source" trick).',
  defaultSeverity: 'error',
  options: {},
  check({ post }) {
    const findings: Draft[] = [];
    for (const source of textSources(post)) {
      for (const match of source.text.matchAll(BIDI_CONTROLS)) {
        findings.push(draftAt(source, match.index, 1, `an invisible bidirectional control, ${describeControl(match[0])}`, { hint: HINT }));
      }
    }
    for (const { media } of allMedia(post)) {
      const found = new Set(media.alt.match(BIDI_CONTROLS) ?? []);
      for (const char of found) {
        findings.push({
          line: media.line,
          column: media.column,
          message: `alt text of ${media.path} has an invisible bidirectional control, ${describeControl(char)}`,
          hint: HINT,
        });
      }
    }
    for (const char of new Set(post.contentWarning?.match(BIDI_CONTROLS) ?? [])) {
      findings.push({
        line:
          post.fieldLines['content_warning'] ?? post.fieldLines['cw'] ?? post.fieldLines['spoiler'] ?? post.fieldLines['spoiler_text'] ?? 1,
        column: 1,
        message: `content_warning has an invisible bidirectional control, ${describeControl(char)}`,
        hint: HINT,
      });
    }
    return { findings };
  },
};
