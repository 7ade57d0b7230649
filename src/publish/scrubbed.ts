// The publish job's sinks behind the one scrubber (src/core/scrub.ts): logs, failure, outputs, summary.
// Every text leaving the job goes through one of these or through the scrubber directly (the
// ledger's failures in runner.ts, the PR comment in action/src/main.ts).
import { scrubValue, secretScrubber, type Scrubber } from '../core/scrub.ts';
import { secretValues } from '../platforms/credentials.ts';

/** The part of @actions/core that writes outward (action/src/main.ts's ActionCore). */
export interface OutwardCore {
  info(message: string): void;
  warning(message: string): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
}

/** Tokens the runner gives the job, which Herald may hold without naming them as platform secrets. */
const JOB_TOKENS = ['INPUT_GITHUB-TOKEN', 'GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

/** The scrubber for a publish job: every platform secret in the environment and the job's tokens. */
export function jobScrubber(env: Record<string, string | undefined>): Scrubber {
  return secretScrubber([...secretValues(env), ...JOB_TOKENS.map((name) => env[name])]);
}

export function scrubbedCore<C extends OutwardCore>(core: C, scrub: Scrubber): C {
  return {
    ...core,
    info: (message) => core.info(scrub(message)),
    warning: (message) => core.warning(scrub(message)),
    // The runner's log masking needs the value itself; it never reaches the displayed log.
    setSecret: (secret) => core.setSecret(secret),
    setOutput: (name, value) => core.setOutput(name, scrubOutput(value, scrub)),
    setFailed: (message) => core.setFailed(scrub(message)),
    writeSummary: (markdown) => core.writeSummary(scrub(markdown)),
  };
}

/** A JSON output is scrubbed value by value, so it stays valid JSON whatever the secret's characters. */
function scrubOutput(value: string, scrub: Scrubber): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return scrub(value);
  }
  return JSON.stringify(scrubValue(parsed, scrub));
}
