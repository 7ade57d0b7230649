// Every workflow Herald runs or writes: this repository's .github/workflows/ and what `herald init` generates.
// None interpolates inputs or event fields into a script, every `uses:` is pinned by commit SHA with its
// version, every job has a timeout, and a group's workflows install nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '../../src/core/types.ts';
import { lintWorkflow } from '../../src/init/lint-workflows.ts';
import { heraldWorkflows } from '../../src/init/workflows.ts';
import { OWN_WORKFLOWS } from '../../scripts/workflows.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, '.github/workflows');
const released = { kind: 'released' as const, repository: 'herald-social/herald', sha: 'a'.repeat(40), version: 'v0.1.0' };

describe('workflow lint', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.yml')))('.github/workflows/%s passes', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    // Only CI, which tests Herald itself, installs Herald's sources.
    expect(lintWorkflow(name, text, { allowInstall: name === 'ci.yml' })).toEqual([]);
  });

  it('herald init writes workflows that pass, for any choice of platforms', () => {
    for (const platforms of [['mastodon'], ['bluesky', 'discord'], PLATFORM_IDS] as const) {
      for (const [path, text] of Object.entries(heraldWorkflows({ action: released, platforms, branch: 'main' }))) {
        expect(lintWorkflow(path, text), path).toEqual([]);
        expect(text).toContain(`uses: herald-social/herald/action@${'a'.repeat(40)} # v0.1.0`);
        expect(text).not.toMatch(/uses: \.\//);
      }
    }
  });

  it('this repository runs exactly the workflows a group gets, with the Action from its checkout (run node scripts/workflows.ts)', () => {
    for (const [path, text] of Object.entries(OWN_WORKFLOWS)) expect(readFileSync(join(root, path), 'utf8'), path).toBe(text);
  });

  it.each([
    ['an input in a script', 'run: echo "${{ inputs.limit }}"', /interpolates \$\{\{ inputs\./],
    [
      'an event field in a script',
      'run: |\n          echo hi\n          echo "${{ github.event.pull_request.title }}"',
      /interpolates \$\{\{ github\.event\./,
    ],
    ['a tag', 'uses: actions/checkout@v4', /pin it by full commit SHA/],
    ['a short SHA', 'uses: actions/checkout@08c6903', /pin it by full commit SHA/],
    ['a SHA without its version', 'uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', /comment naming the version/],
    ['an install', 'run: npm ci --no-audit', /"npm ci"/],
    ['Herald sources', 'run: node src/cli.ts feeds', /"node src\/"/],
  ])('refuses %s', (_name, step, message) => {
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - ${step}\n`;
    const problems = lintWorkflow('w.yml', text);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(problems[0]!.line).toBe(7);
  });

  it('refuses a job without timeout-minutes, at its line', () => {
    const problems = lintWorkflow('w.yml', 'on: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ok\n');
    expect(problems).toEqual([{ file: 'w.yml', line: 3, message: expect.stringContaining('job publish has no timeout-minutes') }]);
  });

  it('accepts inputs passed through env: and with:', () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - run: echo "$LIMIT"\n        env:\n          LIMIT: ${{ inputs.limit }}\n';
    expect(lintWorkflow('w.yml', text)).toEqual([]);
  });
});
