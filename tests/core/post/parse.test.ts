import { describe, expect, it } from 'vitest';
import { parsePost, type ParseResult } from '../../../src/core/post/parse.ts';
import type { Finding, Post } from '../../../src/core/types.ts';

const FILE = 'posts/2026-12-01-launch.md';
const post = (front: string, body = 'Hello Django!\n') => `---\n${front}\n---\n${body}`;

function ok(result: ParseResult): Post {
  if (!result.ok) throw new Error(`expected ok, got:\n${result.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n')}`);
  return result.post;
}
function errors(result: ParseResult): Finding[] {
  expect(result.ok).toBe(false);
  return result.findings.filter((f) => f.severity === 'error');
}

describe('parsePost: fields', () => {
  const valid: [string, string, Partial<Post>][] = [
    ['platforms', 'platforms: [mastodon, x]', { platforms: ['mastodon', 'x'] }],
    ['reply_to', 'reply_to: https://fosstodon.org/@django/1', { replyTo: 'https://fosstodon.org/@django/1' }],
    ['quote', 'quote: https://bsky.app/profile/a.b/post/3x', { quote: 'https://bsky.app/profile/a.b/post/3x' }],
    ['content_warning', 'content_warning: " Burnout "', { contentWarning: 'Burnout' }],
    ['language canonicalised', 'language: EN-gb', { language: 'en-GB' }],
    ['visibility', 'visibility: unlisted', { visibility: 'unlisted' }],
    ['publish_at with offset', 'publish_at: 2026-12-01T09:00:00+01:00', { publishAt: new Date('2026-12-01T08:00:00Z') }],
    ['publish_at with Z and fraction', 'publish_at: 2026-12-01T09:00:00.5Z', { publishAt: new Date('2026-12-01T09:00:00.500Z') }],
    ['link_card', 'link_card: false', { linkCard: false }],
    ['code_of_conduct', 'code_of_conduct: https://djangocon.eu/conduct/', { codeOfConduct: 'https://djangocon.eu/conduct/' }],
    ['outside_goals', 'outside_goals: true', { outsideGoals: true }],
    ['sponsor', 'sponsor: JetBrains', { sponsor: 'JetBrains' }],
    ['tags', 'tags: [release, community]', { tags: ['release', 'community'] }],
    ['empty value means unset', 'content_warning:', { linkCard: true }],
  ];
  it.each(valid)('%s', (_, front, expected) => {
    expect(ok(parsePost(FILE, post(front)))).toMatchObject(expected);
  });

  it('has defaults, id from the file name and the line of each key', () => {
    const result = ok(parsePost(FILE, post('language: en\n\ntags: [a]')));
    expect(result).toMatchObject({ id: '2026-12-01-launch', file: FILE, linkCard: true, outsideGoals: false, overrides: {} });
    expect(result.platforms).toBeUndefined();
    expect(result.fieldLines).toEqual({ language: 2, tags: 4 });
  });

  const invalid: [string, string, number, number, string][] = [
    [
      'unknown field with suggestion',
      'publish_date: 2026-12-01T09:00:00Z',
      2,
      1,
      'unknown field "publish_date". Did you mean "publish_at"?',
    ],
    ['camelCase field', 'replyTo: https://a.example/1', 2, 1, 'Did you mean "reply_to"?'],
    ['alias cw', 'cw: spoilers', 2, 1, 'Did you mean "content_warning"?'],
    ['unknown platform', 'platforms: [mastodon, twitter]', 2, 23, 'platforms[1]: unknown platform "twitter". Did you mean "x"?'],
    [
      'platforms not a list',
      'platforms: mastodon',
      2,
      12,
      'platforms: expected a list, e.g. [mastodon, bluesky] (for one item: [mastodon])',
    ],
    ['platforms empty', 'platforms: []', 2, 12, 'platforms: the list is empty'],
    ['reply_to not a URL', 'reply_to: fosstodon.org/@django/1', 2, 11, 'reply_to: expected an https:// URL'],
    ['quote javascript: URL', 'quote: "javascript:alert(1)"', 2, 8, 'quote: expected an https:// URL'],
    ['repost number', 'repost: 12', 2, 9, 'repost: expected an https:// URL'],
    [
      'code_of_conduct not a URL',
      'code_of_conduct: see website',
      2,
      18,
      'code_of_conduct: expected an https:// URL, e.g. https://2027.djangocon.eu/conduct/',
    ],
    ['language invalid', 'language: english', 2, 11, 'language: expected a BCP 47 language tag'],
    ['language underscore', 'language: pt_BR', 2, 11, 'Did you mean "pt-BR"?'],
    [
      'visibility invalid',
      'visibility: followers',
      2,
      13,
      'visibility: expected one of public, unlisted, private, direct (got "followers")',
    ],
    [
      'publish_at without offset',
      'publish_at: 2026-12-01T09:00:00',
      2,
      13,
      'publish_at: expected an ISO 8601 date-time with an offset, e.g. 2026-12-01T09:00:00+01:00: the offset is missing',
    ],
    ['publish_at date only', 'publish_at: 2026-12-01', 2, 13, 'a date alone is not enough'],
    ['publish_at impossible day', 'publish_at: 2026-02-30T09:00:00Z', 2, 13, 'day 30 does not exist in month 2'],
    ['publish_at number', 'publish_at: 2026', 2, 13, 'publish_at: expected an ISO 8601 date-time'],
    ['link_card yes', 'link_card: yes', 2, 12, 'link_card: expected true or false (got "yes", which YAML reads as text)'],
    ['outside_goals string', 'outside_goals: "true"', 2, 16, 'outside_goals: expected true or false'],
    ['sponsor empty string', 'sponsor: ""', 2, 10, 'sponsor: must not be empty'],
    ['tags single string', 'tags: release', 2, 7, 'tags: expected a list'],
    ['tags with a number', 'tags: [release, 7]', 2, 17, 'tags[1]: expected a text'],
    ['overrides not a map', 'overrides: shorter', 2, 12, 'overrides: expected a mapping'],
    ['override unknown platform', 'overrides:\n  twiter: short', 3, 3, 'overrides: unknown platform "twiter". Did you mean "x"?'],
    ['override empty', 'overrides:\n  x: "  "', 3, 6, 'overrides.x: must not be empty'],
    ['front matter is a list', '- a\n- b', 2, 1, 'front matter: expected fields as key: value lines'],
    ['YAML syntax error', 'language: [en', 2, 11, 'YAML: the [ opened here is never closed'],
    ['duplicate key', 'language: en\nlanguage: de', 3, 1, '"language" appears twice'],
    ['custom tag', 'sponsor: !js/function "x"', 2, 10, 'YAML tag !js/function is not allowed'],
    ['core-schema foreign tag', 'sponsor: !!binary aGVsbG8=', 2, 10, 'is not allowed'],
    ['merge key is just an unknown field', 'base: &b {language: en}\n<<: *b', 2, 1, 'unknown field "base"'],
  ];
  it.each(invalid)('%s', (_, front, line, column, message) => {
    const found = errors(parsePost(FILE, post(front)));
    expect(found[0]).toMatchObject({ ruleId: 'parse', severity: 'error', file: FILE, line, column });
    expect(found[0]!.message).toContain(message);
  });
});

describe('parsePost: combinations', () => {
  const cases: [string, string, string, number, string][] = [
    ['repost with a body', 'repost: https://fosstodon.org/@django/1', 'Look at this\n', 4, 'repost: a repost carries no text'],
    [
      'repost with reply_to',
      'repost: https://a.example/1\nreply_to: https://a.example/2',
      '',
      3,
      'reply_to: cannot be combined with repost',
    ],
    [
      'repost with a content warning',
      'repost: https://a.example/1\ncontent_warning: x',
      '',
      3,
      'content_warning: cannot be combined with repost',
    ],
    ['repost with overrides', 'repost: https://a.example/1\noverrides:\n  x: hi', '', 3, 'overrides: a repost carries no text'],
    [
      'reply and quote',
      'reply_to: https://a.example/1\nquote: https://a.example/2',
      'Hi\n',
      3,
      'quote: a post can reply to one post or quote one, not both',
    ],
    ['no text at all', 'language: en', '', 4, 'the post has no text'],
    ['only blank lines', 'language: en', '\n\n  \n', 4, 'the post has no text'],
    ['override for one platform only', 'overrides:\n  x: hi', '', 5, 'the post has no text'],
  ];
  it.each(cases)('%s', (_, front, body, line, message) => {
    const found = errors(parsePost(FILE, post(front, body)));
    expect(found.map((f) => f.message).join('\n')).toContain(message);
    expect(found.find((f) => f.message.includes(message))!.line).toBe(line);
  });

  it('accepts a repost without text', () => {
    const result = ok(parsePost(FILE, post('repost: https://fosstodon.org/@django/1', '')));
    expect(result.parts).toEqual([]);
    expect(result.repost).toBe('https://fosstodon.org/@django/1');
  });

  it('lists the known fields only when it has no suggestion', () => {
    const guessed = parsePost(FILE, post('publish-at: 2026-12-01T09:00:00Z'));
    expect(guessed.findings).toEqual([expect.objectContaining({ message: 'unknown field "publish-at". Did you mean "publish_at"?' })]);
    expect(guessed.findings[0]?.hint).toBeUndefined();
    const lost = parsePost(FILE, post('colour: green'));
    expect(lost.findings).toEqual([
      expect.objectContaining({ message: 'unknown field "colour"', hint: expect.stringContaining('known fields: platforms, overrides,') }),
    ]);
  });

  it('accepts a repost next to empty keys, which mean "not set"', () => {
    const result = ok(parsePost(FILE, post('repost: https://fosstodon.org/@django/1\ncontent_warning:\nreply_to:', '')));
    expect(result.contentWarning).toBeUndefined();
  });

  it('accepts an empty body when every listed platform has an override', () => {
    const result = ok(parsePost(FILE, post('platforms: [x]\noverrides:\n  x: Short one', '')));
    expect(result.parts).toEqual([]);
    expect(result.overrides.x?.[0]?.text).toBe('Short one');
  });

  it('warns about an override for a platform that is not targeted', () => {
    const result = parsePost(FILE, post('platforms: [mastodon]\noverrides:\n  x: Short'));
    expect(result.ok).toBe(true);
    // At the override itself (line 4, where `x: Short` is), not at the `overrides:` line above it.
    expect(result.findings).toEqual([
      expect.objectContaining({ severity: 'warn', line: 4, column: 6, message: expect.stringContaining('overrides.x: never used') }),
    ]);
  });

  it('refuses an unquoted value whose hashtag YAML would read as a comment, and keeps real comments', () => {
    const lost = parsePost(FILE, post('overrides:\n  x: Django 6.0 is out! #Django'));
    expect(lost.ok).toBe(false);
    expect(lost.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 3,
        column: 6,
        message: 'overrides.x: "#Django" starts a YAML comment here, so it and what follows would be left out of the text',
        hint: 'put the whole value in double quotes, e.g. x: "Django 6.0 is out! #Django", or use a | block',
      }),
    ]);
    const quoted = ok(parsePost(FILE, post('overrides:\n  x: "Django 6.0 is out! #Django"')));
    expect(quoted.overrides.x?.[0]?.text).toBe('Django 6.0 is out! #Django');
    const noted = ok(parsePost(FILE, post('language: en # English\ncontent_warning: spoilers  # season 2')));
    expect([noted.language, noted.contentWarning]).toEqual(['en', 'spoilers']);
  });
});
