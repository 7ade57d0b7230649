// JSON Schema of .github/herald.yml for editors, built from the config parser's own key lists and
// the rule registry (ids, options, defaults, descriptions). The parser stays the judge.
import { CONFIG_KEYS } from '../config/parse.ts';
import { COMMON_KEYS, LIMIT_KEYS, PLATFORM_OPTIONS } from '../config/platforms.ts';
import { MEMBER_KEYS, ROLES } from '../config/roster.ts';
import { APPROVAL_KEYS, FEED_KEYS, GOVERNANCE_KEYS, SEVERITIES, STALE_APPROVALS } from '../config/sections.ts';
import { PUBLISH_KEYS } from '../config/publish.ts';
import { LIST_KEYS } from '../config/words.ts';
import { optionName } from '../rules/options.ts';
import { RULES } from '../rules/registry.ts';
import { PLATFORM_IDS } from '../types.ts';
import { platformSchema, SCHEMA_DRAFT, type JsonSchema } from './post.ts';

const closed = (properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  properties,
  additionalProperties: false,
  ...extra,
});
const keys = <K extends string>(list: readonly K[], shape: Record<K, JsonSchema>): Record<string, JsonSchema> =>
  Object.fromEntries(list.map((key) => [key, shape[key]]));
const date: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const strings: JsonSchema = { type: 'array', items: { type: 'string' } };

function platform(id: (typeof PLATFORM_IDS)[number]): JsonSchema {
  const common = keys(COMMON_KEYS, {
    enabled: { type: 'boolean' },
    retired: closed({ since: date, successor: { type: 'string' } }, { required: ['since'] }),
    server: { type: 'string', format: 'uri' },
    account: { type: 'string' },
    limits: closed(Object.fromEntries(Object.keys(LIMIT_KEYS).map((k) => [k, { type: 'integer', minimum: 1 }]))),
  });
  const options = Object.fromEntries(PLATFORM_OPTIONS[id].map((k) => [k, { type: ['string', 'number', 'boolean'] }]));
  return closed({ ...common, ...options });
}

/** A rule's setting: a severity, or [severity, { options }] with the registry's option names and defaults. */
function rule(options: Record<string, { description: string; default: unknown }>): JsonSchema {
  const severity: JsonSchema = { enum: [...SEVERITIES] };
  const props = Object.fromEntries(
    Object.entries(options).map(([key, spec]) => {
      const type = Array.isArray(spec.default)
        ? { type: 'array', items: { type: 'string' } }
        : { type: Number.isInteger(spec.default) ? 'integer' : typeof spec.default };
      return [optionName(key), { ...type, description: spec.description, default: spec.default }];
    }),
  );
  return { oneOf: [severity, { type: 'array', prefixItems: [severity, closed(props)], minItems: 1, maxItems: 2 }] };
}

const member = closed(
  keys(MEMBER_KEYS, {
    login: { type: 'string' },
    name: { type: 'string' },
    role: { enum: [...ROLES] },
    roles: { type: 'array', items: { enum: [...ROLES] } },
    term: closed({ start: date, end: date }, { required: ['start'] }),
    admins: { type: 'array', items: platformSchema },
  }),
  { required: ['login'] },
);

export function configSchema(): JsonSchema {
  const sections = keys(CONFIG_KEYS, {
    timezone: { type: 'string', description: 'IANA time zone, e.g. Europe/Amsterdam: terms, schedules and the report use it.' },
    platforms: closed(Object.fromEntries(PLATFORM_IDS.map((id) => [id, platform(id)]))),
    roster: { type: 'array', items: member },
    approval: closed(
      keys(APPROVAL_KEYS, {
        stale_approvals: { enum: [...STALE_APPROVALS] },
        author_approves: { type: 'boolean' },
        outside_goals_label: { type: 'string' },
        reviewed_elsewhere: {
          type: 'array',
          items: { type: 'string' },
          description: 'Paths outside posts/ reviewed by another process, e.g. docs/**.',
        },
        request_reviews: {
          type: 'boolean',
          description: 'The app requests a review from each active member who has not voted, once per pull request (default false).',
        },
      }),
    ),
    publish: closed(
      keys(PUBLISH_KEYS, {
        require_vote: {
          type: 'boolean',
          description: 'Publish a post only when a merged pull request passed the Herald vote on exactly its content (default true).',
        },
        vote_apps: {
          type: 'array',
          items: { type: 'string' },
          description: 'Slugs of the apps whose "Herald vote" check counts (default herald, github-actions).',
        },
        trusted_paths: {
          type: 'array',
          items: { type: 'string' },
          description: 'Post paths published without a vote, e.g. posts/feeds/** for trusted feeds.',
        },
      }),
    ),
    governance: closed(
      keys(GOVERNANCE_KEYS, {
        term_months: { type: 'integer', minimum: 1, maximum: 60 },
        renewal_notice_days: { type: 'integer', minimum: 0, maximum: 365 },
      }),
    ),
    rules: closed(Object.fromEntries(RULES.map((r) => [r.id, { ...rule(r.options as never), description: r.description }]))),
    words: closed({
      ...Object.fromEntries(Object.keys(LIST_KEYS).map((k) => [k, strings])),
      sensitive_topics: { type: 'object', additionalProperties: strings },
    }),
    feeds: {
      type: 'array',
      items: closed(
        keys(FEED_KEYS, {
          name: { type: 'string' },
          url: { type: 'string', format: 'uri' },
          template: { type: 'string' },
          language: { type: 'string' },
          trusted: { type: 'boolean' },
          platforms: { type: 'array', items: platformSchema },
        }),
        { required: ['name', 'url'] },
      ),
    },
  });
  return {
    $schema: SCHEMA_DRAFT,
    $id: 'https://herald.invalid/schema/herald-config.json',
    title: 'Herald configuration (.github/herald.yml)',
    description: 'See docs/configuration.md.',
    ...closed(sections),
  };
}
