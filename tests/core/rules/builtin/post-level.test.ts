// code-of-conduct, content-warning, language-present, platform-available, inclusive-language, profanity
import { describe, expect, it } from 'vitest';
import { config, only, part, post } from '../fixtures.ts';
import { repoView } from '../../../../src/core/rules/index.ts';

const text = (t: string, extra = {}) => post({ parts: [part(t, 5)], ...extra });

describe('code-of-conduct', () => {
  it.each([
    ['Django 6.0 is out', {}, [], []],
    [
      'See you at DjangoCon US 2026!',
      {},
      [[5, 12, 'mentions DjangoCon US 2026 but links no code of conduct']],
      ['Confirm that DjangoCon US 2026 has a code of conduct'],
    ],
    // The CFP is PyConDE's: one event, one finding, one checklist item.
    [
      'The CFP for PyConDE closes soon',
      {},
      [[5, 13, 'mentions PyConDE but links no code of conduct']],
      ['Confirm that PyConDE has a code of conduct'],
    ],
    ['Join our sprint', { codeOfConduct: 'https://djangoproject.com/conduct/' }, [], []],
    [
      'Join the community sprint',
      {},
      [[5, 20, 'mentions the sprint but links no code of conduct']],
      ['Confirm that the sprint has a code of conduct'],
    ],
    // The name stops at the line break: "Sign" starts the next paragraph.
    [
      'Come to the sprints\n\nSign up today',
      {},
      [[5, 13, 'mentions the sprints but links no code of conduct']],
      ['Confirm that the sprints have a code of conduct'],
    ],
    [
      'DjangoCon Europe 2027: the CFP is open.\nThe conference and the sprints welcome first-time speakers.\nSee you at the conference!',
      {},
      [[5, 1, 'mentions DjangoCon Europe 2027 but links no code of conduct']],
      ['Confirm that DjangoCon Europe 2027 has a code of conduct'],
    ],
  ])('%j', async (t, extra, expected, checklist) => {
    const result = await only('code-of-conduct', { post: text(t, extra) });
    expect(result.tuples).toEqual(expected);
    expect(result.checklist.map((c) => c.text)).toEqual(checklist);
  });

  it('gives checklist items stable ids and honours the events option', async () => {
    const cfg = config({ rules: { 'code-of-conduct': ['warn', { events: ['barcamp'] }] } });
    const result = await only('code-of-conduct', { post: text('Barcamp Berlin and a sprint'), config: cfg });
    expect(result.checklist).toEqual([
      {
        id: 'code-of-conduct:2026-12-01-release:confirm-that-barcamp-berlin-has-a-code-of-conduct',
        file: 'posts/2026-12-01-release.md',
        text: 'Confirm that Barcamp Berlin has a code of conduct',
      },
    ]);
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
  cfg.platforms = cfg.platforms.map((p) =>
    p.id === 'x' ? { ...p, enabled: false, retired: { since: '2026-06-01', successor: 'bluesky' } } : p,
  );
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
    ['Thanks, guys!', [], [[5, 9, '“guys” can leave out or hurt some readers']]],
    ['Thanks, guys!', ['guys'], []],
    ['Our chairman\nopened it', [], [[5, 5, '“chairman” can leave out or hurt some readers']]],
  ])('%j ignoring %j', async (t, ignore, expected) => {
    expect((await only('inclusive-language', { post: text(t), config: config({}, { inclusiveIgnore: ignore }) })).tuples).toEqual(expected);
  });

  it("says why and what to say instead in Herald's words, never retext's raw text", async () => {
    const [finding] = (await only('inclusive-language', { post: text('Thanks, guys!') })).findings;
    expect(finding?.hint).toBe(
      "Say “people”, “persons” or “folks” instead: the code of conduct asks for welcoming words. If it is right here, add 'guys' to words.inclusive_ignore.",
    );
    expect(`${finding?.message} ${finding?.hint}`).not.toMatch(/somes|`|Unexpected/);
  });
});

describe('profanity', () => {
  it.each([
    ['A calm release', 1, []],
    ['What the hell happened', 1, []],
    ['What a crap release', 1, [[5, 8, '“crap” is profane']]],
    ['An angry bug report', 1, []],
    ['An angry bug report', 0, [[5, 4, '“angry” can read as profane']]],
  ])('%j at sureness %i', async (t, sureness, expected) => {
    const cfg = config({ rules: { profanity: ['warn', { sureness }] } });
    expect((await only('profanity', { post: text(t), config: cfg })).tuples).toEqual(expected);
  });
});

describe('publish-at-past', () => {
  const at = (iso: string) => post({ parts: [part('Hi', 5)], publishAt: new Date(iso), fieldLines: { publish_at: 3 } });
  it.each([
    ['2026-11-21T09:00:00Z', []],
    ['2026-11-20T13:00:00Z', []],
    ['2026-11-15T13:00:00Z', []],
    [
      '2025-12-15T16:00:00Z',
      [[3, 1, 'publish_at Mon 15 Dec 2025, 17:00 CET was 340 days ago: if the post is not published yet, merging publishes it at once']],
    ],
  ])('%s on 2026-11-21', async (iso, expected) => {
    expect((await only('publish-at-past', { post: at(iso) })).tuples).toEqual(expected);
  });

  it('says nothing of a post already published', async () => {
    const repo = { ...repoView([], () => true), published: (id: string) => id === '2026-12-01-release' };
    expect((await only('publish-at-past', { post: at('2025-12-15T16:00:00Z'), repo })).findings).toEqual([]);
  });

  it('says the time in the config time zone', async () => {
    const result = await only('publish-at-past', { post: at('2025-12-15T16:00:00Z'), config: config({ timezone: 'America/New_York' }) });
    expect(result.findings[0]?.message).toContain('publish_at Mon 15 Dec 2025, 11:00 GMT-5 was 340 days ago');
  });
});
