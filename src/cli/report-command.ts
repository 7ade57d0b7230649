// `herald report`: the working group's report to the board for a quarter (or any dates), written as
// markdown with an SVG chart beside it: posts per platform and month, votes, failures, engagement.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { datesPeriod, periodFileLabel, quarterPeriod } from '../core/quarterly-report/period.ts';
import { renderReport } from '../core/quarterly-report/render.ts';
import { ADAPTER_LOADERS, type AdapterLoaders } from '../platforms/registry.ts';
import { gatherReport } from '../quarterly-report/gather-report.ts';
import { githubFromEnv } from './github-env.ts';
import { UsageError, type CliIO } from './io.ts';
import { CONFIG_PATH, loadValidConfig } from './repo.ts';

const REPORT_HELP = `Usage: herald report (--quarter <YYYYQn> | --since <date> --until <date>) [options]

Writes the report to the board: posts published per platform and month (with a chart), the votes
(median time from pull request to quorum, participation per member), failures and retries, and
engagement and followers from every platform that exposes them. Reads the ledger in published/;
votes come from GitHub when GITHUB_TOKEN and GITHUB_REPOSITORY are set; engagement uses the same
platform secrets as publishing. A number that cannot be fetched is listed as missing, with why.

Options:
  --quarter <q>    a calendar quarter, e.g. 2026Q3
  --since <date>   first day, e.g. 2026-07-01 (with --until)
  --until <date>   last day, inclusive
  --out <dir>      where to write <label>.md and <label>.svg (default: reports)
  --config <path>  repository config (default: ${CONFIG_PATH})
  -h, --help       show this help
`;

interface ReportCommandDeps {
  adapters?: AdapterLoaders;
  fetch?: typeof globalThis.fetch;
}

export async function reportCommand(argv: string[], io: CliIO, deps: ReportCommandDeps = {}): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quarter: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      out: { type: 'string', default: 'reports' },
      config: { type: 'string', default: CONFIG_PATH },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(REPORT_HELP);
    return 0;
  }
  const byDates = values.since !== undefined || values.until !== undefined;
  if (values.quarter !== undefined && byDates) throw new UsageError('give either --quarter or --since/--until, not both');
  if (values.quarter === undefined && (values.since === undefined || values.until === undefined)) {
    throw new UsageError('say which period: --quarter 2026Q3, or --since 2026-07-01 --until 2026-09-30');
  }
  const period = values.quarter !== undefined ? quarterPeriod(values.quarter) : datesPeriod(values.since!, values.until!);
  if (typeof period === 'string') throw new UsageError(period);

  const { config } = loadValidConfig(io.cwd, values.config);
  const label = periodFileLabel(period);
  const input = await gatherReport(config, period, {
    root: io.cwd,
    env: io.env,
    github: githubFromEnv(io.env),
    adapters: deps.adapters ?? ADAPTER_LOADERS,
    fetch: deps.fetch ?? globalThis.fetch,
    log: (m) => io.err(`${m}\n`),
    chartFile: `${label}.svg`,
  });
  const report = renderReport(input);
  const dir = resolve(io.cwd, values.out);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${label}.md`), report.markdown);
  writeFileSync(join(dir, `${label}.svg`), report.svg);
  io.out(`Wrote ${join(values.out, `${label}.md`)} and ${join(values.out, `${label}.svg`)}\n`);
  const missing = input.missing.length + (input.votesMissing ? 1 : 0);
  if (missing > 0) io.out(`${missing} group${missing === 1 ? '' : 's'} of numbers missing: see "Missing numbers" in the report\n`);
  return 0;
}
