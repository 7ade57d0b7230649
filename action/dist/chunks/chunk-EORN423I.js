import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  fitsIn,
  formatPreview
} from "./chunk-4O2IXOKA.js";
import {
  checkRepo
} from "./chunk-VCBELIDK.js";
import {
  formatFindings
} from "./chunk-HSP3AYTZ.js";
import {
  CONFIG_PATH,
  loadValidConfig
} from "./chunk-VD2WPKFG.js";

// src/cli/preview-command.ts
import { parseArgs } from "node:util";
var PREVIEW_HELP = `Usage: herald preview [paths...] [options]

Shows what each target platform will receive for each post: the exact text, its length against the
platform's limit, the thread split, and the media with their alt text. Paths default to posts/.
Exit code 1 when a post does not fit a platform's limit, has errors (herald check says which), or
the config has errors.

Options:
  --json             machine-readable output (the renditions)
  --config <path>    repository config (default: ${CONFIG_PATH})
  --offline          count against the config's limits without asking the servers for theirs
  -h, --help         show this help

Mastodon limits come from the server's public /api/v2/instance, else the config, else Herald's
defaults; a note on stderr says which.
`;
async function previewCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      config: { type: "string", default: CONFIG_PATH },
      offline: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(PREVIEW_HELP);
    return 0;
  }
  loadValidConfig(io.cwd, values.config);
  const { config, report, files, limitNotes, configFindings } = await checkRepo(io, positionals, values.config, {
    offline: values.offline ?? false
  });
  for (const note of limitNotes) io.err(`note: ${note}
`);
  for (const f of configFindings.filter((f2) => f2.severity === "warn")) io.err(`note: ${f.file}:${f.line}: ${f.message}
`);
  const unparsed = report.posts.filter((p) => !p.post).flatMap((p) => p.findings);
  const overLimit = report.posts.some((p) => p.renditions.some((r) => r.parts.some((part) => !fitsIn(part.count))));
  const failed = unparsed.length > 0 || overLimit;
  if (values.json) {
    const posts = report.posts.map(({ file, renditions, post, findings }) => ({ file, renditions, ...post ? {} : { findings } }));
    io.out(JSON.stringify(posts, null, 2) + "\n");
    return failed ? 1 : 0;
  }
  io.out(formatPreview(report.posts, io.style, { timeZone: config.timezone, now: io.now }));
  if (unparsed.length) io.err(formatFindings(unparsed, "human", io.style, files.length));
  if (overLimit) io.err(io.style.red("Some text does not fit its platform (marked \u2717 above): shorten it or add an override.\n"));
  return failed ? 1 : 0;
}

export {
  PREVIEW_HELP,
  previewCommand
};
