// No "fancy" Unicode letters (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤, Ⓒⓘⓡⓒⓛⓔⓓ, ｆｕｌｌｗｉｄｔｈ).
import { draftAt, textSources } from '../position.ts';
import type { Draft, Rule } from '../types.ts';

// Mathematical Alphanumeric Symbols, letterlike script/fraktur/double-struck letters, circled and
// parenthesised letters and digits, squared/negative letters, fullwidth Latin, small capitals.
const FANCY =
  /(?:[\u{1D400}-\u{1D7FF}\u2102\u210A-\u2113\u2115\u2119-\u211D\u2124\u2128\u212C\u212D\u212F-\u2131\u2133\u2134\u2460-\u24FF\u{1F100}-\u{1F1E5}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u1D00-\u1D22\u026A\u0299\u029C\u029F\u0280\u0274\u0262])+/gu;

export const fancyLetters: Rule = {
  id: 'fancy-letters',
  description: 'No "fancy" Unicode letters (Mathematical Alphanumeric Symbols such as 𝗯𝗼𝗹𝗱, circled, fullwidth or small-capital letters).',
  rationale: 'Screen readers spell these out one symbol at a time ("mathematical bold small b ..."), and search cannot find the words.',
  defaultSeverity: 'error',
  options: {},
  check({ post }) {
    const findings: Draft[] = [];
    for (const source of textSources(post)) {
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
