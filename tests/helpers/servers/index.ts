// Every fake platform server, each started the same way: `await startXServer({ latencyMs })` →
// { url, state, requests, unhandled, latencyMs, fail(fault), onRequest(n, 'before' | 'after', cb), close() }.
// Point the adapter at `url` with config.server (Slack: `${url}/api`; Discord: DISCORD_WEBHOOK_URL = webhookUrl).
export type { Fault, FakeServer, FakeServerOptions, HookTiming, RecordedRequest } from './base.ts';
export { startDiscordServer } from './discord.ts';
export { startDiscourseServer } from './discourse.ts';
export { startLinkedInServer } from './linkedin.ts';
export { startMastodonServer } from './mastodon.ts';
export { startSlackServer } from './slack.ts';
export { startMediaHost, startThreadsServer } from './threads.ts';
export { startXServer, X_TEST_KEYS } from './x.ts';
export { startPinterestServer } from './pinterest.ts';
export { startRedditServer } from './reddit.ts';
export { startFacebookServer } from './facebook.ts';
export { startInstagramServer } from './instagram.ts';
