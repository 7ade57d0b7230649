// Seeded texts for the scanner tests: pieces that meet at every boundary the patterns care about.
import { findUrls } from '../../../src/core/rules/scan.ts';

export function outsideUrls(text: string, matches: { text: string; offset: number }[]) {
  const ranges = text.includes('://') ? findUrls(text).map((url) => [url.offset, url.offset + url.text.length] as const) : [];
  return matches.filter((match) => !ranges.some(([start, end]) => match.offset >= start && match.offset < end));
}

// Pieces that meet at every boundary the patterns care about: letters of several scripts, astral letters
// (𝐀, 𠀀), combining marks, digits, `_ & / #`, lone surrogates, URLs, case-folding oddities (ſ folds to s,
// K is the Kelvin sign, İ lower-cases to two characters).
export const PIECES = [
  '#', '#', '##', 'Django', 'tag', 'TAG', 'ſprint', 'Sprint', 'SPRINT', 'ſ', 'K', 'İ', 'ı', 'é', 'e\u0301', '𝐀', '𠀀', '日本', '3', '_', '&', '/',
  ' ', ' ', '\n', '.', ',', '(', ')', '\uD800', '\uDC00', '🎉', 'https://example.com/#frag', 'https://x.org/a?b=#c', 'PyCon', 'pycon',
  'conference', 'CONFERENCE', 'call for', 'call  for proposals', 'for proposals', 'proposals', 'click here', 'Kubernetes', 'meet-up', 'summit',
];
export function randomText(random: () => number): string {
  const count = 1 + Math.floor(random() * 12);
  return Array.from({ length: count }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
}
