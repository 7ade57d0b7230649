// Fields that are fine alone but not together (or a post with nothing to say).
import type { Finding, Post } from '../types.ts';

export function checkCombinations(post: Post, bodyLine: number): Finding[] {
  const findings: Finding[] = [];
  const at = (field: string, message: string, hint?: string, severity: Finding['severity'] = 'error') =>
    findings.push({
      ruleId: 'parse',
      severity,
      file: post.file,
      line: post.fieldLines[field] ?? 1,
      column: 1,
      message,
      ...(hint ? { hint } : {}),
    });
  const overridden = Object.keys(post.overrides);

  if (post.repost) {
    const first = post.parts[0];
    if (first) {
      findings.push({
        ruleId: 'parse',
        severity: 'error',
        file: post.file,
        line: first.line,
        column: first.column,
        message: 'repost: a repost carries no text, but this post has a body',
        hint: 'remove the body, or use quote: to add your own words',
      });
    }
    if (overridden.length > 0) at('overrides', 'overrides: a repost carries no text, so it cannot have overrides');
    // By value, not by key: `content_warning:` with nothing after it means "not set" (docs/post-format.md).
    const set = { reply_to: post.replyTo, quote: post.quote, content_warning: post.contentWarning };
    for (const [field, value] of Object.entries(set)) {
      if (value !== undefined) at(field, `${field}: cannot be combined with repost`, 'a repost shares the original post as it is');
    }
  } else if (post.replyTo && post.quote) {
    at('quote', 'quote: a post can reply to one post or quote one, not both', 'keep reply_to or quote, or make two posts');
  }

  if (!post.repost && post.parts.length === 0) {
    const targets = post.platforms;
    const covered = targets !== undefined && targets.every((p) => post.overrides[p] !== undefined);
    if (!covered) {
      findings.push({
        ruleId: 'parse',
        severity: 'error',
        file: post.file,
        line: bodyLine,
        column: 1,
        message: 'the post has no text: write it below the front matter',
        hint: 'or set platforms: and give every one of them an override, or use repost: to share a post as it is',
      });
    }
  }
  if (post.platforms) {
    for (const platform of overridden) {
      if (!post.platforms.includes(platform as never)) {
        const text = post.overrides[platform as keyof Post['overrides']]?.[0];
        findings.push({
          ruleId: 'parse',
          severity: 'warn',
          file: post.file,
          line: text?.line ?? post.fieldLines.overrides ?? 1,
          column: text?.column ?? 1,
          message: `overrides.${platform}: never used, because ${platform} is not in platforms`,
          hint: `add ${platform} to platforms or remove the override`,
        });
      }
    }
  }
  return findings;
}
