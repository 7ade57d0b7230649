import { describe, expect, it } from 'vitest';
import { draftPost, selectEntries, templateProblems } from '../../../src/core/feed-drafts/draft.ts';
import { parsePost } from '../../../src/core/post/parse.ts';
import type { FeedEntry } from '../../../src/core/feed-drafts/types.ts';
import type { FeedConfig } from '../../../src/core/types.ts';

const entry = (id: string, day: number): FeedEntry => ({
  id,
  title: `News ${id}`,
  url: `https://example.org/${id}`,
  published: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
});
const entries = [entry('a', 1), entry('b', 2), entry('c', 3), entry('d', 4), entry('e', 5)];

describe('selectEntries', () => {
  it('drafts only the newest few on a first run and marks the rest seen', () => {
    const { drafts, seen } = selectEntries(entries, undefined, 2);
    expect(drafts.map((e) => e.id)).toEqual(['d', 'e']);
    expect(seen).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('never drafts an entry twice, and keeps the overflow for the next run', () => {
    const first = selectEntries(entries.slice(0, 2), undefined, 5);
    expect(first.drafts.map((e) => e.id)).toEqual(['a', 'b']);
    const second = selectEntries(entries, first.seen, 2);
    expect(second.drafts.map((e) => e.id)).toEqual(['c', 'd']);
    const third = selectEntries(entries, second.seen, 2);
    expect(third.drafts.map((e) => e.id)).toEqual(['e']);
    expect(selectEntries(entries, third.seen, 2).drafts).toEqual([]);
  });
});

describe('draftPost', () => {
  const feed: FeedConfig = {
    name: 'weblog',
    url: 'https://www.djangoproject.com/rss/weblog/',
    template: '📰 {title}\n\n{url} #Django',
    language: 'en',
    trusted: false,
    platforms: ['mastodon', 'bluesky'],
  };

  it('fills the template into a post that parses', () => {
    const draft = draftPost({ ...entry('x', 3), title: 'Django 6.0 released' }, feed, '2026-11-21');
    expect(draft.path).toBe('posts/2026-11-03-django-6-0-released.md');
    const parsed = parsePost(draft.path, draft.content);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.post.language).toBe('en');
    expect(parsed.post.platforms).toEqual(['mastodon', 'bluesky']);
    expect(parsed.post.parts).toHaveLength(1);
    expect(parsed.post.parts[0]?.text).toContain('📰 Django 6.0 released\n\nhttps://example.org/x #Django');
  });

  it('checks template placeholders', () => {
    expect(templateProblems('{title} {link}')).toEqual(['unknown placeholder {link}: use {title}, {url}, {summary}, {feed}']);
    expect(templateProblems(feed.template)).toEqual([]);
  });
});
