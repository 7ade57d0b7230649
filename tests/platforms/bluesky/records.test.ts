import { describe, expect, it } from 'vitest';
import { linkCardTarget, selfLabels } from '../../../src/platforms/bluesky/records.ts';
import { parsePostAddress } from '../../../src/platforms/bluesky/refs.ts';
import { facet, image, part, rendition } from '../../helpers/bluesky-fixtures.ts';

describe('selfLabels', () => {
  it.each([
    ['graphic injury', ['graphic-media']],
    ['Nudity (art class)', ['nudity']],
    ['NSFW', ['sexual']],
    ['spoilers for the keynote', []],
    ['politics', []],
  ])('maps the warning "%s" on a post with images', (warning, values) => {
    const labels = selfLabels(warning, true);
    expect(labels?.values ?? []).toEqual(values.map((val) => ({ val })));
  });

  it('labels nothing without images or without a warning', () => {
    expect(selfLabels('graphic injury', false)).toBeUndefined();
    expect(selfLabels(undefined, true)).toBeUndefined();
  });
});

describe('linkCardTarget', () => {
  const text = 'See https://example.org/a and https://example.org/b';
  const links = [
    facet(text, 'https://example.org/a', 'link', 'https://example.org/a'),
    facet(text, 'https://example.org/b', 'link', 'https://example.org/b'),
  ];

  it('is the first link of the first part', () => {
    expect(linkCardTarget(rendition([part(text, links)], { linkCard: true }), 0)).toBe('https://example.org/a');
  });

  it('is nothing for later parts, opted-out posts, images, quotes, or no link', () => {
    expect(linkCardTarget(rendition([part(text, links), part(text, links)], { linkCard: true }), 1)).toBeUndefined();
    expect(linkCardTarget(rendition([part(text, links)], { linkCard: false }), 0)).toBeUndefined();
    expect(linkCardTarget(rendition([part(text, links, [image('a.png', 'a')])], { linkCard: true }), 0)).toBeUndefined();
    expect(
      linkCardTarget(rendition([part(text, links)], { linkCard: true, quote: 'at://did:plc:x/app.bsky.feed.post/3k' }), 0),
    ).toBeUndefined();
    expect(linkCardTarget(rendition([part('no links')], { linkCard: true }), 0)).toBeUndefined();
  });
});

describe('parsePostAddress', () => {
  it.each([
    ['https://bsky.app/profile/alice.bsky.social/post/3kq2abc', { actor: 'alice.bsky.social', rkey: '3kq2abc' }],
    ['https://bsky.app/profile/did:plc:abc123/post/3kq2abc/', { actor: 'did:plc:abc123', rkey: '3kq2abc' }],
    ['https://bsky.app/profile/did%3Aplc%3Aabc123/post/3kq2abc?ref=x', { actor: 'did:plc:abc123', rkey: '3kq2abc' }],
    ['at://did:plc:abc123/app.bsky.feed.post/3kq2abc', { actor: 'did:plc:abc123', rkey: '3kq2abc' }],
  ])('reads %s', (address, expected) => {
    expect(parsePostAddress(address, 'posts/a.md: reply_to')).toEqual(expected);
  });

  it.each([
    'https://evil.example/profile/alice/post/3k',
    'https://bsky.app/profile/alice',
    'at://did:plc:abc/app.bsky.feed.like/3k',
    'alice',
  ])('refuses %s, naming the field', (address) => {
    expect(() => parsePostAddress(address, 'posts/a.md: reply_to')).toThrow(
      `bluesky: posts/a.md: reply_to: "${address}" is not a Bluesky post address`,
    );
  });
});
