// `herald init [dir]`: writes a group's repository (config, pinned workflows, CODEOWNERS, an example post,
// CONTRIBUTING.md). Every answer can be a flag; on a terminal the missing ones are asked (init-prompts.ts).
// Never overwrites a file unless --force, and then says which.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localDate } from '../core/tally/local-date.ts';
import { PLATFORM_IDS, type PlatformId, type Role } from '../core/types.ts';
import { didYouMean } from '../core/yaml/suggest.ts';
import { parseActionRef, type HeraldAction } from '../init/pins.ts';
import { builtRelease, HERALD_VERSION } from '../init/release.ts';
import { PLATFORM_SETTINGS, scaffoldFiles, type InitAnswers, type InitMember } from '../init/scaffold.ts';
import { CREDENTIAL_VARIABLES } from '../platforms/credentials.ts';
import { UsageError, type CliIO } from './io.ts';

const ROLES: readonly Role[] = ['chair', 'co-chair', 'board-liaison', 'member'];
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const SETTING_FLAGS = Object.entries(PLATFORM_SETTINGS).flatMap(([platform, list]) =>
  list.map((s) => ({ flag: `${platform}-${s.key}`, platform: platform as PlatformId, ...s })),
);

export const INIT_HELP = `Usage: herald init [dir] [options]

Sets up a working group's repository in dir (default: here): .github/herald.yml, the workflows (pinned to
Herald's released Action), CODEOWNERS, an example post and CONTRIBUTING.md. Asks for what is missing when
run in a terminal; with --yes (or no terminal) every answer comes from the options. Existing files are
never overwritten unless --force. Then follow docs/setup.md: add the secrets, merge, post.

Options:
  --group <name>              the group's name (default: the folder's name)
  --platforms <list>          comma-separated: ${PLATFORM_IDS.join(', ')}
  --member <login[:roles]>    a member of the roster, roles joined by + (${ROLES.join(', ')}); repeat it
${SETTING_FLAGS.map((s) => `  --${s.flag.padEnd(26)}${s.question}, e.g. ${s.example}`).join('\n')}
  --timezone <zone>           IANA time zone of the group (default: this computer's)
  --branch <name>             the default branch (default: main)
  --action <owner/repo@sha>   the Herald Action to pin (default: the release this herald was packed from)
  --force                     overwrite existing files
  --yes                       ask nothing
  -h, --help                  show this help
`;

export interface Prompter {
  ask(missing: Partial<InitAnswers>, defaults: { group: string; timezone: string }): Promise<Partial<InitAnswers>>;
}

export async function initCommand(argv: string[], io: CliIO & { interactive?: boolean }, prompter?: Prompter): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      group: { type: 'string' },
      platforms: { type: 'string' },
      member: { type: 'string', multiple: true },
      timezone: { type: 'string' },
      branch: { type: 'string', default: 'main' },
      action: { type: 'string' },
      force: { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(SETTING_FLAGS.map((s) => [s.flag, { type: 'string' as const }])),
    },
  });
  if (values.help) {
    io.out(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`one folder at most, got ${positionals.length}`);
  const dir = resolve(io.here ?? io.cwd, positionals[0] ?? '.');
  const action = releasedAction(values.action);
  const flags = values as unknown as Record<string, string | undefined>;
  let answers: Partial<InitAnswers> = {
    ...(values.group ? { group: values.group } : {}),
    ...(values.platforms ? { platforms: parsePlatforms(values.platforms) } : {}),
    ...(values.member?.length ? { members: values.member.map(parseMember) } : {}),
    ...(values.timezone ? { timezone: checkTimezone(values.timezone) } : {}),
    settings: settingsFromFlags(flags),
  };
  const defaults = { group: basename(dir), timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' };
  if (io.interactive && !values.yes) {
    try {
      answers = { ...answers, ...(await (prompter ?? (await import('./init-prompts.ts')).inquirer).ask(answers, defaults)) };
    } catch (error) {
      // Ctrl-C at a question (@inquirer/prompts' ExitPromptError): stop quietly, before anything is written.
      if ((error as Error).name !== 'ExitPromptError') throw error;
      io.err('herald init: cancelled, nothing was written\n');
      return 130;
    }
  }
  const complete = completeAnswers(answers, defaults, values.branch, action, io.now);
  const files = scaffoldFiles(complete);
  const existing = Object.keys(files).filter((path) => existsSync(join(dir, path)));
  if (existing.length && !values.force) {
    throw new UsageError(
      `${existing.join(', ')} ${existing.length === 1 ? 'exists' : 'exist'} in ${dir}: nothing was written (--force overwrites)`,
    );
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    io.out(`${existing.includes(path) ? 'overwrote' : 'wrote'} ${path}\n`);
  }
  const secrets = complete.platforms.flatMap((p) => CREDENTIAL_VARIABLES[p]);
  io.out(
    `\nNext (docs/setup.md): create the environment "social" with the secrets ${secrets.join(', ')};\n` +
      'allow GitHub Actions to create pull requests (Settings → Actions → General); commit, push, and open a first post.\n',
  );
  return 0;
}

function releasedAction(flag: string | undefined): HeraldAction {
  const release = builtRelease();
  if (flag) {
    const parsed = parseActionRef(flag, release?.version ?? HERALD_VERSION);
    if (typeof parsed === 'string') throw new UsageError(`--action ${parsed}`);
    return parsed;
  }
  if (!release)
    throw new UsageError(
      'this herald was not built from a release: name the Action to pin, e.g. --action herald-social/herald@<40-hex commit sha>',
    );
  return { kind: 'released', repository: release.repository, sha: release.sha, version: release.version };
}

function parsePlatforms(list: string): PlatformId[] {
  const ids = list
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  for (const id of ids) {
    if (!(PLATFORM_IDS as readonly string[]).includes(id))
      throw new UsageError(
        `--platforms: unknown platform "${id}".${didYouMean(id, PLATFORM_IDS)} Platforms are: ${PLATFORM_IDS.join(', ')}`,
      );
  }
  if (!ids.length) throw new UsageError('--platforms: name at least one platform');
  return [...new Set(ids)] as PlatformId[];
}

export function parseMember(text: string): InitMember {
  const [login = '', roleList] = text.trim().replace(/^@/, '').split(':');
  if (!LOGIN.test(login)) throw new UsageError(`--member "${text}": "${login}" is not a GitHub login`);
  const roles = (roleList ? roleList.split('+') : []).map((r) => r.trim()).filter(Boolean);
  for (const role of roles) {
    if (!(ROLES as readonly string[]).includes(role))
      throw new UsageError(`--member "${text}": unknown role "${role}" (roles: ${ROLES.join(', ')})`);
  }
  return { login, roles: roles as Role[] };
}

export function checkTimezone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new UsageError(`--timezone "${zone}" is not an IANA time zone such as Europe/Amsterdam`);
  }
}

function settingsFromFlags(flags: Record<string, string | undefined>): InitAnswers['settings'] {
  const settings: InitAnswers['settings'] = {};
  for (const s of SETTING_FLAGS) {
    const value = flags[s.flag]?.trim();
    if (!value) continue;
    if (s.key === 'server' && !/^https:\/\/[^\s/]+/.test(value))
      throw new UsageError(`--${s.flag}: expected an https:// URL, e.g. ${s.example}`);
    (settings[s.platform] ??= {})[s.key] = value;
  }
  return settings;
}

function completeAnswers(
  a: Partial<InitAnswers>,
  defaults: { group: string; timezone: string },
  branch: string,
  action: HeraldAction,
  now: Date,
): InitAnswers {
  if (!a.platforms) throw new UsageError('say which platforms: --platforms mastodon,bluesky');
  if (!a.members?.length) throw new UsageError('name the roster: --member ada:chair --member grace:co-chair+board-liaison');
  const logins = a.members.map((m) => m.login.toLowerCase());
  const twice = logins.find((l, i) => logins.indexOf(l) !== i);
  if (twice) throw new UsageError(`--member ${twice} is named twice`);
  const missing = a.platforms.flatMap((p) =>
    (PLATFORM_SETTINGS[p] ?? []).filter((s) => !a.settings?.[p]?.[s.key]).map((s) => `--${p}-${s.key} (${s.question}, e.g. ${s.example})`),
  );
  if (missing.length) throw new UsageError(`also needed: ${missing.join(', ')}`);
  const timezone = a.timezone ?? defaults.timezone;
  return {
    group: a.group ?? defaults.group,
    platforms: a.platforms,
    settings: a.settings ?? {},
    members: a.members,
    timezone,
    termStart: localDate(now, timezone),
    branch,
    action,
  };
}
