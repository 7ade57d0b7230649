// "Did you mean …?" for misspelt keys and values.

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** camelCase, kebab-case and spaces to snake_case, lower case. */
function normalise(word: string): string {
  return word
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();
}

/**
 * The closest candidate to `word`, if it is close enough to be a likely typo;
 * `aliases` maps common other names (e.g. `cw`) to the intended candidate.
 */
export function closest(word: string, candidates: readonly string[], aliases: Record<string, string> = {}): string | undefined {
  if (word.length > 64) return undefined;
  const wanted = normalise(word);
  if (Object.hasOwn(aliases, wanted)) return aliases[wanted];
  let best: string | undefined;
  let bestScore = Infinity;
  const names = [...candidates.map((c) => [c, c] as const), ...Object.entries(aliases)];
  for (const [name, target] of names) {
    const score = distance(wanted, name.toLowerCase());
    if (score < bestScore) {
      best = target;
      bestScore = score;
    }
  }
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  if (bestScore <= tolerance) return best;
  // A shortened or lengthened word: "chars" for "characters", "warning" for "warn".
  if (wanted.length < 3) return undefined;
  return candidates.find((c) => isAbbreviation(wanted, c.toLowerCase()) || (c.length >= 3 && wanted.startsWith(c.toLowerCase())));
}

/** `short` keeps the first letter of `long` and the rest of its letters in order ("chars", "characters"). */
function isAbbreviation(short: string, long: string): boolean {
  if (short[0] !== long[0] || short.length >= long.length) return false;
  let at = 0;
  for (const char of long) if (char === short[at]) at += 1;
  return at >= short.length;
}

/** ` Did you mean "x"?` or the empty string. */
export function didYouMean(word: string, candidates: readonly string[], aliases: Record<string, string> = {}): string {
  const match = closest(word, candidates, aliases);
  return match === undefined ? '' : ` Did you mean "${match}"?`;
}
