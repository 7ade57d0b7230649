// Full links, not shorteners.
import { draftAt, textSources } from '../position.ts';
import { findUrls } from '../scan.ts';
import type { Draft, Rule } from '../types.ts';

/** Always reported, besides words.shorteners. */
export const BUILT_IN_SHORTENERS = ['bit.ly', 'buff.ly', 'ow.ly', 'tinyurl.com', 'goo.gl', 'is.gd', 't.co', 'lnkd.in', 'dlvr.it', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'tiny.cc', 'rb.gy'];

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export const linkShortener: Rule = {
  id: 'link-shortener',
  description: 'Links are not shortened (bit.ly and friends, plus words.shorteners).',
  rationale: 'Readers cannot see where a short link goes, shorteners track clicks, and links die with the service. Platforms shorten links themselves.',
  defaultSeverity: 'warn',
  options: {},
  check({ post, config }) {
    const findings: Draft[] = [];
    const shorteners = [...BUILT_IN_SHORTENERS, ...config.words.shorteners].map((host) => host.toLowerCase());
    for (const source of textSources(post)) {
      for (const url of findUrls(source.text)) {
        const host = hostOf(url.text);
        const shortener = host && shorteners.find((s) => host === s || host.endsWith(`.${s}`));
        if (shortener) {
          findings.push(draftAt(source, url.offset, url.text.length, `link uses the shortener ${shortener}`, { hint: 'Use the full address; every platform shows or shortens links itself.' }));
        }
      }
    }
    return { findings };
  },
};
