import { describe, expect, it } from 'vitest';
import { only, part, post, rendition } from '../fixtures.ts';

describe('length', () => {
  it.each([
    ['fits', [{ text: 'short', count: { used: 5, limit: 280 } }], []],
    ['exactly at the limit', [{ text: 'x'.repeat(280), count: { used: 280, limit: 280 } }], []],
  ])('%s: no finding', async (_name, parts, expected) => {
    expect((await only('length', { renditions: [rendition('x', parts)] })).tuples).toEqual(expected);
  });

  it('points at the overflow inside a thread part, on the right line and column', async () => {
    const text = 'first line\nsecond line goes on and on';
    const p = post({ parts: [part('intro', 5), part(text, 10, [], 1)] });
    const result = await only('length', {
      post: p,
      renditions: [
        rendition('x', [
          { text: 'intro', count: { used: 5, limit: 280 } },
          { text, count: { used: 297, limit: 280, overflowAt: 18 }, line: 10 },
        ]),
      ],
    });
    expect(result.tuples).toEqual([[11, 8, "x: part 2 is 297/280 (17 over); the overflow starts at line 11 col 8 'line goes on and on'"]]);
    expect(result.findings[0]).toMatchObject({ platform: 'x', severity: 'error', ruleId: 'length' });
  });

  it.each([
    ['x', 1, 'Shorten the text, or add a shorter override for x, or split it into a thread (a line with only ---).'],
    ['x', 2, 'Shorten this part or move text to the next part.'],
    ['discord', 1, "Shorten the text, or add a shorter override for discord (discord joins a thread's parts into one message)."],
    ['linkedin', 2, "Shorten the text, or add a shorter override for linkedin (linkedin joins a thread's parts into one message)."],
  ] as const)('tells %s with %i part(s) what will help', async (platform, n, hint) => {
    const over = { text: 'long', count: { used: 9999, limit: 280, overflowAt: 2 } };
    const parts = n === 1 ? [over] : [{ text: 'a', count: { used: 1, limit: 280 } }, over];
    const result = await only('length', { renditions: [rendition(platform, parts)] });
    expect(result.findings.map((f) => f.hint)).toEqual([hint]);
  });

  it('reports Bluesky bytes separately', async () => {
    const result = await only('length', {
      post: post({ parts: [part('ééé')] }),
      renditions: [
        rendition('bluesky', [{ text: 'ééé', count: { used: 3, limit: 300, bytes: { used: 3012, limit: 3000 }, overflowAt: 1 } }]),
      ],
    });
    expect(result.tuples).toEqual([[5, 2, "bluesky: 3012/3000 bytes (12 over); the overflow starts at line 5 col 2 'éé'"]]);
  });

  it('finds the overflow in the source when the renderer changed the text', async () => {
    const source = 'See [the notes](https://example.com) for all the details';
    const rendered = 'See the notes https://example.com for all the details';
    const result = await only('length', {
      post: post({ parts: [part(source, 8, [], 3)] }),
      renditions: [
        rendition('mastodon', [
          { text: rendered, count: { used: 510, limit: 500, overflowAt: rendered.indexOf('all the') }, line: 8, column: 3 },
        ]),
      ],
    });
    expect(result.tuples[0]?.slice(0, 2)).toEqual([8, 3 + source.indexOf('all the')]);
  });

  it('reports characters the platform refuses', async () => {
    const result = await only('length', {
      post: post({ parts: [part('a\uFEFFb')] }),
      renditions: [rendition('x', [{ text: 'a\uFEFFb', count: { used: 2, limit: 280, invalidAt: 1 } }])],
    });
    expect(result.tuples).toEqual([[5, 2, 'x: contains U+FEFF, which x refuses']]);
  });
});
