// `herald demo`: Herald's main job on the sample posts, with no accounts: check, preview, and the
// dry-run publish plan. What a new user runs first.
import { parseArgs } from 'node:util';
import { formatFindings } from './findings-format.ts';
import type { CliIO } from './io.ts';
import { checkRepo } from './check-command.ts';
import { formatPreview } from './preview-format.ts';
import { CONFIG_PATH } from './repo.ts';
import { dryRun } from '../publish/dry-run.ts';

const DEMO_HELP = `Usage: herald demo [paths...]

Runs Herald's main job on the posts (default: posts/) without any account: the guideline checks,
the preview of what each platform receives, and the dry-run publish plan (every request that would
be sent on merge). Exit code 1 when a check fails.

Options:
  -h, --help   show this help
`;

export async function demoCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(DEMO_HELP);
    return 0;
  }
  const { config, report, configFindings, files } = await checkRepo(io, positionals, CONFIG_PATH);
  const findings = [...configFindings, ...report.posts.flatMap((p) => p.findings)];
  io.out(io.style.bold('1. Checks (herald check)\n\n'));
  io.out(formatFindings(findings, 'human', io.style, files.length));
  io.out(io.style.bold('\n2. What each platform receives (herald preview)\n\n'));
  io.out(formatPreview(report.posts, io.style, { timeZone: config.timezone, now: io.now }));
  io.out(io.style.bold('\n3. What a merge would publish (herald publish --dry-run)\n\n'));
  io.out(await dryRun(io.cwd, { configPath: CONFIG_PATH, now: io.now }));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
