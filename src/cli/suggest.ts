// "Did you mean …?" for a mistyped command or option, from the same closeness test the config uses.
import { didYouMean } from '../core/yaml/suggest.ts';

/** ` Did you mean "preview"?` for `previw`, or ''. */
export function commandHint(name: string, commands: readonly string[]): string {
  return didYouMean(name, commands);
}

/** The long options a command's help lists (`--format <…>`, `--dry-run`). */
export function optionsIn(help: string): string[] {
  return [...new Set([...help.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => `--${m[1]}`))];
}

/**
 * node's "Unknown option '--jsno'. To specify a positional argument starting with a '-', …" as
 * `unknown option --jsno. Did you mean "--json"?`; any other message as it is.
 */
export function explainOptionError(message: string, help: string): string {
  const option = /^Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (!option) return message;
  const hint = option.startsWith('--')
    ? didYouMean(
        option.slice(2),
        optionsIn(help).map((o) => o.slice(2)),
      ).replace(/"([^"]+)"/, '"--$1"')
    : '';
  return `unknown option ${option}.${hint}`;
}
