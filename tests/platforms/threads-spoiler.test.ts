// Threads' native spoiler instead of a bare "CW:" line: the warning stays visible, the warned text and
// media go behind Threads' spoiler (text_entities SPOILER, is_spoiler_media), every part of the thread.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePost } from '../../src/core/post/parse.ts';
import { renderPost } from '../../src/core/render/index.ts';
import type { Rendition } from '../../src/core/types.ts';
import { threadsAdapterFactory } from '../../src/platforms/threads.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { context, platformConfig, PNG_BYTES, publishThread } from '../helpers/servers/fixtures.ts';
import { startMediaHost, startThreadsServer, type ThreadsState } from '../helpers/servers/threads.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';

let server: FakeServer<ThreadsState>;
let host: FakeServer<{ files: Record<string, Uint8Array> }>;
const adapter = () =>
  threadsAdapterFactory({ pollIntervalMs: 1, pollAttempts: 20 })(
    platformConfig('threads', server.url, { media_base_url: `${host.url}/` }),
    { THREADS_ACCESS_TOKEN: 'threads-test-token' },
  );

function threadsRendition(markdown: string): Rendition {
  const parsed = parsePost('posts/2026-12-01-finale.md', markdown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return renderPost(parsed.post, platformConfig('threads', undefined));
}

beforeEach(async () => {
  host = await startMediaHost({ 'posts/media/still.png': PNG_BYTES });
});
afterEach(() => host.close());
useFakeServer(startThreadsServer, (started) => (server = started));

describe('threads: native spoilers for content warnings', () => {
  it('keeps the CW line visible and hides the rest of every part, media included', async () => {
    const r = threadsRendition(`---
language: en
content_warning: season finale
platforms: [threads]
---
The finale: everyone survives.

![A still from the last scene](media/still.png "Image: the studio")

---

And then the credits roll.
`);
    expect(r.spoiler).toEqual({ firstPartFrom: 'CW: season finale\n\n'.length });
    await publishThread(adapter(), r, context());
    const [first, second] = server.state.posts;
    expect(first!.text).toBe('CW: season finale\n\nThe finale: everyone survives.');
    expect(first!.spoilers).toEqual([{ offset: 'CW: season finale\n\n'.length, length: 'The finale: everyone survives.'.length }]);
    expect(first!.spoilerMedia).toBe(true);
    expect(second!.spoilers).toEqual([{ offset: 0, length: 'And then the credits roll.'.length }]);
  });

  it('sends no spoiler for a post without a content warning', async () => {
    await publishThread(adapter(), threadsRendition('---\nlanguage: en\nplatforms: [threads]\n---\nNothing to hide.\n'), context());
    expect(server.state.posts[0]).toMatchObject({ spoilers: [], spoilerMedia: false });
  });
});
