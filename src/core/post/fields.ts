// Front matter fields → typed post fields, each mismatch a finding at the key or value.
import { isScalar, type Node, type Scalar, type YAMLMap } from 'yaml';
import { setOwn, type YamlReader } from '../yaml/read.ts';
import { didYouMean } from '../yaml/suggest.ts';
import { PLATFORM_IDS, type PlatformId, type Post, type Visibility } from '../types.ts';
import { parseDateTime, withOffset } from './datetime.ts';

export const POLL_KEYS = ['options', 'hours', 'multiple'] as const;

export const POST_FIELDS = [
  'platforms',
  'overrides',
  'reply_to',
  'quote',
  'repost',
  'content_warning',
  'language',
  'visibility',
  'publish_at',
  'link_card',
  'code_of_conduct',
  'outside_goals',
  'sponsor',
  'tags',
  'title',
  'poll',
  'correction',
  'retract',
  'retract_reason',
] as const;

export const FIELD_ALIASES: Record<string, string> = {
  cw: 'content_warning',
  spoiler: 'content_warning',
  spoiler_text: 'content_warning',
  lang: 'language',
  date: 'publish_at',
  schedule: 'publish_at',
  scheduled_at: 'publish_at',
  publish: 'publish_at',
  in_reply_to: 'reply_to',
  reply: 'reply_to',
  boost: 'repost',
  reblog: 'repost',
  retweet: 'repost',
  hashtags: 'tags',
  coc: 'code_of_conduct',
  platform: 'platforms',
  targets: 'platforms',
  override: 'overrides',
};
export const PLATFORM_ALIASES: Record<string, string> = {
  twitter: 'x',
  bsky: 'bluesky',
  fediverse: 'mastodon',
  toot: 'mastodon',
  fb: 'facebook',
  ig: 'instagram',
  insta: 'instagram',
};

/** Named by groups, but with no API to post through: a clear finding instead of "unknown platform". */
export const NO_API_PLATFORMS: Record<string, string> = {
  youtube:
    'YouTube community posts have no API (activities.insert is no longer available: developers.google.com/youtube/v3/docs/activities/insert), so Herald cannot post there; post by hand',
};
export const VISIBILITIES: readonly Visibility[] = ['public', 'unlisted', 'private', 'direct'];

export type Fields = Omit<Post, 'file' | 'id' | 'parts' | 'overrides'>;
export interface OverrideSource {
  platform: PlatformId;
  text: string;
  node: Scalar;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A BCP 47 tag whose primary language is a known ISO 639 code; returns the canonical form. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    const canonical = Intl.getCanonicalLocales(tag.trim())[0];
    const primary = canonical?.split('-')[0] ?? '';
    return /^[a-z]{2,3}$/.test(primary) && languageNames.of(primary) !== undefined ? canonical : undefined;
  } catch {
    return undefined;
  }
}

export function platformId(reader: YamlReader, node: Node, field: string): PlatformId | undefined {
  if (isScalar(node) && typeof node.value === 'string' && (PLATFORM_IDS as readonly string[]).includes(node.value)) {
    return node.value as PlatformId;
  }
  const got = isScalar(node) ? String(node.value) : '';
  const impossible = NO_API_PLATFORMS[got.toLowerCase()];
  if (impossible) {
    reader.report('warn', node, `${field}: ${got}: ${impossible}`);
    return undefined;
  }
  reader.error(
    node,
    `${field}: unknown platform "${got.slice(0, 40)}".${didYouMean(got, PLATFORM_IDS, PLATFORM_ALIASES)}`.replace(/\.$/, ''),
    `platforms are: ${PLATFORM_IDS.join(', ')}`,
  );
  return undefined;
}

function readPlatforms(reader: YamlReader, value: Node): PlatformId[] | undefined {
  const list = reader.seq(value, 'platforms', '[mastodon, bluesky]');
  if (!list) return undefined;
  const out: PlatformId[] = [];
  list.items.forEach((raw, index) => {
    const item = reader.deref(raw as Node);
    const id = item && platformId(reader, item, `platforms[${index}]`);
    if (!id) return;
    if (out.includes(id)) reader.report('warn', item, `platforms: ${id} is listed twice`);
    else out.push(id);
  });
  if (list.items.length === 0)
    reader.error(value, 'platforms: the list is empty: name at least one platform, or remove the field to post everywhere');
  return out;
}

function readOverrides(reader: YamlReader, value: Node): OverrideSource[] {
  const map = reader.map(value, 'overrides', '{ x: "A shorter text" }');
  if (!map) return [];
  const out: OverrideSource[] = [];
  for (const entry of reader.entries(map as YAMLMap, 'overrides')) {
    const platform = platformId(reader, entry.keyNode, 'overrides');
    const text = reader.string(entry.value, `overrides.${entry.key}`, 'the text for that platform (use | for several lines)');
    if (platform && text !== undefined) out.push({ platform, text, node: entry.value as Scalar });
  }
  return out;
}

/** What reading fields may know beyond the file: the config's time zone, for publish_at fixes. */
export interface FieldContext {
  timeZone?: string;
}

export function readFields(
  reader: YamlReader,
  root: YAMLMap | undefined,
  context: FieldContext = {},
): { fields: Fields; overrides: OverrideSource[] } {
  const fields: Fields = { linkCard: true, outsideGoals: false, tags: [], fieldLines: {} };
  let overrides: OverrideSource[] = [];
  if (!root) return { fields, overrides };
  for (const pair of root.items) {
    const key = reader.deref(pair.key as Node);
    if (key && isScalar(key) && typeof key.value === 'string') setOwn(fields.fieldLines, key.value, reader.position(key).line);
  }
  for (const { key, value } of reader.entries(root, '', POST_FIELDS, FIELD_ALIASES)) {
    switch (key as (typeof POST_FIELDS)[number]) {
      case 'platforms':
        fields.platforms = readPlatforms(reader, value);
        break;
      case 'overrides':
        overrides = readOverrides(reader, value);
        break;
      case 'reply_to':
        fields.replyTo = reader.url(value, key);
        break;
      case 'quote':
        fields.quote = reader.url(value, key);
        break;
      case 'repost':
        fields.repost = reader.url(value, key);
        break;
      case 'code_of_conduct':
        fields.codeOfConduct = reader.url(value, key, 'https://2027.djangocon.eu/conduct/');
        break;
      case 'content_warning':
        fields.contentWarning = reader.string(value, key, 'a short warning, e.g. "Discussion of burnout"')?.trim();
        break;
      case 'poll':
        fields.poll = readPoll(reader, value);
        break;
      case 'correction':
        fields.correction = readCorrection(reader, value);
        break;
      case 'retract':
        fields.retract = reader.bool(value, key) ?? false;
        break;
      case 'retract_reason':
        fields.retractReason = reader.string(value, key, 'why the post comes down, e.g. "the date was wrong"')?.trim();
        break;
      case 'title':
        fields.title = reader.string(value, key, 'the title Reddit and Pinterest show, e.g. "Django 6.0 released"')?.trim();
        break;
      case 'sponsor':
        fields.sponsor = reader.string(value, key, 'the sponsor\'s name, e.g. "Acme Corp"')?.trim();
        break;
      case 'visibility':
        fields.visibility = reader.oneOf(value, key, VISIBILITIES);
        break;
      case 'link_card':
        fields.linkCard = reader.bool(value, key) ?? true;
        break;
      case 'outside_goals':
        fields.outsideGoals = reader.bool(value, key) ?? false;
        break;
      case 'language':
        fields.language = readLanguage(reader, value);
        break;
      case 'publish_at':
        fields.publishAt = readPublishAt(reader, value, context.timeZone);
        break;
      case 'tags':
        fields.tags = (reader.strings(value, key, '[release, community]') ?? []).map((t) => t.value.trim());
        break;
    }
  }
  for (const name of Object.keys(fields) as (keyof Fields)[]) if (fields[name] === undefined) delete fields[name];
  if (fields.retract && !fields.retractReason) {
    const node = root.get('retract', true) as Node;
    reader.error(node, 'retract: a retraction needs a reason', 'add retract_reason: "why the post comes down" (the ledger keeps it)');
  }
  if (!fields.retract && fields.retractReason !== undefined) {
    reader.report('warn', root.get('retract_reason', true) as Node, 'retract_reason: has no effect without retract: true');
  }
  return { fields, overrides };
}

/** `correction: leave`, or `correction: { reply: "text" }` (a reply in the thread where the platform cannot edit). */
function readCorrection(reader: YamlReader, value: Node): Post['correction'] {
  if (isScalar(value) && value.value === 'leave') return 'leave';
  const map = reader.map(value, 'correction', 'leave, or { reply: "Correction: the sprint is on 5 December" }');
  if (!map) return undefined;
  let reply: string | undefined;
  for (const { value: item } of reader.entries(map, 'correction', ['reply'] as const)) {
    reply = reader.string(item, 'correction.reply', 'the text of the correction reply')?.trim();
  }
  if (!reply) {
    reader.error(map, 'correction: needs reply: "the correction text" (or write correction: leave)');
    return undefined;
  }
  return { reply };
}

function readPoll(reader: YamlReader, value: Node): Post['poll'] {
  const map = reader.map(value, 'poll', '{ options: [Yes, No], hours: 24 }');
  if (!map) return undefined;
  const poll: NonNullable<Post['poll']> = { options: [], hours: 24, multiple: false };
  for (const { key, value: item } of reader.entries(map, 'poll', POLL_KEYS)) {
    if (key === 'options') poll.options = (reader.strings(item, 'poll.options', '[Yes, No]') ?? []).map((o) => o.value.trim());
    else if (key === 'hours') poll.hours = reader.integer(item, 'poll.hours', 1, 24 * 7) ?? 24;
    else poll.multiple = reader.bool(item, 'poll.multiple') ?? false;
  }
  // 2 to 4 options is what every platform with polls accepts (Mastodon's default maximum, X and Threads' range).
  if (poll.options.length < 2 || poll.options.length > 4) {
    reader.error(map, `poll.options: a poll needs 2 to 4 options (got ${poll.options.length})`, 'e.g. options: [Yes, No, Maybe]');
    return undefined;
  }
  return poll;
}

function readLanguage(reader: YamlReader, value: Node): string | undefined {
  const text = reader.string(value, 'language', 'a BCP 47 language tag, e.g. en or pt-BR');
  if (text === undefined) return undefined;
  const canonical = canonicalLanguage(text);
  if (canonical) return canonical;
  const fixed = canonicalLanguage(text.replace(/_/g, '-'));
  reader.error(
    value,
    `language: expected a BCP 47 language tag such as en, de or pt-BR (got "${text.slice(0, 40)}").${fixed ? ` Did you mean "${fixed}"?` : ''}`.replace(
      /\.$/,
      '',
    ),
  );
  return undefined;
}

function readPublishAt(reader: YamlReader, value: Node, timeZone: string | undefined): Date | undefined {
  const example = 'an ISO 8601 date-time with an offset, e.g. 2026-12-01T09:00:00+01:00';
  const text = reader.string(value, 'publish_at', example);
  if (text === undefined) return undefined;
  // “Curly” quotes from a word processor are part of the value in YAML, not quotes.
  const curly = /^[“‘„«](.*)[”’“»]$/su.exec(text.trim())?.[1];
  const parsed = parseDateTime(curly ?? text);
  if (parsed.ok && curly === undefined) return parsed.date;
  if (parsed.ok) {
    reader.error(
      value,
      'publish_at: curly quotes “ ” are not YAML quotes, so they are part of the value',
      `write publish_at: ${curly!.trim()} (no quotes, or straight ones)`,
    );
    return undefined;
  }
  const fixed = timeZone ? withOffset(curly ?? text, timeZone) : undefined;
  const hint = fixed
    ? `write publish_at: ${fixed.value} (that time in ${fixed.zone}${fixed.zone === timeZone ? ", the config's timezone" : ''})`
    : undefined;
  reader.error(value, `publish_at: expected ${example}: ${parsed.reason}`, hint);
  return undefined;
}
