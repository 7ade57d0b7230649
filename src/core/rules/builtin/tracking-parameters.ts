// Links without tracking parameters.
import { draftAt, textSources } from '../position.ts';
import { findUrls } from '../scan.ts';
import type { Draft, Rule } from '../types.ts';

/** Always reported, besides words.tracking_parameters; a trailing `*` matches any suffix. */
const BUILT_IN_TRACKING = ['utm_*', 'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', '_hsenc', '_hsmi', 'yclid'];

function matcher(patterns: readonly string[]): (name: string) => boolean {
  const exact = new Set(patterns.filter((p) => !p.endsWith('*')).map((p) => p.toLowerCase()));
  const prefixes = patterns.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1).toLowerCase());
  return (name) => exact.has(name.toLowerCase()) || prefixes.some((prefix) => name.toLowerCase().startsWith(prefix));
}

export const trackingParameters: Rule = {
  id: 'tracking-parameters',
  description: 'Links carry no tracking parameters (utm_*, fbclid, ... plus words.tracking_parameters; `name*` matches a prefix).',
  rationale: 'The groups do not track their readers, and clean links are shorter and easier to read aloud.',
  defaultSeverity: 'warn',
  options: {},
  check({ post, config }) {
    const findings: Draft[] = [];
    const isTracking = matcher([...BUILT_IN_TRACKING, ...config.words.trackingParameters]);
    for (const source of textSources(post)) {
      for (const url of findUrls(source.text)) {
        const query = url.text.indexOf('?');
        if (query === -1) continue;
        let at = query + 1;
        for (const pair of url.text
          .slice(query + 1)
          .split('#')[0]
          ?.split('&') ?? []) {
          const name = decodeURIComponentSafe(pair.split('=')[0] ?? '');
          if (name && isTracking(name)) {
            findings.push(
              draftAt(source, url.offset + at, pair.length, `link has the tracking parameter '${name}'`, {
                hint: `Remove '${pair}' from the link.`,
              }),
            );
          }
          at += pair.length + 1;
        }
      }
    }
    return { findings };
  },
};

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
