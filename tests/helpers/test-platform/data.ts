// Config, post and rendition values for publish tests, built as plain data (the shapes of src/core/types.ts).
import { defaultPublishPolicy } from '../../../src/core/config/publish.ts';
import type { HeraldConfig, PlatformConfig, PlatformId, Post, Rendition } from '../../../src/core/types.ts';

export function testConfig(platforms: Partial<PlatformConfig>[]): HeraldConfig {
  return {
    file: '.github/herald.yml',
    timezone: 'UTC',
    platforms: platforms.map((p) => ({ id: p.id!, enabled: true, limits: {}, options: {}, ...p })),
    roster: [],
    approval: { staleApprovals: 'ignore', authorApproves: true, outsideGoalsLabel: 'outside-goals' },
    governance: { termMonths: 12, renewalNoticeDays: 30 },
    rules: {},
    publish: defaultPublishPolicy(),
    words: { acronyms: [], hashtags: [], sponsors: [], shorteners: [], trackingParameters: [], sensitiveTopics: {}, inclusiveIgnore: [] },
    feeds: [],
  };
}

export function testPost(id: string, texts: string[], extra: Partial<Post> = {}): Post {
  return {
    file: `posts/${id}.md`,
    id,
    parts: texts.map((text, i) => ({ text, media: [], line: 5 + i * 3, column: 1 })),
    overrides: {},
    linkCard: true,
    outsideGoals: false,
    tags: [],
    fieldLines: {},
    ...extra,
  };
}

export function testRendition(post: Post, platform: PlatformId): Rendition {
  return {
    platform,
    postId: post.id,
    file: post.file,
    parts: (post.overrides[platform] ?? post.parts).map((p) => ({
      text: p.text,
      media: p.media,
      facets: [],
      count: { used: p.text.length, limit: 500 },
      line: p.line,
      column: p.column,
    })),
    linkCard: post.linkCard,
  };
}
