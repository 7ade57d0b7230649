// `herald publish --dry-run`: every request a publish would send, request by request, without sending.
import { parseArgs } from 'node:util';
import { PLATFORM_IDS, type PlatformId } from '../core/types.ts';
import { didYouMean } from '../core/yaml/suggest.ts';
import { HeraldError } from '../core/errors.ts';
import { hasCommit } from '../git/diff.ts';
import { dryRun } from '../publish/dry-run.ts';
import { UsageError, type CliIO } from './io.ts';
import { CONFIG_PATH, loadValidConfig } from './repo.ts';

export const PUBLISH_HELP = `Usage: herald publish --dry-run [options]

Shows what the Herald Action would send for the posts in this repository, request by request
(secrets are never printed). Publishing itself happens in the Herald Action when a pull request is
merged (see docs/publishing.md), where the credentials live.

Options:
  --dry-run              required: print the requests instead of sending them
  --before <rev>         only posts added or changed since this commit (default: every post)
  --platforms <list>     comma-separated platform ids to include (default: all targets)
  --config <path>        repository config (default: ${CONFIG_PATH})
  -h, --help             show this help
`;

export async function publishCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean' },
      before: { type: 'string' },
      platforms: { type: 'string' },
      config: { type: 'string', default: CONFIG_PATH },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(PUBLISH_HELP);
    return 0;
  }
  if (!values['dry-run']) {
    throw new UsageError('publishing runs in the Herald Action, where the credentials are; add --dry-run to see what it would send');
  }
  const platforms = values.platforms === undefined ? undefined : parsePlatforms(values.platforms);
  if (!loadValidConfig(io.cwd, values.config).found) {
    throw new HeraldError(`${values.config}: not found`, {
      hint: 'Publishing needs the platforms’ settings (servers, accounts): see docs/configuration.md, or run herald at the root of the repository.',
    });
  }
  // The Action treats an unknown `before` as a force push (every post is new); from a person it is a typo.
  if (values.before && !(await hasCommit(io.cwd, values.before))) {
    throw new UsageError(`--before ${values.before}: no such commit in this repository (try a commit hash, HEAD~1 or origin/main)`);
  }
  io.out(
    await dryRun(io.cwd, {
      configPath: values.config,
      now: io.now,
      ...(values.before ? { before: values.before } : {}),
      ...(platforms ? { platforms } : {}),
    }),
  );
  return 0;
}

function parsePlatforms(list: string): PlatformId[] {
  const ids = list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !(PLATFORM_IDS as readonly string[]).includes(id));
  if (unknown.length) {
    const guess = unknown.length === 1 ? didYouMean(unknown[0]!, PLATFORM_IDS) : '';
    throw new UsageError(`unknown platform ${unknown.join(', ')}.${guess} Platforms are: ${PLATFORM_IDS.join(', ')}`);
  }
  return ids as PlatformId[];
}
