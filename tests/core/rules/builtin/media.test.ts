// media-count, alt-text, alt-text-length, image-credit, media-exists
import { describe, expect, it } from 'vitest';
import { config, media, only, part, post, rendition, repo } from '../fixtures.ts';

const withMedia = (...items: ReturnType<typeof media>[]) => post({ parts: [part('Our sprint in pictures', 5, items)] });

describe('media-count', () => {
  it.each([
    ['x', 4, []],
    ['x', 5, [[11, 1, 'x: the post has 5 media, x takes at most 4 per post (first extra: media/4.png)']]],
    ['linkedin', 5, []],
  ] as const)('%s with %i images', async (platform, n, expected) => {
    const items = Array.from({ length: n }, (_, i) => media({ path: `media/${i}.png`, line: 7 + i }));
    const result = await only('media-count', { renditions: [rendition(platform, [{ text: 't', count: {}, media: items }])] });
    expect(result.tuples).toEqual(expected);
  });
});

describe('media-count: a video or GIF goes alone on X', () => {
  it.each([
    ['x', ['video'], []],
    ['x', ['image', 'image', 'image', 'image'], []],
    [
      'x',
      ['image', 'video'],
      [[8, 1, 'x: the post has a video (media/1.mp4) and 1 other media; x takes up to 4 images, or 1 video or 1 animated GIF alone']],
    ],
    [
      'x',
      ['gif', 'image', 'image'],
      [[7, 1, 'x: the post has a GIF (media/0.mp4) and 2 other media; x takes up to 4 images, or 1 video or 1 animated GIF alone']],
    ],
    ['mastodon', ['image', 'video'], []],
  ] as const)('%s with %j', async (platform, kinds, expected) => {
    const items = kinds.map((kind, i) => media({ path: `media/${i}.${kind === 'image' ? 'png' : 'mp4'}`, kind, line: 7 + i }));
    const result = await only('media-count', { renditions: [rendition(platform, [{ text: 't', count: {}, media: items }])] });
    expect(result.tuples).toEqual(expected);
  });
});

describe('media-count hints', () => {
  it('tells a single post how to become a thread, and a thread to move media along', async () => {
    const items = Array.from({ length: 5 }, (_, i) => media({ path: `media/${i}.png`, line: 7 + i }));
    const single = await only('media-count', { renditions: [rendition('x', [{ text: 't', count: {}, media: items }])] });
    expect(single.findings[0]?.hint).toBe('Make it a thread: add a line with only --- and move some media below it.');
    const thread = await only('media-count', {
      renditions: [
        rendition('x', [
          { text: 't', count: {}, media: items },
          { text: 'u', count: {}, media: [] },
        ]),
      ],
    });
    expect(thread.findings[0]?.hint).toBe('Move some media to another part of the thread.');
  });
});

describe('alt-text', () => {
  it.each([
    ['a description', 'Volunteers around a table at the sprint', []],
    ['empty', '  ', [[7, 1, 'image media/sprint.png has no alt text']]],
    ['a placeholder word', 'Photo.', [[7, 1, "image media/sprint.png has the alt text 'Photo.', which does not say what it shows"]]],
    ['the file name', 'sprint.png', [[7, 1, "image media/sprint.png has a file name as alt text ('sprint.png')"]]],
    ['a camera name', 'IMG_2041', [[7, 1, "image media/sprint.png has a file name as alt text ('IMG_2041')"]]],
    ['the post text', 'Our sprint in pictures!', [[7, 1, 'image media/sprint.png has the post text as alt text']]],
  ])('%s', async (_name, alt, expected) => {
    expect((await only('alt-text', { post: withMedia(media({ alt })) })).tuples).toEqual(expected);
  });
});

describe('alt-text-length', () => {
  it.each([
    ['x', 1000, []],
    ['x', 1001, [[7, 1, 'x: alt text of media/sprint.png is 1001/1000 characters (1 over)']]],
    ['mastodon', 1001, []],
  ] as const)('%s, %i characters', async (platform, n, expected) => {
    const item = media({ alt: 'a'.repeat(n) });
    const result = await only('alt-text-length', { renditions: [rendition(platform, [{ text: 't', count: {}, media: [item] }])] });
    expect(result.tuples).toEqual(expected);
  });

  it('follows a configured limit', async () => {
    const cfg = config();
    cfg.platforms = cfg.platforms.map((p) => (p.id === 'mastodon' ? { ...p, limits: { altText: 10 } } : p));
    const item = media({ alt: 'eleven char' });
    const result = await only('alt-text-length', {
      config: cfg,
      renditions: [rendition('mastodon', [{ text: 't', count: {}, media: [item] }])],
    });
    expect(result.tuples).toEqual([[7, 1, 'mastodon: alt text of media/sprint.png is 11/10 characters (1 over)']]);
  });
});

describe('image-credit', () => {
  it.each([
    ['credited image', media(), []],
    ['uncredited image', media({ credit: undefined }), [[7, 1, 'image media/sprint.png has no credit']]],
    ['blank credit', media({ credit: ' ' }), [[7, 1, 'image media/sprint.png has no credit']]],
    ['uncredited video', media({ kind: 'video', credit: undefined, path: 'media/talk.mp4' }), []],
  ])('%s', async (_name, item, expected) => {
    expect((await only('image-credit', { post: withMedia(item) })).tuples).toEqual(expected);
  });
});

describe('media-exists', () => {
  it.each([
    ['present', ['media/sprint.png'], []],
    ['missing', [], [[7, 1, 'media/sprint.png does not exist in the repository']]],
  ])('%s', async (_name, existing, expected) => {
    const p = withMedia(media());
    expect((await only('media-exists', { post: p, repo: repo([p], existing) })).tuples).toEqual(expected);
  });

  it('says how the path was resolved, as docs/post-format.md describes', async () => {
    const p = withMedia(media());
    const [finding] = (await only('media-exists', { post: p, repo: repo([p], []) })).findings;
    expect(finding?.hint).toContain("relative to the post's folder, or to the repository root when it starts with /");
  });

  it('checks override media too, each once', async () => {
    const shared = media({ path: 'media/gone.png' });
    const p = post({
      parts: [part('a', 5, [shared])],
      overrides: { x: [part('b', 12, [shared, media({ path: 'media/x.png', line: 13 })])] },
    });
    const result = await only('media-exists', { post: p, repo: repo([p], []) });
    expect(result.tuples).toEqual([
      [7, 1, 'media/gone.png does not exist in the repository'],
      [13, 1, 'media/x.png does not exist in the repository'],
    ]);
  });
});

describe('alt-text-sent', () => {
  it.each([
    ['reddit', [[7, 1, "reddit: the alt text of media/0.png is not published there: Reddit's API takes no alt text for images"]]],
    ['facebook', []],
    ['mastodon', []],
  ] as const)('%s', async (platform, expected) => {
    const result = await only('alt-text-sent', {
      renditions: [rendition(platform, [{ text: 't', count: {}, media: [media({ path: 'media/0.png', line: 7 })] }])],
    });
    expect(result.tuples.map(([line, column, message]) => [line, column, String(message).split(' (')[0]])).toEqual(expected);
    if (expected.length) expect(result.findings[0]?.hint).toContain('overrides.reddit');
  });
});
