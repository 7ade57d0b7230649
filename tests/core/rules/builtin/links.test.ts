// tracking-parameters, link-shortener (and its plain-host shortcut against the URL parser)
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SHORTENERS, shortenerOf } from '../../../../src/core/rules/builtin/link-shortener.ts';
import { config, only, part, post } from '../fixtures.ts';
import { seededRandom } from '../seeded-random.ts';

const text = (t: string) => post({ parts: [part(t, 5)] });

describe('tracking-parameters', () => {
  const cfg = config({}, { trackingParameters: ['ref', 'mkt_*'] });
  it.each([
    ['https://example.com/?page=2', []],
    ['See https://example.com/?a=1&utm_source=x&b=2.', [[5, 30, "link has the tracking parameter 'utm_source'"]]],
    ['https://example.com/?ref=home', [[5, 22, "link has the tracking parameter 'ref'"]]],
    [
      'https://example.com/?mkt_tok=1&fbclid=2',
      [
        [5, 22, "link has the tracking parameter 'mkt_tok'"],
        [5, 32, "link has the tracking parameter 'fbclid'"],
      ],
    ],
    ['[notes](https://example.com/?utm_medium=x)', [[5, 30, "link has the tracking parameter 'utm_medium'"]]],
  ])('%j', async (t, expected) => {
    expect((await only('tracking-parameters', { post: text(t), config: cfg })).tuples).toEqual(expected);
  });
});

describe('link-shortener', () => {
  const cfg = config({}, { shorteners: ['djang.o'] });
  it.each([
    ['https://www.djangoproject.com/', []],
    ['Go to https://bit.ly/abc now', [[5, 7, 'link uses the shortener bit.ly']]],
    ['https://djang.o/x', [[5, 1, 'link uses the shortener djang.o']]],
    ['https://notbit.ly/x', []],
  ])('%j', async (t, expected) => {
    expect((await only('link-shortener', { post: text(t), config: cfg })).tuples).toEqual(expected);
  });
});

describe('shortenerOf', () => {
  // The plain-host shortcut must decide as the URL parser does, on URLs of every shape around the shorteners.
  it('agrees with the URL parser on 20,000 seeded URLs', () => {
    const shorteners = [...BUILT_IN_SHORTENERS, 'djang.o'];
    const byParser = (url: string) => {
      let host: string;
      try {
        host = new URL(url).hostname.toLowerCase();
      } catch {
        return undefined;
      }
      return shorteners.find((s) => host === s || host.endsWith(`.${s}`));
    };
    const random = seededRandom(20261123);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const schemes = ['https://', 'https://', 'https://', 'http://', 'HTTPS://', 'ftp://', 'https:/', 'https:\\\\'];
    const users = ['', '', '', 'user@', 'bit.ly@', 'a:b@'];
    const hosts = [
      ...shorteners,
      'BIT.LY',
      'www.bit.ly',
      'bit.ly.evil.com',
      'evilbit.ly',
      'example.com',
      'www.djangoproject.com',
      'jupyter.org',
      'djangogirls.org',
      'EXAMPLE.ORG',
      'xn--bcher-kva.example',
      'xn--a.bit.ly',
      '127.0.0.1',
      '0x7f.1',
      'bit.ly.',
      'b\u0131t.ly',
      'bït.ly',
      'bit%2Ely',
      'localhost',
      'a..b.com',
      '-x.bit.ly',
      'x_y.bit.ly',
      '1.bit.ly',
      'bit.ly1',
    ];
    const ports = ['', '', '', ':80', ':443', ':x'];
    const tails = ['', '/', '/abc', '?q=1', '#f', '\\x', '@bit.ly', ' bit.ly', '/a/../b'];
    let shortcut = 0;
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const url = pick(schemes) + pick(users) + pick(hosts) + pick(ports) + pick(tails);
      const expected = byParser(url);
      expect(shortenerOf(url, shorteners), url).toBe(expected);
      if (expected) found++;
      if (/^https?:\/\/((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*)(?=[/?#]|$)/i.test(url) && !expected) shortcut++;
    }
    expect(found).toBeGreaterThan(2_000);
    expect(shortcut).toBeGreaterThan(300);
  });
});
