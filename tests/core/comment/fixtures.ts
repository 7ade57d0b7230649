// Check reports and tallies for the comment and check-run tests, built from real types.
import type { CheckReport, PostReport } from '../../../src/core/check.ts';
import type { Finding, Media, PlatformId, Post, Rendition } from '../../../src/core/types.ts';

export function rendition(platform: PlatformId, file: string, texts: string[], limit = 500, media: Media[] = []): Rendition {
  return {
    platform,
    postId: file.replace(/^.*\//, '').replace(/\.md$/, ''),
    file,
    linkCard: true,
    parts: texts.map((text, i) => ({
      text,
      media: i === 0 ? media : [],
      facets: [],
      count: {
        used: [...text].length,
        limit,
        ...(platform === 'bluesky' ? { bytes: { used: Buffer.byteLength(text), limit: 3000 } } : {}),
        ...([...text].length > limit ? { overflowAt: limit } : {}),
      },
      line: 5 + i,
      column: 1,
    })),
  };
}

export function finding(file: string, severity: 'error' | 'warn', message: string, line = 5, extra: Partial<Finding> = {}): Finding {
  return { file, line, column: 1, ruleId: severity === 'error' ? 'length' : 'hashtags', severity, message, ...extra };
}

export function post(file: string, text = 'Hello'): Post {
  const id = file.replace(/^.*\//, '').replace(/\.md$/, '');
  const parts = [{ text, media: [], line: 5, column: 1 }];
  return { file, id, parts, overrides: {}, linkCard: true, outsideGoals: false, tags: [], fieldLines: {} };
}

/** A report for a post that parsed; pass `parsed: false` for a file that could not be read. */
export function postReport(
  file: string,
  renditions: Rendition[],
  findings: Finding[] = [],
  checklist: string[] = [],
  parsed = true,
): PostReport {
  return {
    file,
    ...(parsed ? { post: post(file) } : {}),
    renditions,
    findings,
    checklist: checklist.map((text, i) => ({ id: `c${i}`, file, text })),
  };
}

export function report(posts: PostReport[]): CheckReport {
  const all = posts.flatMap((p) => p.findings);
  return {
    posts,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warn').length,
  };
}
