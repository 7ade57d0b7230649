// Which job the one Herald Action runs: the `command` input. Each command's code is imported only when it is
// chosen (the bundle is split at these imports), so a publish run does not load the feeds or the app.
import { HeraldError } from '../../src/core/errors.ts';
import { secretValues } from '../../src/platforms/credentials.ts';
import { input } from './inputs.ts';
import type { ActionDeps } from './main.ts';

export const COMMANDS = ['publish', 'schedule', 'feeds', 'governance', 'report', 'pr', 'propose'] as const;
export type Command = (typeof COMMANDS)[number];

export function readCommand(env: Record<string, string | undefined>): Command {
  const name = input(env, 'command') || 'publish';
  if (!(COMMANDS as readonly string[]).includes(name))
    throw new HeraldError(`input command: unknown "${name}" (known: ${COMMANDS.join(', ')})`);
  return name as Command;
}

export async function dispatch(deps: ActionDeps): Promise<void> {
  let command: Command;
  try {
    command = readCommand(deps.env);
  } catch (error) {
    deps.core.setFailed((error as Error).message);
    return;
  }
  // publish and schedule are the same run: the event says whether it follows a push or the clock.
  if (command === 'publish' || command === 'schedule') return (await import('./main.ts')).run(deps);
  for (const secret of secretValues(deps.env)) deps.core.setSecret(secret);
  try {
    if (command === 'pr') return await (await import('./pr.ts')).runPr(deps);
    return await (await import('./cli-jobs.ts')).runCliJob(command, deps);
  } catch (error) {
    const hint = error instanceof HeraldError && error.hint ? `\n${error.hint}` : '';
    deps.core.setFailed(`${(error as Error).message}${hint}`);
  }
}
