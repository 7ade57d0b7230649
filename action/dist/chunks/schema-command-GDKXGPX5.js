import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-ULXHZYTN.js";
import {
  RULES
} from "./chunk-7D4YKRYP.js";
import "./chunk-5OAOWV7G.js";
import {
  optionName
} from "./chunk-D5VXPMST.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-D5V65JXJ.js";
import {
  APPROVAL_KEYS,
  COMMON_KEYS,
  CONFIG_KEYS,
  FEED_KEYS,
  GOVERNANCE_KEYS,
  LIMIT_KEYS,
  LIST_KEYS,
  MEMBER_KEYS,
  PLATFORM_OPTIONS,
  PUBLISH_KEYS,
  ROLES,
  SEVERITIES,
  STALE_APPROVALS
} from "./chunk-VI3XVR6Y.js";
import "./chunk-C6CUBHRC.js";
import {
  POLL_KEYS,
  POST_FIELDS,
  VISIBILITIES,
  didYouMean
} from "./chunk-IZPRORHO.js";
import {
  PLATFORM_IDS
} from "./chunk-L2G2ITLI.js";
import "./chunk-QKSMSPLC.js";

// src/cli/schema-command.ts
import { parseArgs } from "node:util";

// src/core/schema/post.ts
var SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema";
var url = (description) => ({ type: "string", format: "uri", pattern: "^https?://", description });
var platformSchema = { enum: [...PLATFORM_IDS] };
var FIELD_SCHEMAS = {
  platforms: {
    type: "array",
    items: platformSchema,
    minItems: 1,
    uniqueItems: true,
    description: "Where to post; without it, every platform enabled in .github/herald.yml."
  },
  overrides: {
    type: "object",
    propertyNames: platformSchema,
    additionalProperties: { type: "string", minLength: 1 },
    description: "A replacement text per platform (a line with only --- splits it into a thread)."
  },
  reply_to: url("The post this one replies to."),
  quote: url("The post this one quotes."),
  repost: url("The post this one reposts (boosts)."),
  content_warning: { type: "string", description: "Shown before the text; Mastodon hides the post behind it." },
  language: { type: "string", pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", description: "BCP 47 language tag, e.g. en or pt-BR." },
  visibility: { enum: [...VISIBILITIES], description: "Mastodon visibility." },
  publish_at: {
    type: "string",
    pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?([Zz]|[+-]\\d{2}:?\\d{2})$",
    description: "When to publish: an ISO 8601 date-time with an offset, e.g. 2026-12-01T09:00:00+01:00."
  },
  link_card: { type: "boolean", description: "Bluesky: build a link card for the first link (default true)." },
  code_of_conduct: url("The code of conduct of an event the post promotes."),
  outside_goals: { type: "boolean", description: "Content outside the agreed goals: needs the board liaison too." },
  sponsor: { type: "string", description: "A sponsor campaign for this sponsor: needs the board liaison too." },
  tags: { type: "array", items: { type: "string" }, description: "Labels for the report; never published." },
  title: { type: "string", description: "The title Reddit and Pinterest show." },
  correction: {
    description: "For an edited post that is already live, on platforms that cannot edit in place: leave it, or publish a correction reply in the thread.",
    oneOf: [
      { const: "leave" },
      {
        type: "object",
        properties: { reply: { type: "string", minLength: 1, description: "The text of the correction reply." } },
        required: ["reply"],
        additionalProperties: false
      }
    ]
  },
  retract: { type: "boolean", description: "Take the live copies down once the vote passes (needs retract_reason)." },
  retract_reason: { type: "string", description: "Why the post comes down; the ledger keeps it." },
  poll: {
    type: "object",
    properties: Object.fromEntries(
      POLL_KEYS.map((key) => [
        key,
        {
          options: { type: "array", items: { type: "string" }, minItems: 2, maxItems: 4 },
          hours: { type: "integer", minimum: 1, maximum: 168 },
          multiple: { type: "boolean" }
        }[key]
      ])
    ),
    required: ["options"],
    additionalProperties: false,
    description: "A poll (Mastodon, X, Threads): 2 to 4 options, open for hours (default 24)."
  }
};
function postFrontMatterSchema() {
  return {
    $schema: SCHEMA_DRAFT,
    $id: "https://herald.invalid/schema/post-front-matter.json",
    title: "Herald post front matter",
    description: "The YAML between the --- lines at the top of a post in posts/. See docs/post-format.md.",
    type: "object",
    properties: Object.fromEntries(POST_FIELDS.map((field) => [field, FIELD_SCHEMAS[field]])),
    additionalProperties: false
  };
}

// src/core/schema/config.ts
var closed = (properties, extra = {}) => ({
  type: "object",
  properties,
  additionalProperties: false,
  ...extra
});
var keys = (list, shape) => Object.fromEntries(list.map((key) => [key, shape[key]]));
var date = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };
var strings = { type: "array", items: { type: "string" } };
function platform(id) {
  const common = keys(COMMON_KEYS, {
    enabled: { type: "boolean" },
    retired: closed({ since: date, successor: { type: "string" } }, { required: ["since"] }),
    server: { type: "string", format: "uri" },
    account: { type: "string" },
    limits: closed(Object.fromEntries(Object.keys(LIMIT_KEYS).map((k) => [k, { type: "integer", minimum: 1 }])))
  });
  const options = Object.fromEntries(PLATFORM_OPTIONS[id].map((k) => [k, { type: ["string", "number", "boolean"] }]));
  return closed({ ...common, ...options });
}
function rule(options) {
  const severity = { enum: [...SEVERITIES] };
  const props = Object.fromEntries(
    Object.entries(options).map(([key, spec]) => {
      const type = Array.isArray(spec.default) ? { type: "array", items: { type: "string" } } : { type: Number.isInteger(spec.default) ? "integer" : typeof spec.default };
      return [optionName(key), { ...type, description: spec.description, default: spec.default }];
    })
  );
  return { oneOf: [severity, { type: "array", prefixItems: [severity, closed(props)], minItems: 1, maxItems: 2 }] };
}
var member = closed(
  keys(MEMBER_KEYS, {
    login: { type: "string" },
    name: { type: "string" },
    role: { enum: [...ROLES] },
    roles: { type: "array", items: { enum: [...ROLES] } },
    term: closed({ start: date, end: date }, { required: ["start"] }),
    admins: { type: "array", items: platformSchema }
  }),
  { required: ["login"] }
);
function configSchema() {
  const sections = keys(CONFIG_KEYS, {
    timezone: { type: "string", description: "IANA time zone, e.g. Europe/Amsterdam: terms, schedules and the report use it." },
    platforms: closed(Object.fromEntries(PLATFORM_IDS.map((id) => [id, platform(id)]))),
    roster: { type: "array", items: member },
    approval: closed(
      keys(APPROVAL_KEYS, {
        stale_approvals: { enum: [...STALE_APPROVALS] },
        author_approves: { type: "boolean" },
        outside_goals_label: { type: "string" },
        reviewed_elsewhere: {
          type: "array",
          items: { type: "string" },
          description: "Paths outside posts/ reviewed by another process, e.g. docs/**."
        },
        request_reviews: {
          type: "boolean",
          description: "The app requests a review from each active member who has not voted, once per pull request (default false)."
        }
      })
    ),
    publish: closed(
      keys(PUBLISH_KEYS, {
        require_vote: {
          type: "boolean",
          description: "Publish a post only when a merged pull request passed the Herald vote on exactly its content (default true)."
        },
        vote_apps: {
          type: "array",
          items: { type: "string" },
          description: 'Slugs of the apps whose "Herald vote" check counts (default herald, github-actions).'
        },
        trusted_paths: {
          type: "array",
          items: { type: "string" },
          description: "Post paths published without a vote, e.g. posts/feeds/** for trusted feeds."
        }
      })
    ),
    governance: closed(
      keys(GOVERNANCE_KEYS, {
        term_months: { type: "integer", minimum: 1, maximum: 60 },
        renewal_notice_days: { type: "integer", minimum: 0, maximum: 365 }
      })
    ),
    rules: closed(Object.fromEntries(RULES.map((r) => [r.id, { ...rule(r.options), description: r.description }]))),
    words: closed({
      ...Object.fromEntries(Object.keys(LIST_KEYS).map((k) => [k, strings])),
      sensitive_topics: { type: "object", additionalProperties: strings }
    }),
    feeds: {
      type: "array",
      items: closed(
        keys(FEED_KEYS, {
          name: { type: "string" },
          url: { type: "string", format: "uri" },
          template: { type: "string" },
          language: { type: "string" },
          trusted: { type: "boolean" },
          platforms: { type: "array", items: platformSchema }
        }),
        { required: ["name", "url"] }
      )
    }
  });
  return {
    $schema: SCHEMA_DRAFT,
    $id: "https://herald.invalid/schema/herald-config.json",
    title: "Herald configuration (.github/herald.yml)",
    description: "See docs/configuration.md.",
    ...closed(sections)
  };
}

// src/cli/schema-command.ts
var SCHEMA_HELP = `Usage: herald schema <config|post>

Prints the JSON Schema of .github/herald.yml (config) or of a post's front matter (post), built from
the definitions Herald's parser uses. Save it next to the file and point your editor at it, e.g. the
first line of .github/herald.yml:
  # yaml-language-server: $schema=./herald.schema.json

Options:
  -h, --help   show this help
`;
var SCHEMAS = { config: configSchema, post: postFrontMatterSchema };
function schemaCommand(argv, io) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    io.out(SCHEMA_HELP);
    return 0;
  }
  const [which] = positionals;
  if (which !== "config" && which !== "post") {
    throw new UsageError(
      which ? `no schema "${which}": config or post.${didYouMean(which, Object.keys(SCHEMAS))}` : "name the schema: config or post"
    );
  }
  io.out(`${JSON.stringify(SCHEMAS[which](), null, 2)}
`);
  return 0;
}
export {
  SCHEMA_HELP,
  schemaCommand
};
