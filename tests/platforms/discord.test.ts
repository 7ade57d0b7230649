import { describe, expect, it } from 'vitest';
import { CredentialsError, PlatformError } from '../../src/core/errors.ts';
import { createDiscordAdapter } from '../../src/platforms/discord.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { startDiscordServer, type DiscordState } from '../helpers/servers/discord.ts';
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

let server: FakeServer<DiscordState> & { webhookUrl: string };
const adapter = (extra: Record<string, string> = {}, options = {}) =>
  createDiscordAdapter(platformConfig('discord', undefined, options), { DISCORD_WEBHOOK_URL: server.webhookUrl, ...extra });
const ctx = () => context({ 'media/logo.png': PNG_BYTES });

useFakeServer(startDiscordServer, (started) => (server = started));

describe('discord adapter', () => {
  it('needs the webhook URL, and a well-formed one', () => {
    expect(() => createDiscordAdapter(platformConfig('discord', undefined), {})).toThrow(CredentialsError);
    expect(() => createDiscordAdapter(platformConfig('discord', undefined), { DISCORD_WEBHOOK_URL: 'https://example.org/hook' })).toThrow(
      /not a webhook URL/,
    );
  });

  it('posts a thread as consecutive messages, pinging nobody, with links to each', async () => {
    const live = await publishThread(adapter(), rendition('discord', [part('Hello @everyone'), part('Part two')]), ctx());
    const { guildId, channelId, messages } = server.state;
    expect(messages.map((m) => m.content)).toEqual(['Hello @everyone', 'Part two']);
    expect(live[1]!.url).toBe(`https://discord.com/channels/${guildId}/${channelId}/${messages[1]!.id}`);
    const sent = JSON.parse(new TextDecoder().decode(server.requests.find((q) => q.method === 'POST')!.body));
    expect(sent.allowed_mentions).toEqual({ parse: [] });
  });

  it('attaches images with their alt text as the attachment description', async () => {
    await publishThread(adapter(), rendition('discord', [part('Logo', [image('media/logo.png', 'The logo')])]), ctx());
    expect(server.state.messages[0]!.attachments).toMatchObject([
      { filename: 'logo.png', description: 'The logo', size: PNG_BYTES.length },
    ]);
  });

  it('hides a content-warned post behind spoiler markup, attachments included', async () => {
    await publishThread(
      adapter(),
      rendition('discord', [part('Details', [image('media/logo.png', 'Alt')])], { contentWarning: 'spoilers' }),
      ctx(),
    );
    const [message] = server.state.messages;
    expect(message!.content).toBe('**CW: spoilers**\n||Details||');
    expect(message!.attachments[0]!.filename).toBe('SPOILER_logo.png');
  });

  it('refuses to guess in findPart without a bot token, and finds the message with one', async () => {
    const r = rendition('discord', [part('First'), part('Second')]);
    const live = await publishThread(adapter(), r, ctx());
    const refused = await rejection(adapter().findPart(partRequest(r, 1, live), ctx()));
    expect(refused).toBeInstanceOf(PlatformError);
    expect((refused as PlatformError).hint).toContain('DISCORD_BOT_TOKEN');
    const withBot = adapter({ DISCORD_BOT_TOKEN: server.state.botToken }, { channel: server.state.channelId });
    expect(await withBot.findPart(partRequest(r, 1, live), ctx())).toEqual(live[1]);
    expect(await withBot.findPart(partRequest(rendition('discord', [part('Unsent')]), 0), ctx())).toBeUndefined();
  });

  it("reports too-long content with Discord's code 50035 and field message", async () => {
    const error = await rejection(adapter().publishPart(partRequest(rendition('discord', [part('a'.repeat(2001))]), 0), ctx()));
    expect(error).toMatchObject({ platform: 'discord', status: 400, retryable: false });
    expect(String(error)).toContain('Invalid Form Body (50035); content: Must be 2000 or fewer in length.');
    // The description refuses it too (content maxLength 2000); this test sends it on purpose.
    if (server.violations.length > 0)
      expect(server.violations.splice(0)).toEqual([expect.stringContaining('body/content must NOT have more than 2000 characters')]);
  });

  it('reports a revoked webhook token without leaking it', async () => {
    const revoked = server.webhookUrl.replace(server.state.webhookToken, 'revoked-token');
    const bad = createDiscordAdapter(platformConfig('discord', undefined), { DISCORD_WEBHOOK_URL: revoked });
    const error = await rejection(bad.publishPart(partRequest(rendition('discord', [part('Hi')]), 0), ctx()));
    expect(error).toMatchObject({ status: 401, retryable: false });
    expect(String(error)).toContain('Invalid Webhook Token (50027)');
    expect(String(error)).not.toContain('revoked-token');
  });

  it('marks 429 retryable with Retry-After, and 502 retryable', async () => {
    server.fail({ status: 429, retryAfter: 2 });
    expect(await rejection(adapter().publishPart(partRequest(rendition('discord', [part('Hi')]), 0), ctx()))).toMatchObject({
      retryable: true,
      retryAfter: 2,
    });
    server.fail({ status: 502 });
    expect(await rejection(adapter().publishPart(partRequest(rendition('discord', [part('Hi')]), 0), ctx()))).toMatchObject({
      status: 502,
      retryable: true,
    });
  });

  it('describes the requests publishPart sends, with the webhook token redacted', async () => {
    const r = rendition('discord', [part('Logo', [image('media/logo.png', 'Alt')]), part('Two')]);
    const planned = [...adapter().describe(partRequest(r, 0)), ...adapter().describe(partRequest(r, 1))];
    await publishThread(adapter(), r, ctx());
    const redacted = (calls: string[]) => calls.map((c) => c.replace(/\/webhooks\/(\d+)\/[^/]+$/, '/webhooks/$1/***'));
    expect(plannedCalls(planned)).toEqual(redacted(writeCalls(server.requests)));
    expect(JSON.stringify(planned)).not.toContain(server.state.webhookToken);
  });
});
