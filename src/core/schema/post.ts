// JSON Schema of a post's front matter, for editors (completion, hover text, red squiggles). Built from
// the parser's own lists (POST_FIELDS, PLATFORM_IDS, VISIBILITIES); the Record type makes TypeScript
// refuse a field the parser reads without a shape here. The parser stays the judge: the schema is help.
import { POLL_KEYS, POST_FIELDS, VISIBILITIES } from '../post/fields.ts';
import { PLATFORM_IDS } from '../types.ts';

export type JsonSchema = Record<string, unknown>;

export const SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const url = (description: string): JsonSchema => ({ type: 'string', format: 'uri', pattern: '^https?://', description });
export const platformSchema: JsonSchema = { enum: [...PLATFORM_IDS] };

const FIELD_SCHEMAS: Record<(typeof POST_FIELDS)[number], JsonSchema> = {
  platforms: {
    type: 'array',
    items: platformSchema,
    minItems: 1,
    uniqueItems: true,
    description: 'Where to post; without it, every platform enabled in .github/herald.yml.',
  },
  overrides: {
    type: 'object',
    propertyNames: platformSchema,
    additionalProperties: { type: 'string', minLength: 1 },
    description: 'A replacement text per platform (a line with only --- splits it into a thread).',
  },
  reply_to: url('The post this one replies to.'),
  quote: url('The post this one quotes.'),
  repost: url('The post this one reposts (boosts).'),
  content_warning: { type: 'string', description: 'Shown before the text; Mastodon hides the post behind it.' },
  language: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$', description: 'BCP 47 language tag, e.g. en or pt-BR.' },
  visibility: { enum: [...VISIBILITIES], description: 'Mastodon visibility.' },
  publish_at: {
    type: 'string',
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?([Zz]|[+-]\\d{2}:?\\d{2})$',
    description: 'When to publish: an ISO 8601 date-time with an offset, e.g. 2026-12-01T09:00:00+01:00.',
  },
  link_card: { type: 'boolean', description: 'Bluesky: build a link card for the first link (default true).' },
  code_of_conduct: url('The code of conduct of an event the post promotes.'),
  outside_goals: { type: 'boolean', description: 'Content outside the agreed goals: needs the board liaison too.' },
  sponsor: { type: 'string', description: 'A sponsor campaign for this sponsor: needs the board liaison too.' },
  tags: { type: 'array', items: { type: 'string' }, description: 'Labels for the report; never published.' },
  title: { type: 'string', description: 'The title Reddit and Pinterest show.' },
  correction: {
    description:
      'For an edited post that is already live, on platforms that cannot edit in place: leave it, or publish a correction reply in the thread.',
    oneOf: [
      { const: 'leave' },
      {
        type: 'object',
        properties: { reply: { type: 'string', minLength: 1, description: 'The text of the correction reply.' } },
        required: ['reply'],
        additionalProperties: false,
      },
    ],
  },
  retract: { type: 'boolean', description: 'Take the live copies down once the vote passes (needs retract_reason).' },
  retract_reason: { type: 'string', description: 'Why the post comes down; the ledger keeps it.' },
  poll: {
    type: 'object',
    properties: Object.fromEntries(
      POLL_KEYS.map((key) => [
        key,
        {
          options: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 4 },
          hours: { type: 'integer', minimum: 1, maximum: 168 },
          multiple: { type: 'boolean' },
        }[key],
      ]),
    ),
    required: ['options'],
    additionalProperties: false,
    description: 'A poll (Mastodon, X, Threads): 2 to 4 options, open for hours (default 24).',
  },
};

export function postFrontMatterSchema(): JsonSchema {
  return {
    $schema: SCHEMA_DRAFT,
    $id: 'https://herald.invalid/schema/post-front-matter.json',
    title: 'Herald post front matter',
    description: 'The YAML between the --- lines at the top of a post in posts/. See docs/post-format.md.',
    type: 'object',
    properties: Object.fromEntries(POST_FIELDS.map((field) => [field, FIELD_SCHEMAS[field]])),
    additionalProperties: false,
  };
}
