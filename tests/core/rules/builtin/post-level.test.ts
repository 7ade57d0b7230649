// code-of-conduct, content-warning, language-present, platform-available, inclusive-language, profanity
import { describe, expect, it } from 'vitest';
import { config, only, part, post } from '../fixtures.ts';

const text = (t: string, extra = {}) => post({ parts: [part(t, 5)], ...extra });

describe('code-of-conduct', () => {
  it.each([
    ['Django 6.0 is out', {}, [], []],
    ['See you at DjangoCon US 2026!', {}, [[5, 12, 'mentions DjangoCon US 2026 but the post has no code_of_conduct link']], ['Confirm DjangoCon US 2026 has a code of conduct']],
    ['The CFP for PyConDE closes soon', {}, [
      [5, 5, 'mentions CFP but the post has no code_of_conduct link'],
      [5, 13, 'mentions PyConDE but the post has no code_of_conduct link'],
    ], ['Confirm CFP has a code of conduct', 'Confirm PyConDE has a code of conduct']],
    ['Join our sprint', { codeOfConduct: 'https://djangoproject.com/conduct/' }, [], []],
    ['Join the community sprint', {}, [[5, 20, 'mentions the sprint but the post has no code_of_conduct link']], ['Confirm the sprint has a code of conduct']],
  ])('%j', async (t, extra, expected, checklist) => {
    const result = await only('code-of-conduct', { post: text(t, extra) });
    expect(result.tuples).toEqual(expected);
    expect(result.checklist.map((c) => c.text)).toEqual(checklist);
  });

  it('gives checklist items stable ids and honours the events option', async () => {
    const cfg = config({ rules: { 'code-of-conduct': ['warn', { events: ['barcamp'] }] } });
    const result = await only('code-of-conduct', { post: text('Barcamp Berlin and a sprint'), config: cfg });
    expect(result.checklist).toEqual([{ id: 'code-of-conduct:2026-12-01-release:confirm-barcamp-berlin-has-a-code-of-conduct', file: 'posts/2026-12-01-release.md', text: 'Confirm Barcamp Berlin has a code of conduct' }]);
    expect(result.findings[0]?.severity).toBe('warn');
  });
});

describe('content-warning', () => {
  const cfg = config({}, { sensitiveTopics: { 'job loss': ['layoffs', 'laid off'], death: ['passed away'] } });
  it.each([
    ['Release day', {}, []],
    ['Sad news: the team was\nlaid off today', {}, [[6, 1, "mentions 'laid off' (topic: job loss) but the post has no content_warning"]]],
    ['Layoffs at ACME', { contentWarning: 'job loss' }, []],
  ])('%j', async (t, extra, expected) => {
    expect((await only('content-warning', { post: text(t, extra), config: cfg })).tuples).toEqual(expected);
  });
});

describe('language-present', () => {
  it.each([
    ['en', []],
    [undefined, [[1, 1, 'the post has no language']]],
  ])('%j', async (language, expected) => {
    expect((await only('language-present', { post: post({ language }) })).tuples).toEqual(expected);
  });
});

describe('platform-available', () => {
  const cfg = config();
  cfg.platforms = cfg.platforms.map((p) => (p.id === 'x' ? { ...p, enabled: false, retired: { since: '2026-06-01', successor: 'bluesky' } } : p));
  it.each([
    [undefined, []],
    [['mastodon', 'bluesky'], []],
    [['x'], [[3, 1, 'x was retired on 2026-06-01 (the group moved to bluesky): this post will not be published there']]],
    [['slack'], [[3, 1, 'slack is not enabled in .github/herald.yml: this post will not be published there']]],
  ] as const)('%j', async (platforms, expected) => {
    const result = await only('platform-available', { post: post({ platforms: platforms ? [...platforms] : undefined }), config: cfg });
    expect(result.tuples).toEqual(expected);
  });

  it('reports an override for a platform the post cannot reach when it goes to every enabled platform', async () => {
    const overrides = { x: [part('For X', 6)], slack: [part('For Slack', 7)], mastodon: [part('For Mastodon', 8)] };
    expect((await only('platform-available', { post: post({ overrides }), config: cfg })).tuples).toEqual([
      [6, 1, 'x override: x was retired on 2026-06-01, so this override is never used'],
      [7, 1, 'slack override: slack is not enabled in .github/herald.yml, so this override is never used'],
    ]);
    // With platforms: the parser already warns about overrides outside them, and the list itself is checked above.
    expect((await only('platform-available', { post: post({ platforms: ['mastodon'], overrides }), config: cfg })).tuples).toEqual([]);
  });

  it('reports a platform missing from the config', async () => {
    const cfg2 = config({ platforms: [] });
    expect((await only('platform-available', { post: post({ platforms: ['discord'] }), config: cfg2 })).tuples).toEqual([
      [3, 1, 'discord is not configured in .github/herald.yml: this post will not be published there'],
    ]);
  });
});

describe('inclusive-language', () => {
  it.each([
    ['Thanks to all volunteers', [], []],
    ['Thanks, guys!', [], [[5, 9, 'Unexpected potentially insensitive use of `guys`, in somes cases `people`, `persons`, `folks` may be better']]],
    ['Thanks, guys!', ['guys'], []],
    ['Our chairman\nopened it', [], [[5, 5, 'Unexpected potentially insensitive use of `chairman`, in somes cases `chair`, `head`, `chairperson`, `coordinator`, `committee head`, `moderator`, `presiding officer` may be better']]],
  ])('%j ignoring %j', async (t, ignore, expected) => {
    expect((await only('inclusive-language', { post: text(t), config: config({}, { inclusiveIgnore: ignore }) })).tuples).toEqual(expected);
  });
});

describe('profanity', () => {
  it.each([
    ['A calm release', 1, []],
    ['What the hell happened', 1, []],
    ['What a crap release', 1, [[5, 8, 'Don’t use `crap`, it’s profane']]],
    ['An angry bug report', 1, []],
    ['An angry bug report', 0, [[5, 4, 'Be careful with `angry`, it’s profane in some cases']]],
  ])('%j at sureness %i', async (t, sureness, expected) => {
    const cfg = config({ rules: { profanity: ['warn', { sureness }] } });
    expect((await only('profanity', { post: text(t), config: cfg })).tuples).toEqual(expected);
  });
});
