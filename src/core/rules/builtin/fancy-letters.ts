// No "fancy" Unicode letters (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤, Ⓒⓘⓡⓒⓛⓔⓓ, ｆｕｌｌｗｉｄｔｈ).
import { draftAt, textSources } from '../position.ts';
import type { Draft, Rule } from '../types.ts';

// Mathematical Alphanumeric Symbols, letterlike script/fraktur/double-struck letters, circled and
// parenthesised letters and digits, squared/negative letters, fullwidth Latin, small capitals.
export const FANCY =
  /(?:[\u{1D400}-\u{1D7FF}\u2102\u210A-\u2113\u2115\u2119-\u211D\u2124\u2128\u212C\u212D\u212F-\u2131\u2133\u2134\u2460-\u24FF\u{1F100}-\u{1F1E5}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u1D00-\u1D22\u026A\u0299\u029C\u029F\u0280\u0274\u0262])+/gu;

// Whether a character of FANCY's blocks occurs at all (blocks taken whole, astral ones by their surrogates):
// most texts have none, and a loop over char codes costs less than the Unicode pattern's scan.
export function mayBeFancy(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x262) continue;
    if (code <= 0x29f || (code >= 0x1d00 && code <= 0x1d22) || (code >= 0x2102 && code <= 0x2134) || (code >= 0x2460 && code <= 0x24ff))
      return true;
    if ((code >= 0xff10 && code <= 0xff5a) || code === 0xd835) return true; // U+1D400–1D7FF
    if (code === 0xd83c && (text.charCodeAt(i + 1) & 0xff00) === 0xdd00) return true; // U+1F100–1F1FF
  }
  return false;
}

export const fancyLetters: Rule = {
  id: 'fancy-letters',
  description: 'No "fancy" Unicode letters (Mathematical Alphanumeric Symbols such as 𝗯𝗼𝗹𝗱, circled, fullwidth or small-capital letters).',
  rationale: 'Screen readers spell these out one symbol at a time ("mathematical bold small b ..."), and search cannot find the words.',
  defaultSeverity: 'error',
  options: {},
  check({ post }) {
    const findings: Draft[] = [];
    for (const source of textSources(post)) {
      if (!mayBeFancy(source.text)) continue;
      for (const match of source.text.matchAll(FANCY)) {
        const plain = match[0].normalize('NFKC');
        findings.push(
          draftAt(source, match.index, match[0].length, `'${match[0]}' uses fancy Unicode letters`, {
            hint: `Write it in plain letters: '${plain}' (use markdown for emphasis where the platform has it).`,
          }),
        );
      }
    }
    return { findings };
  },
};
