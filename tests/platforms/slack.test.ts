import { describe, expect, it } from 'vitest';
import { CredentialsError, PlatformError } from '../../src/core/errors.ts';
import { createSlackAdapter } from '../../src/platforms/slack.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { startSlackServer, type SlackState } from '../helpers/servers/slack.ts';
import {
  context,
  image,
  part,
  partRequest,
  platformConfig,
  plannedCalls,
  PNG_BYTES,
  publishThread,
  rejection,
  rendition,
  writeCalls,
} from '../helpers/servers/fixtures.ts';

let server: FakeServer<SlackState>;
const env = { SLACK_BOT_TOKEN: 'xoxb-test-token' };
const adapter = (token = env.SLACK_BOT_TOKEN) =>
  createSlackAdapter(platformConfig('slack', `${server.url}/api`, { channel: 'C0HERALD01' }), { SLACK_BOT_TOKEN: token });
const ctx = () => context({ 'media/logo.png': PNG_BYTES });

useFakeServer(startSlackServer, (started) => (server = started));

describe('slack adapter', () => {
  it('needs the bot token and a channel', () => {
    expect(() => createSlackAdapter(platformConfig('slack', undefined, { channel: 'C1' }), {})).toThrow(CredentialsError);
    expect(() => createSlackAdapter(platformConfig('slack', undefined), env)).toThrow(/channel/);
  });

  it('posts follow-up parts in the thread of the first, each with the key in its metadata', async () => {
    const r = rendition('slack', [part('Release *today*'), part('Notes'), part('Thanks')]);
    const live = await publishThread(adapter(), r, ctx());
    const [first, ...rest] = server.state.messages;
    expect(rest.map((m) => m.thread_ts)).toEqual([first!.ts, first!.ts]);
    expect(server.state.messages.map((m) => m.metadata?.event_payload.key)).toEqual([0, 1, 2].map((i) => `${r.postId}:slack:${i}`));
    expect(live[0]!.url).toBe(`https://herald-test.slack.com/archives/C0HERALD01/p${first!.ts.replace('.', '')}`);
  });

  it('uploads images through the external upload flow and shows them as image blocks with alt text', async () => {
    await publishThread(adapter(), rendition('slack', [part('Logo', [image('media/logo.png', 'The logo')])]), ctx());
    const [file] = [...server.state.files.entries()];
    expect(file![1]).toMatchObject({ name: 'logo.png', alt: 'The logo', bytes: PNG_BYTES.length, completed: true });
    expect(server.state.messages[0]!.blocks![1]).toEqual({ type: 'image', slack_file: { id: file![0] }, alt_text: 'The logo' });
  });

  it('finds a top-level part and a thread reply by their key, and nothing for an unsent key', async () => {
    const r = rendition('slack', [part('First'), part('Second')]);
    const live = await publishThread(adapter(), r, ctx());
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(live[0]);
    expect(await adapter().findPart(partRequest(r, 1, live), ctx())).toEqual(live[1]);
    expect(await adapter().findPart(partRequest(rendition('slack', [part('First')], { postId: 'other' }), 0), ctx())).toBeUndefined();
  });

  it("turns Slack's ok:false answers into PlatformErrors with Slack's error code", async () => {
    const denied = await rejection(adapter('xoxb-revoked').publishPart(partRequest(rendition('slack', [part('Hi')]), 0), ctx()));
    expect(denied).toBeInstanceOf(PlatformError);
    expect(denied).toMatchObject({ platform: 'slack', retryable: false });
    expect(String(denied)).toContain('chat.postMessage failed: invalid_auth');
    expect((denied as PlatformError).hint).toContain('SLACK_BOT_TOKEN');
    const long = await rejection(adapter().publishPart(partRequest(rendition('slack', [part('a'.repeat(40_001))]), 0), ctx()));
    expect(String(long)).toContain('msg_too_long');
  });

  it('marks HTTP 429 retryable with Retry-After, and 503 retryable', async () => {
    server.fail({ status: 429, retryAfter: 3 });
    const limited = await rejection(adapter().publishPart(partRequest(rendition('slack', [part('Hi')]), 0), ctx()));
    expect(limited).toMatchObject({ status: 429, retryable: true, retryAfter: 3 });
    expect(String(limited)).toContain('ratelimited');
    server.fail({ status: 503 });
    expect(await rejection(adapter().publishPart(partRequest(rendition('slack', [part('Hi')]), 0), ctx()))).toMatchObject({
      status: 503,
      retryable: true,
    });
  });

  it('describes the writes publishPart sends', async () => {
    const r = rendition('slack', [part('Logo', [image('media/logo.png', 'Alt')]), part('Two')]);
    const planned = [...adapter().describe(partRequest(r, 0)), ...adapter().describe(partRequest(r, 1))];
    await publishThread(adapter(), r, ctx());
    const uploadsNamed = (calls: string[]) => calls.map((c) => c.replace(/\/upload\/F\w+$|\/api\/%3Cupload.*$/, '/<upload>'));
    expect(uploadsNamed(plannedCalls(planned))).toEqual(uploadsNamed(writeCalls(server.requests)));
    expect(JSON.stringify(planned)).not.toContain(env.SLACK_BOT_TOKEN);
  });
});
