// The bundle's entry (action/dist/index.js): wires the real world into the command the `command` input names.
// Tests import main.ts and commands.ts.
import * as core from '@actions/core';
import { ADAPTER_LOADERS } from '../../src/platforms/registry.ts';
import { dispatch } from './commands.ts';

await dispatch({
  env: process.env,
  // Reading globalThis.fetch loads Node's fetch implementation: only when a request is made.
  fetch: (input, init) => globalThis.fetch(input, init),
  adapters: ADAPTER_LOADERS,
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  core: {
    info: core.info,
    warning: core.warning,
    setSecret: core.setSecret,
    setOutput: core.setOutput,
    setFailed: core.setFailed,
    writeSummary: async (markdown) => {
      if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(markdown, true).write();
    },
  },
});
