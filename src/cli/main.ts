// The `herald` command: parse the subcommand, run it, turn errors into messages and exit codes.
import { HeraldError } from '../core/errors.ts';
import { checkCommand } from './check-command.ts';
import { UsageError, type CliIO } from './io.ts';
import { newCommand } from './new-command.ts';
import { previewCommand } from './preview-command.ts';
import { findRoot } from './repo.ts';
import { commandHint, explainOptionError } from './suggest.ts';

const MAIN_HELP = `Usage: herald <command> [options]

Run your community's social media as code review.

Commands:
  init [dir]         set up a working group's repository (config, workflows, CODEOWNERS, an example post)
  doctor             say what an existing repository is missing or has misconfigured
  new <title>        scaffold a post in posts/
  check [paths]      check posts against platform limits and the group's guidelines
  preview [paths]    show exactly what each platform will receive
  publish --dry-run  show every request a publish would send, without sending
  demo               check, preview and plan a dry-run publish of posts/ (no accounts needed)
  feeds              draft posts from new entries of the configured news feeds (scheduled)
  governance         lint the roster and open term-renewal issues (scheduled)
  report --quarter   write the quarterly report to the board (markdown + SVG chart)
  calendar           write the posting calendar (.ics) of scheduled and recent posts
  propose            turn a post proposal (issue form or workflow form) into a draft pull request
  schema <config|post>  print the JSON Schema editors use for .github/herald.yml or front matter

Run herald <command> --help for a command's options.
`;

type Command = (argv: string[], io: CliIO) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  init: async (argv, io) => (await import('./init-command.ts')).initCommand(argv, io),
  doctor: async (argv, io) => (await import('./doctor-command.ts')).doctorCommand(argv, io),
  new: newCommand,
  check: checkCommand,
  preview: previewCommand,
  publish: async (argv, io) => (await import('./publish-command.ts')).publishCommand(argv, io),
  demo: async (argv, io) => (await import('./demo-command.ts')).demoCommand(argv, io),
  feeds: async (argv, io) => (await import('./feeds-command.ts')).feedsCommand(argv, io),
  governance: async (argv, io) => (await import('./governance-command.ts')).governanceCommand(argv, io),
  report: async (argv, io) => (await import('./report-command.ts')).reportCommand(argv, io),
  calendar: async (argv, io) => (await import('./calendar-command.ts')).calendarCommand(argv, io),
  propose: async (argv, io) => (await import('./propose-command.ts')).proposeCommand(argv, io),
  schema: async (argv, io) => (await import('./schema-command.ts')).schemaCommand(argv, io),
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(MAIN_HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`herald: unknown command "${name}".${commandHint(name, Object.keys(COMMANDS))}\n\n${MAIN_HELP}`);
    return 2;
  }
  // Every command but init works on the repository the user is in, from any folder of it.
  const root = name === 'init' ? io.cwd : findRoot(io.cwd);
  const located: CliIO = root === io.cwd ? io : { ...io, cwd: root, here: io.cwd };
  try {
    return await command(rest, located);
  } catch (error) {
    return await reportError(error, name, io);
  }
}

/** An error a command threw as the message and exit code a user gets (other errors are bugs: rethrown). */
export async function reportError(error: unknown, command: string, io: CliIO): Promise<number> {
  if (error instanceof UsageError || isParseArgsError(error)) {
    const message = isParseArgsError(error)
      ? explainOptionError((error as Error).message, await helpOf(command))
      : (error as Error).message;
    io.err(`herald ${command}: ${message}\nRun herald ${command} --help for usage.\n`);
    return 2;
  }
  if (error instanceof HeraldError) {
    io.err(io.style.red(`herald ${command}: ${error.message}\n`) + (error.hint ? `${error.hint}\n` : ''));
    return 1;
  }
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E')) {
    io.err(io.style.red(`herald ${command}: ${error.message}\n`));
    return 1;
  }
  throw error;
}

/** The command's help text (its module exports it as …_HELP), read only on this error path. */
async function helpOf(command: string): Promise<string> {
  const module: Record<string, unknown> = await import(`./${command}-command.ts`);
  const help = Object.entries(module).find(([key, value]) => key.endsWith('_HELP') && typeof value === 'string');
  return (help?.[1] as string | undefined) ?? '';
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
