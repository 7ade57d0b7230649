// `herald doctor`: what an existing group's repository is missing or has misconfigured, each with what to do.
// Reads the repository (config, workflows, CODEOWNERS) and, with GITHUB_TOKEN and GITHUB_REPOSITORY, the
// GitHub settings the first run needs (doctor-github.ts). Exit code 1 when anything must be fixed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { lintWorkflow } from '../init/lint-workflows.ts';
import { CREDENTIAL_VARIABLES } from '../platforms/credentials.ts';
import type { HeraldConfig } from '../core/types.ts';
import { githubSettings } from './doctor-github.ts';
import { githubFromEnv } from './github-env.ts';
import type { CliIO } from './io.ts';
import { CONFIG_PATH, loadConfig } from './repo.ts';

export const DOCTOR_HELP = `Usage: herald doctor [options]

Says what this repository needs for Herald and what is misconfigured: the config, the workflows (each job
present, pinned by commit SHA, with a timeout, no input interpolated into a script), the secrets each
enabled platform needs and whether the publish job passes them, CODEOWNERS, and, when GITHUB_TOKEN and
GITHUB_REPOSITORY are set, the GitHub settings (the social environment and its secrets, the setting that
lets Actions open pull requests). Exit code 1 when something must be fixed.

Options:
  --config <path>  repository config (default: ${CONFIG_PATH})
  -h, --help       show this help
`;

export type Verdict = 'ok' | 'fix' | 'unknown';
export interface DoctorLine {
  verdict: Verdict;
  text: string;
}

const WORKFLOWS_DIR = '.github/workflows';
const HERALD_ACTION = /uses:\s*(\S+\/herald\/action@|\.\/action\b)/;

export async function doctorCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { config: { type: 'string', default: CONFIG_PATH }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.out(DOCTOR_HELP);
    return 0;
  }
  const lines: DoctorLine[] = [];
  const loaded = loadConfig(io.cwd, values.config);
  const errors = loaded.findings.filter((f) => f.severity === 'error');
  if (!loaded.found)
    lines.push({ verdict: 'fix', text: `${values.config} is missing: run herald init, or write it (docs/configuration.md)` });
  else if (errors.length)
    lines.push({
      verdict: 'fix',
      text: `${values.config} has ${errors.length} error(s): ${errors.map((f) => `line ${f.line}: ${f.message}`).join('; ')}`,
    });
  else lines.push({ verdict: 'ok', text: `${values.config} is valid` });
  const workflows = readWorkflows(io.cwd);
  lines.push(...workflowLines(workflows, loaded.config));
  const needed = neededSecrets(loaded.config);
  lines.push(...publishEnvLines(workflows, needed));
  lines.push(
    existsSync(join(io.cwd, '.github/CODEOWNERS')) || existsSync(join(io.cwd, 'CODEOWNERS'))
      ? { verdict: 'ok', text: 'CODEOWNERS names who reviews changes outside posts/' }
      : { verdict: 'fix', text: 'no CODEOWNERS: changes to .github/ and published/ need a named reviewer (herald init writes one)' },
  );
  const target = githubFromEnv(io.env);
  if (typeof target === 'string') {
    lines.push({
      verdict: 'unknown',
      text: `GitHub settings not checked (${target}): check by hand the "social" environment with the secrets ${needed.join(', ') || '(none)'}, and Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests" (docs/setup.md)`,
    });
  } else {
    lines.push(...(await githubSettings(target, needed)));
  }
  const mark = { ok: io.style.green('✓'), fix: io.style.red('✗'), unknown: io.style.yellow('?') };
  for (const line of lines) io.out(`${mark[line.verdict]} ${line.text}\n`);
  const toFix = lines.filter((l) => l.verdict === 'fix').length;
  io.out(toFix ? `\n${toFix} thing${toFix === 1 ? '' : 's'} to fix.\n` : '\nNothing to fix.\n');
  return toFix ? 1 : 0;
}

function readWorkflows(root: string): Map<string, string> {
  const dir = join(root, WORKFLOWS_DIR);
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

function commandsIn(text: string): string[] {
  return [...text.matchAll(/^\s*command:\s*([a-z]+)/gm)].map((m) => m[1]!);
}

function workflowLines(workflows: Map<string, string>, config: HeraldConfig): DoctorLine[] {
  const lines: DoctorLine[] = [];
  const herald = [...workflows].filter(([, text]) => HERALD_ACTION.test(text));
  const commands = new Set(herald.flatMap(([, text]) => commandsIn(text)));
  const wanted: [string, string][] = [
    ['publish', 'publishes merged posts'],
    ['schedule', 'publishes scheduled posts'],
    ['governance', 'checks the roster and opens renewal issues'],
    ['report', 'writes the quarterly report'],
  ];
  if (config.feeds.length) wanted.push(['feeds', 'drafts posts from the feeds in the config']);
  for (const [command, what] of wanted) {
    lines.push(
      commands.has(command)
        ? { verdict: 'ok', text: `a workflow runs Herald's ${command} (${what})` }
        : { verdict: 'fix', text: `no workflow runs Herald's ${command} (${what}): herald init writes it` },
    );
  }
  if (!commands.has('pr'))
    lines.push({
      verdict: 'unknown',
      text: 'no workflow runs Herald on pull requests (command: pr): fine with the hosted app installed, else PRs get no preview and no vote',
    });
  for (const [name, text] of workflows) {
    const problems = lintWorkflow(`${WORKFLOWS_DIR}/${name}`, text, { allowInstall: !HERALD_ACTION.test(text) });
    for (const p of problems) lines.push({ verdict: 'fix', text: `${p.file}:${p.line}: ${p.message}` });
  }
  return lines;
}

export function neededSecrets(config: HeraldConfig): string[] {
  return config.platforms.filter((p) => p.enabled && !p.retired).flatMap((p) => CREDENTIAL_VARIABLES[p.id]);
}

/** A secret the config needs that the publishing workflows do not hand to the Action never reaches it. */
function publishEnvLines(workflows: Map<string, string>, needed: string[]): DoctorLine[] {
  const publishing = [...workflows].filter(
    ([, text]) => HERALD_ACTION.test(text) && commandsIn(text).some((c) => c === 'publish' || c === 'schedule'),
  );
  return publishing.flatMap(([name, text]): DoctorLine[] => {
    const missing = needed.filter((secret) => !new RegExp(`^\\s+${secret}:\\s*\\$\\{\\{\\s*secrets\\.${secret}\\s*\\}\\}`, 'm').test(text));
    return missing.length
      ? [
          {
            verdict: 'fix',
            text: `${WORKFLOWS_DIR}/${name} does not pass ${missing.join(', ')} to Herald (env: NAME: \${{ secrets.NAME }}), which the enabled platforms need`,
          },
        ]
      : [{ verdict: 'ok', text: `${WORKFLOWS_DIR}/${name} passes the secrets of every enabled platform` }];
  });
}
