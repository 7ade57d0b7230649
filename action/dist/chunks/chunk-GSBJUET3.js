import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-ULXHZYTN.js";
import {
  loadConfig
} from "./chunk-VD2WPKFG.js";
import {
  localDate
} from "./chunk-3LIYO7YQ.js";
import {
  isCalendarDate,
  slugify
} from "./chunk-VI3XVR6Y.js";
import {
  canonicalLanguage,
  didYouMean
} from "./chunk-IZPRORHO.js";
import {
  PLATFORM_IDS
} from "./chunk-L2G2ITLI.js";

// src/cli/new-command.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
var NEW_HELP = `Usage: herald new <title> [options]

Creates posts/<date>-<slug>.md with front matter to fill in, and prints its path.

Options:
  --date <YYYY-MM-DD>   date for the file name (default: today in the config's time zone)
  --platforms <list>    comma-separated platform ids (default: every enabled platform)
  --language <tag>      BCP 47 language tag (default: en)
  --slug <name>         file name after the date (default: made from the title's Latin letters and digits)
  -h, --help            show this help
`;
function scaffold(title, language, platforms) {
  const lines = ["---", `language: ${language}`];
  if (platforms) lines.push(`platforms: [${platforms.join(", ")}]`);
  lines.push(
    "# publish_at: 2026-12-01T09:00:00+01:00   # omit to publish on merge",
    "# content_warning: ...",
    "# Write the post below the closing ---; a line with only --- starts the next part of a thread.",
    '# Images: ![what the image shows](media/photo.png "Photo: who made it, licence")',
    "---",
    `${title}`,
    ""
  );
  return lines.join("\n");
}
function newCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: "string" },
      platforms: { type: "string" },
      language: { type: "string", default: "en" },
      slug: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(NEW_HELP);
    return 0;
  }
  const title = positionals.join(" ").trim();
  if (!title) throw new UsageError('a title is needed, e.g. herald new "Django 6.0 released"');
  const date = values.date ?? localDate(io.now, loadConfig(io.cwd).config.timezone);
  if (!isCalendarDate(date)) throw new UsageError(`--date must be a calendar date like 2026-12-01, not "${date}"`);
  const language = canonicalLanguage(values.language);
  if (!language) throw new UsageError(`--language "${values.language}" is not a BCP 47 language tag such as en, de or pt-BR`);
  const platforms = values.platforms?.split(",").map((p) => p.trim()).filter(Boolean);
  for (const platform of platforms ?? []) {
    if (!PLATFORM_IDS.includes(platform)) {
      throw new UsageError(
        `--platforms: unknown platform "${platform}".${didYouMean(platform, PLATFORM_IDS)} Platforms are: ${PLATFORM_IDS.join(", ")}`
      );
    }
  }
  const slug = slugify(values.slug ?? title);
  if (!slug) {
    throw new UsageError(
      values.slug === void 0 ? `the title "${title}" has no Latin letters or digits to name the file after: add e.g. --slug django-6-0-release` : `--slug "${values.slug}" has no Latin letters or digits: write e.g. --slug django-6-0-release`
    );
  }
  const path = `posts/${date}-${slug}.md`;
  const full = resolve(io.cwd, path);
  if (existsSync(full)) throw new UsageError(`${path} already exists: pick another title or edit that file`);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, scaffold(title, language, platforms), { flag: "wx" });
  io.out(`${path}
`);
  return 0;
}

export {
  NEW_HELP,
  scaffold,
  newCommand
};
