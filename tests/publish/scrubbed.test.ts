// The publish job's sinks pass the scrubber: platform secrets and the job's GitHub tokens.
import { describe, expect, it } from 'vitest';
import { jobScrubber, scrubbedCore, type OutwardCore } from '../../src/publish/scrubbed.ts';

function recordingCore() {
  const said: string[] = [];
  const core: OutwardCore = {
    info: (m) => void said.push(`info ${m}`),
    warning: (m) => void said.push(`warning ${m}`),
    setSecret: (m) => void said.push(`secret ${m}`),
    setOutput: (n, v) => void said.push(`output ${n}=${v}`),
    setFailed: (m) => void said.push(`failed ${m}`),
    writeSummary: async (m) => void said.push(`summary ${m}`),
  };
  return { said, core };
}

describe('scrubbedCore with the job scrubber', () => {
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-slack-secret-1',
    'INPUT_GITHUB-TOKEN': 'ghs_inputtoken1234',
    GITHUB_TOKEN: 'ghs_envtoken5678',
    HOME: '/home/runner',
  };

  it('scrubs logs, failure, summary and outputs, and keeps JSON outputs valid', async () => {
    const { said, core } = recordingCore();
    const out = scrubbedCore(core, jobScrubber(env));
    out.info('token xoxb-slack-secret-1 in /home/runner');
    out.warning(`basic ${Buffer.from('x-access-token:ghs_inputtoken1234').toString('base64')}`);
    out.setFailed('push to https://x-access-token:ghs_envtoken5678@github.com/wg/social failed');
    await out.writeSummary('| a | xoxb-slack-secret-1 |');
    out.setOutput('published', JSON.stringify([{ error: 'said "xoxb-slack-secret-1"', quote: '"' }]));
    out.setSecret('xoxb-slack-secret-1');
    expect(said).toEqual([
      'info token *** in /home/runner',
      'warning basic ***',
      'failed push to https://x-access-token:***@github.com/wg/social failed',
      'summary | a | *** |',
      'output published=[{"error":"said \\"***\\"","quote":"\\""}]',
      // The runner needs the value itself to mask it; the command is not shown in the log.
      'secret xoxb-slack-secret-1',
    ]);
  });
});
