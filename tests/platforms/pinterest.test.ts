import { describe, expect, it } from 'vitest';
import { CredentialsError, HeraldError, PlatformError } from '../../src/core/errors.ts';
import { createPinterestAdapter } from '../../src/platforms/pinterest.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import {
  context,
  image,
  part,
  partRequest,
  platformConfig,
  plannedCalls,
  PNG_BYTES,
  rejection,
  rendition,
  writeCalls,
} from '../helpers/servers/fixtures.ts';
import { startPinterestServer, type PinterestState } from '../helpers/servers/pinterest.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { crashAtEveryBoundary } from './_crash.ts';

let server: FakeServer<PinterestState>;
const env = { PINTEREST_ACCESS_TOKEN: 'pinterest-test-token' };
const BOARD = '549755885175';
const config = (url: string, board = BOARD) => platformConfig('pinterest', url, board ? { board } : {});
const adapter = () => createPinterestAdapter(config(server.url), env);
const ctx = () => context({ 'media/logo.png': PNG_BYTES, 'media/logo.gif': PNG_BYTES });
const pinPost = (text: string, extra = {}) => rendition('pinterest', [part(text, [image('media/logo.png', 'The Django pony')])], extra);

useFakeServer(startPinterestServer, (started) => (server = started));

describe('pinterest adapter', () => {
  it('needs the token and a board', () => {
    expect(() => createPinterestAdapter(config('http://x'), {})).toThrow(CredentialsError);
    expect(() => createPinterestAdapter(config('http://x', ''), env)).toThrow(HeraldError);
  });

  it('pins the image on the board with title, description, link and alt text', async () => {
    const r = pinPost('Django 6.0 is out\nRead more at https://djangoproject.com/weblog/.', { title: 'Django 6.0' });
    const live = await adapter().publishPart(partRequest(r, 0), ctx());
    const [pin] = server.state.pins;
    expect(pin).toMatchObject({
      boardId: BOARD,
      title: 'Django 6.0',
      description: r.parts[0]!.text,
      link: 'https://djangoproject.com/weblog/',
      altText: 'The Django pony',
      contentType: 'image/png',
      size: PNG_BYTES.length,
    });
    expect(live).toEqual({ index: 0, id: pin!.id, url: `${server.url}/pin/${pin!.id}/` });
  });

  it('takes the title from the first line when the post has none, cut to 100 characters', async () => {
    await adapter().publishPart(partRequest(pinPost(`${'T'.repeat(120)}\nbody`), 0), ctx());
    expect([...server.state.pins[0]!.title!]).toHaveLength(100);
  });

  it('refuses a post without an image, or with a GIF, before sending anything', async () => {
    const none = await rejection(adapter().publishPart(partRequest(rendition('pinterest', [part('Text only')]), 0), ctx()));
    expect(none).toBeInstanceOf(PlatformError);
    expect(String(none)).toContain('a pin needs an image');
    const gif = rendition('pinterest', [part('A gif', [image('media/logo.gif', 'alt')])]);
    expect(String(await rejection(adapter().publishPart(partRequest(gif, 0), ctx())))).toContain('JPEG or PNG');
    expect(server.requests).toHaveLength(0);
  });

  it("reports Pinterest's own refusal (a description over 800 characters)", async () => {
    const error = await rejection(adapter().publishPart(partRequest(pinPost('d'.repeat(801)), 0), ctx()));
    expect(error).toMatchObject({ platform: 'pinterest', status: 400, retryable: false });
    expect(String(error)).toContain('description is longer than 800 characters');
    // Pinterest's description agrees (maxLength 800): this test sends it on purpose.
    expect(server.violations.splice(0)).toEqual([expect.stringContaining('body/description must NOT have more than 800 characters')]);
  });

  it('finds a pin already made by its title, description and link, and nothing for another', async () => {
    const r = pinPost('Pinned once https://example.org/a');
    const live = await adapter().publishPart(partRequest(r, 0), ctx());
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(live);
    expect(await adapter().findPart(partRequest(pinPost('Never pinned'), 0), ctx())).toBeUndefined();
  });

  it('describes exactly the write it sends, without the token or the bytes', async () => {
    const r = pinPost('Described');
    const planned = adapter().describe(partRequest(r, 0));
    await adapter().publishPart(partRequest(r, 0), ctx());
    expect(plannedCalls(planned)).toEqual(writeCalls(server.requests));
    expect(JSON.stringify(planned)).not.toContain(env.PINTEREST_ACCESS_TOKEN);
    expect(JSON.stringify(planned)).not.toContain(Buffer.from(PNG_BYTES).toString('base64'));
  });

  crashAtEveryBoundary(async () => {
    const fake = await startPinterestServer();
    return {
      adapter: createPinterestAdapter(config(fake.url), env),
      ctx: ctx(),
      rendition: pinPost('Crash-proof pin https://example.org/'),
      published: () => fake.state.pins.map((p) => p.description ?? ''),
      server: fake,
      close: () => fake.close(),
    };
  }, ['Crash-proof pin https://example.org/']);
});
