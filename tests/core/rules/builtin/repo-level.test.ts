// sponsor-saturation, posting-cadence: rules that read the repository's other posts
import { describe, expect, it } from 'vitest';
import { config, only, part, post, repo } from '../fixtures.ts';

const dated = (file: string, text: string, publishAt?: string, platforms?: ('mastodon' | 'x')[]) =>
  post({ file, id: file, parts: [part(text, 6)], publishAt: publishAt ? new Date(publishAt) : undefined, platforms });

describe('sponsor-saturation', () => {
  const cfg = config({ rules: { 'sponsor-saturation': ['warn', { max: 2, days: 30 }] } }, { sponsors: ['Acme Cloud'] });
  const earlier = [dated('posts/2026-11-01-a.md', 'Thanks Acme Cloud!'), dated('posts/2026-11-20-b.md', 'Hosted by acme cloud')];

  it.each([
    [
      'third mention in the window',
      'posts/2026-11-25-c.md',
      'More thanks to Acme Cloud',
      [
        [
          6,
          16,
          'sponsor Acme Cloud is mentioned in 3 posts within 30 days (at most 2): posts/2026-11-01-a.md, posts/2026-11-20-b.md, posts/2026-11-25-c.md',
        ],
      ],
    ],
    ['outside the window', 'posts/2027-01-15-c.md', 'More thanks to Acme Cloud', []],
    ['no mention', 'posts/2026-11-25-c.md', 'Release notes', []],
  ])('%s', async (_name, file, text, expected) => {
    const p = dated(file, text);
    expect((await only('sponsor-saturation', { post: p, config: cfg, repo: repo([...earlier, p]) })).tuples).toEqual(expected);
  });

  it('counts the sponsor field and undated posts on today', async () => {
    const p = post({ file: 'posts/undated.md', parts: [part('A campaign', 6)], sponsor: 'Acme Cloud', fieldLines: { sponsor: 4 } });
    const result = await only('sponsor-saturation', {
      post: p,
      config: cfg,
      repo: repo([...earlier, p]),
      now: new Date('2026-11-22T10:00:00Z'),
    });
    expect(result.tuples.map(([line, column]) => [line, column])).toEqual([[4, 1]]);
  });
});

describe('posting-cadence', () => {
  const cfg = config({ rules: { 'posting-cadence': ['warn', { maxPerDay: 2 }] } });
  it('counts per platform and per day in the configured time zone', async () => {
    // 23:30 UTC on 30 Nov is 1 Dec in Amsterdam.
    const others = [
      dated('posts/2026-12-01-a.md', 'a', undefined, ['mastodon']),
      dated('posts/x-b.md', 'b', '2026-11-30T23:30:00Z', ['mastodon', 'x']),
    ];
    const p = dated('posts/2026-12-01-c.md', 'c', '2026-12-01T09:00:00+01:00', ['mastodon', 'x']);
    const result = await only('posting-cadence', { post: p, config: cfg, repo: repo([...others, p]) });
    expect(result.findings.map((f) => [f.line, f.column, f.platform, f.message])).toEqual([
      [4, 1, 'mastodon', 'mastodon: 3 posts on 2026-12-01 (at most 2); also posts/2026-12-01-a.md, posts/x-b.md'],
    ]);
  });

  it.each([
    ['posts without a date in the name and without publish_at do not count', 'posts/about.md', []],
    ['a day boundary in the time zone separates days', 'posts/2026-12-02-c.md', []],
  ])('%s', async (_name, file, expected) => {
    const others = [
      dated('posts/notes-a.md', 'a', undefined, ['mastodon']),
      dated('posts/2026-12-01-b.md', 'b', undefined, ['mastodon']),
      dated('posts/2026-12-01-d.md', 'd', undefined, ['mastodon']),
    ];
    const p = dated(file, 'c', undefined, ['mastodon']);
    expect((await only('posting-cadence', { post: p, config: cfg, repo: repo([...others, p]) })).tuples).toEqual(expected);
  });
});
