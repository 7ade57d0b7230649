// Full links, not shorteners.
import { draftAt, textSources } from '../position.ts';
import { findUrls } from '../scan.ts';
import type { Draft, Rule } from '../types.ts';

/** Always reported, besides words.shorteners. */
export const BUILT_IN_SHORTENERS = [
  'bit.ly',
  'buff.ly',
  'ow.ly',
  'tinyurl.com',
  'goo.gl',
  'is.gd',
  't.co',
  'lnkd.in',
  'dlvr.it',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'rb.gy',
];

// An http(s) URL whose host is plain ASCII labels (the last starting with a letter, so no IPv4 address) and
// ends at a path, query, fragment or the end: the URL parser's hostname is that host in lower case (or it
// refuses an xn-- label). Only such a host that is no shortener skips the parser.
const PLAIN_HOST = /^https?:\/\/((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*)(?=[/?#]|$)/i;

function isShortener(host: string, shorteners: string[]): string | undefined {
  return shorteners.find((s) => host === s || host.endsWith(`.${s}`));
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The shortener (from lower-cased `shorteners`) the URL goes through, if any. */
export function shortenerOf(url: string, shorteners: string[]): string | undefined {
  const plain = PLAIN_HOST.exec(url)?.[1]?.toLowerCase();
  if (plain !== undefined && !isShortener(plain, shorteners)) return undefined;
  const host = hostOf(url);
  return host === undefined ? undefined : isShortener(host, shorteners);
}

export const linkShortener: Rule = {
  id: 'link-shortener',
  description: 'Links are not shortened (bit.ly and friends, plus words.shorteners).',
  rationale:
    'Readers cannot see where a short link goes, shorteners track clicks, and links die with the service. Platforms shorten links themselves.',
  defaultSeverity: 'warn',
  options: {},
  check({ post, config }) {
    const findings: Draft[] = [];
    const shorteners = [...BUILT_IN_SHORTENERS, ...config.words.shorteners].map((host) => host.toLowerCase());
    for (const source of textSources(post)) {
      for (const url of findUrls(source.text)) {
        const shortener = shortenerOf(url.text, shorteners);
        if (shortener) {
          findings.push(
            draftAt(source, url.offset, url.text.length, `link uses the shortener ${shortener}`, {
              hint: 'Use the full address; every platform shows or shortens links itself.',
            }),
          );
        }
      }
    }
    return { findings };
  },
};
