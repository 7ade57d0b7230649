// Fetches a feed document the way Herald fetches anything a config names: public addresses only, bounded
// in size, time and redirects; any non-2xx answer is an error that names the feed and the status.
import { HeraldError } from '../core/errors.ts';
import { safeFetch, type SafeFetchOptions } from '../net/safe-fetch.ts';

export const FEED_LIMITS = { maxBytes: 2 * 1024 * 1024, timeoutMs: 20_000, maxRedirects: 3 } as const;
const ACCEPT = 'application/feed+json, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';

export type FeedFetchOptions = Partial<
  Pick<SafeFetchOptions, 'maxBytes' | 'timeoutMs' | 'maxRedirects' | 'allowPrivateAddresses' | 'lookup' | 'signal'>
>;

export async function fetchFeed(url: string, options: FeedFetchOptions = {}): Promise<string> {
  const response = await safeFetch(url, { ...FEED_LIMITS, ...options, accept: ACCEPT });
  if (response.status < 200 || response.status > 299) {
    throw new HeraldError(`${url} answered HTTP ${response.status}`, {
      hint:
        response.status === 404
          ? 'the feed moved or was removed: update feeds[].url in the config'
          : 'the run tries again on its next schedule',
    });
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(response.body);
}
