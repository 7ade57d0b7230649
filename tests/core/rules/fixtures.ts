// Builders for rule tests: posts, configs and renditions as plain data (no parser, no renderer).
import { defaultPublishPolicy } from '../../../src/core/config/publish.ts';
import type { Count, HeraldConfig, Media, PlatformId, Post, PostPart, Rendition } from '../../../src/core/types.ts';
import { PLATFORM_IDS } from '../../../src/core/types.ts';
import { repoView, runRules } from '../../../src/core/rules/index.ts';
import type { RepoView } from '../../../src/core/rules/index.ts';

/** A part whose text starts at `line`, column 1 (as after front matter). */
export function part(text: string, line = 5, media: Media[] = [], column = 1): PostPart {
  return { text, media, line, column };
}

export function media(overrides: Partial<Media> = {}): Media {
  return {
    path: 'media/sprint.png',
    alt: 'Volunteers around a table at the sprint',
    credit: 'Photo: Ada, CC BY 4.0',
    kind: 'image',
    line: 7,
    column: 1,
    ...overrides,
  };
}

export function post(overrides: Partial<Post> = {}): Post {
  return {
    file: 'posts/2026-12-01-release.md',
    id: '2026-12-01-release',
    parts: [part('Django 6.0 is out.')],
    overrides: {},
    language: 'en',
    linkCard: true,
    outsideGoals: false,
    tags: [],
    fieldLines: { language: 2, platforms: 3, publish_at: 4 },
    ...overrides,
  };
}

export function config(overrides: Partial<HeraldConfig> = {}, words: Partial<HeraldConfig['words']> = {}): HeraldConfig {
  return {
    file: '.github/herald.yml',
    timezone: 'Europe/Amsterdam',
    platforms: PLATFORM_IDS.map((id) => ({ id, enabled: ['mastodon', 'bluesky', 'x'].includes(id), limits: {}, options: {} })),
    roster: [],
    approval: { staleApprovals: 'ignore', authorApproves: true, outsideGoalsLabel: 'outside-goals' },
    governance: { termMonths: 6, renewalNoticeDays: 14 },
    rules: {},
    publish: defaultPublishPolicy(),
    words: {
      acronyms: [],
      hashtags: [],
      sponsors: [],
      shorteners: [],
      trackingParameters: [],
      sensitiveTopics: {},
      inclusiveIgnore: [],
      ...words,
    },
    feeds: [],
    ...overrides,
  };
}

export function rendition(
  platform: PlatformId,
  parts: { text: string; count: Partial<Count>; line?: number; column?: number; media?: Media[] }[],
): Rendition {
  return {
    platform,
    postId: '2026-12-01-release',
    file: 'posts/2026-12-01-release.md',
    linkCard: true,
    parts: parts.map((p) => ({
      text: p.text,
      media: p.media ?? [],
      facets: [],
      count: { used: p.text.length, limit: 500, ...p.count },
      line: p.line ?? 5,
      column: p.column ?? 1,
    })),
  };
}

export function repo(posts: Post[] = [], existing: string[] = ['media/sprint.png']): RepoView {
  return repoView(posts, (path) => existing.includes(path));
}

/** Runs one rule (every other rule off) and returns its findings as compact tuples. */
export async function only(
  ruleId: string,
  input: { post?: Post; config?: HeraldConfig; renditions?: Rendition[]; repo?: RepoView; now?: Date },
) {
  const cfg = input.config ?? config();
  const { RULES } = await import('../../../src/core/rules/index.ts');
  const rules = Object.fromEntries(RULES.map((rule) => [rule.id, rule.id === ruleId ? (cfg.rules[ruleId] ?? 'error') : 'off'] as const));
  const result = await runRules({
    post: input.post ?? post(),
    renditions: input.renditions ?? [],
    config: { ...cfg, rules },
    repo: input.repo ?? repo(input.post ? [input.post] : []),
    now: input.now ?? new Date('2026-11-21T12:00:00Z'),
  });
  return { ...result, tuples: result.findings.map((f) => [f.line, f.column, f.message] as const) };
}
