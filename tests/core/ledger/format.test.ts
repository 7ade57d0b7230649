import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { parseLedger, serialiseLedger } from '../../../src/core/ledger/format.ts';
import type { LedgerEntry } from '../../../src/core/ledger/types.ts';

const entry: LedgerEntry = {
  postId: '2026-12-01-django-6-0',
  file: 'posts/2026-12-01-django-6-0.md',
  contentHash: 'sha256:abc',
  platforms: {
    mastodon: [
      { index: 1, key: 'k-m-1', state: 'intent', run: '7-1', intentAt: '2026-12-01T10:00:01.000Z' },
      {
        index: 0,
        key: 'k-m-0',
        state: 'live',
        run: '7-1',
        intentAt: '2026-12-01T10:00:00.000Z',
        id: '109',
        url: 'https://m.example/@dj/109',
        liveAt: '2026-12-01T10:00:02.000Z',
      },
    ],
    bluesky: [
      {
        index: 0,
        key: 'k-b-0',
        state: 'live',
        run: '7-1',
        intentAt: '2026-12-01T10:00:00.000Z',
        id: 'at://did:plc:x/app.bsky.feed.post/3k',
        url: 'https://bsky.app/profile/x/post/3k',
        liveAt: '2026-12-01T10:00:03.000Z',
        ref: { cid: 'bafy' },
      },
    ],
  },
};

describe('ledger file format', () => {
  it('round-trips an entry, parts in order', () => {
    const text = serialiseLedger(entry);
    const back = parseLedger('published/x.yml', text);
    expect(back.platforms.mastodon!.map((p) => p.index)).toEqual([0, 1]);
    expect(back).toEqual({
      ...entry,
      platforms: { ...entry.platforms, mastodon: [entry.platforms.mastodon![1], entry.platforms.mastodon![0]] },
    });
  });

  it('is readable by a person: header, platforms in a fixed order, URLs in plain sight', () => {
    const text = serialiseLedger({ ...entry, scheduledFor: '2026-12-02T09:00:00.000Z' });
    expect(text.startsWith('# Herald publication ledger')).toBe(true);
    expect(text.indexOf('mastodon:')).toBeLessThan(text.indexOf('bluesky:'));
    expect(text).toContain('url: https://m.example/@dj/109');
    expect(text).toContain('scheduled_for: 2026-12-02T09:00:00.000Z');
    expect(serialiseLedger(entry)).toBe(serialiseLedger(parseLedger('f', serialiseLedger(entry))));
  });

  it.each([
    ['not YAML', 'post: [', /not valid YAML/],
    ['a list', '- a', /expected a mapping/],
    ['missing post', 'file: posts/a.md\ncontent: b\n', /post: expected a non-empty string/],
    ['a file outside posts/', 'post: a\nfile: docs/notes.md\ncontent: c\n', /file: expected a post under posts\//],
    ['a file climbing out of posts/', 'post: a\nfile: posts/../action/dist/index.md\ncontent: c\n', /file: expected a post under posts\//],
    ['a file that is no post', 'post: a\nfile: posts/media/pic.png\ncontent: c\n', /file: expected a post under posts\//],
    ['unknown platform', 'post: a\nfile: posts/b.md\ncontent: c\nplatforms:\n  myspace: []\n', /platforms.myspace: unknown platform/],
    [
      'bad state',
      'post: a\nfile: posts/b.md\ncontent: c\nplatforms:\n  x:\n    - {part: 0, state: sent, key: k, run: r, intent_at: t}\n',
      /state: expected "intent" or "live"/,
    ],
    [
      'live without url',
      'post: a\nfile: posts/b.md\ncontent: c\nplatforms:\n  x:\n    - {part: 0, state: live, key: k, run: r, intent_at: t, id: "1"}\n',
      /needs id and url/,
    ],
  ])('rejects %s with the file and line', (_name, text, message) => {
    const error = (() => {
      try {
        parseLedger('published/a.yml', text);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^published\/a\.yml:\d+:\d+: /);
    expect((error as InputError).message).toMatch(message);
  });

  it('points at the line of the bad part', () => {
    const text = 'post: a\nfile: posts/b.md\ncontent: c\nplatforms:\n  x:\n    - part: 0\n      state: sent\n';
    expect(() => parseLedger('p.yml', text)).toThrow(/^p\.yml:6:/);
  });

  it('refuses YAML aliases (a ledger is never that clever)', () => {
    const text = 'post: &a a\nfile: *a\ncontent: c\n';
    expect(() => parseLedger('p.yml', text)).toThrow();
  });
});
