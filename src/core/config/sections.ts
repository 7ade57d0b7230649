// The smaller config sections: approval, governance, rules, feeds.
import { isScalar, isSeq, type Document, type Node } from 'yaml';
import type { ApprovalPolicy, FeedConfig, HeraldConfig, PlatformId, RuleSetting, Severity } from '../types.ts';
import { setOwn, type YamlReader } from '../yaml/read.ts';
import { MAX_ALIASES } from '../yaml/bounded.ts';
import { canonicalLanguage, platformId } from '../post/fields.ts';
import { templateProblems } from '../feed-drafts/draft.ts';

export const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];
export const APPROVAL_KEYS = [
  'stale_approvals',
  'author_approves',
  'outside_goals_label',
  'reviewed_elsewhere',
  'request_reviews',
] as const;
export const STALE_APPROVALS = ['ignore', 'count'] as const;
export const GOVERNANCE_KEYS = ['term_months', 'renewal_notice_days'] as const;
export const FEED_KEYS = ['name', 'url', 'template', 'language', 'trusted', 'platforms'] as const;

export function readApproval(reader: YamlReader, node: Node, into: ApprovalPolicy): void {
  const map = reader.map(node, 'approval', '{ stale_approvals: ignore, author_approves: true }');
  if (!map) return;
  for (const { key, value } of reader.entries(map, 'approval', APPROVAL_KEYS)) {
    const path = `approval.${key}`;
    if (key === 'stale_approvals') into.staleApprovals = reader.oneOf(value, path, STALE_APPROVALS) ?? into.staleApprovals;
    else if (key === 'author_approves') into.authorApproves = reader.bool(value, path) ?? into.authorApproves;
    else if (key === 'reviewed_elsewhere') into.reviewedElsewhere = readReviewedElsewhere(reader, value, path);
    else if (key === 'request_reviews') into.requestReviews = reader.bool(value, path) ?? into.requestReviews ?? false;
    else into.outsideGoalsLabel = reader.string(value, path, 'a label name, e.g. outside-goals')?.trim() ?? into.outsideGoalsLabel;
  }
}

/** Paths the vote never covers, whatever this list says: what gets published and who publishes it. */
const NEVER_ELSEWHERE = ['posts/', 'published/', '.github/herald.yml'];

function readReviewedElsewhere(reader: YamlReader, node: Node, path: string): string[] {
  const globs: string[] = [];
  for (const { value, node: item } of reader.strings(node, path, '[docs/**, README.md]') ?? []) {
    const glob = value.trim();
    if (glob === '' || glob.startsWith('/') || glob.split('/').includes('..')) {
      reader.error(item, `${path}: "${glob.slice(0, 80)}" is not a repository path glob such as docs/** or README.md`);
    } else if (glob === '**' || glob === '*' || NEVER_ELSEWHERE.some((p) => glob === p.replace(/\/$/, '') || glob.startsWith(p))) {
      reader.error(
        item,
        `${path}: "${glob.slice(0, 80)}" would take posts, the ledger or the config out of Herald's vote; name only other paths (docs/**, README.md)`,
      );
    } else globs.push(glob);
  }
  return globs;
}

export function readGovernance(reader: YamlReader, node: Node, into: HeraldConfig['governance']): void {
  const map = reader.map(node, 'governance', '{ term_months: 6, renewal_notice_days: 14 }');
  if (!map) return;
  for (const { key, value } of reader.entries(map, 'governance', GOVERNANCE_KEYS)) {
    if (key === 'term_months') into.termMonths = reader.integer(value, 'governance.term_months', 1, 60) ?? into.termMonths;
    else into.renewalNoticeDays = reader.integer(value, 'governance.renewal_notice_days', 0, 365) ?? into.renewalNoticeDays;
  }
}

/** Severities and options only; which rule ids exist is the rules module's business. */
export function readRules(
  reader: YamlReader,
  node: Node,
  doc: Document.Parsed,
  lines: Record<string, { line: number; column: number }> = {},
): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  const map = reader.map(node, 'rules', '{ hashtag-case: error, emoji-count: [warn, { max: 3 }] }');
  if (!map) return rules;
  for (const { key, keyNode, value } of reader.entries(map, 'rules')) {
    const path = `rules.${key}`;
    setOwn(lines, key, reader.position(keyNode));
    if (isScalar(value)) {
      const severity = reader.oneOf(value, path, SEVERITIES);
      if (severity) setOwn(rules, key, severity);
      continue;
    }
    if (!isSeq(value) || value.items.length < 1 || value.items.length > 2) {
      reader.error(value, `${path}: expected off, warn or error, or [severity, { options }], e.g. [warn, { max: 3 }]`);
      continue;
    }
    const first = reader.deref(value.items[0] as Node);
    const severity = first && reader.oneOf(first, `${path}[0]`, SEVERITIES);
    const second = value.items[1] === undefined ? undefined : reader.deref(value.items[1] as Node);
    const options = second === undefined ? undefined : reader.map(second, `${path}[1]`, '{ max: 3 }');
    if (!severity || (second !== undefined && options === undefined)) continue;
    let plain: Record<string, unknown> = {};
    try {
      if (options) plain = options.toJS(doc, { maxAliasCount: MAX_ALIASES });
    } catch {
      reader.error(options, `${path}[1]: the options use too many aliases (*name): write them out`);
      continue;
    }
    setOwn<RuleSetting>(rules, key, [severity, plain]);
  }
  return rules;
}

function readFeed(reader: YamlReader, node: Node, index: number): FeedConfig | undefined {
  const field = `feeds[${index}]`;
  const map = reader.map(node, field, '{ name: News, url: https://www.djangoproject.com/rss/weblog/ }');
  if (!map) return undefined;
  const feed: Partial<FeedConfig> = { template: '{title}\n\n{url}', trusted: false };
  for (const { key, value } of reader.entries(map, field, FEED_KEYS)) {
    const path = `${field}.${key}`;
    if (key === 'name') feed.name = reader.string(value, path, 'a name, e.g. Django news')?.trim();
    else if (key === 'url') feed.url = reader.url(value, path, 'https://www.djangoproject.com/rss/weblog/');
    else if (key === 'trusted') feed.trusted = reader.bool(value, path) ?? false;
    else if (key === 'template') {
      const template = reader.string(value, path, 'the post text with {title}, {url}, {summary} or {feed}');
      for (const problem of template === undefined ? [] : templateProblems(template)) reader.error(value, `${path}: ${problem}`);
      if (template !== undefined) feed.template = template;
    } else if (key === 'language') {
      const text = reader.string(value, path, 'a BCP 47 language tag, e.g. en');
      const tag = text === undefined ? undefined : canonicalLanguage(text);
      if (tag) feed.language = tag;
      else if (text !== undefined)
        reader.error(value, `${path}: expected a BCP 47 language tag such as en or pt-BR (got "${text.slice(0, 40)}")`);
    } else if (key === 'platforms') {
      const platforms: PlatformId[] = [];
      reader.seq(value, path, '[mastodon, bluesky]')?.items.forEach((raw, i) => {
        const item = reader.deref(raw as Node);
        const id = item && platformId(reader, item, `${path}[${i}]`);
        if (id && !platforms.includes(id)) platforms.push(id);
      });
      feed.platforms = platforms;
    }
  }
  for (const required of ['name', 'url'] as const) {
    if (feed[required] === undefined && !map.items.some((p) => (p.key as { value?: unknown } | null)?.value === required)) {
      reader.error(map, `${field}.${required}: required`);
    }
  }
  if (feed.name === undefined || feed.url === undefined) return undefined;
  return feed as FeedConfig;
}

export function readFeeds(reader: YamlReader, node: Node): FeedConfig[] {
  const list = reader.seq(node, 'feeds', '- { name: News, url: https://www.djangoproject.com/rss/weblog/ }');
  if (!list) return [];
  return list.items.flatMap((raw, index) => {
    const item = reader.deref(raw as Node);
    const feed = item && readFeed(reader, item, index);
    return feed ? [feed] : [];
  });
}
