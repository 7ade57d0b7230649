// Instagram content publishing in miniature (developers.facebook.com/docs/instagram-platform/content-publishing):
// a token (code 190 otherwise), containers from POST /{ig-user}/media that fetch image_url themselves
// (JPEG only: anything else leaves the container in ERROR), caption ≤ 2200 characters and ≤ 30 hashtags,
// carousels of 2-10 finished carousel items, IN_PROGRESS for `processingPolls` status reads, POST
// /{ig-user}/media_publish once per finished container within the 50-posts-per-24h quota (2207042
// otherwise), GET /{ig-user}/content_publishing_limit, permalinks and the account's media newest first.
import { NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';

export interface FakeContainer {
  id: string;
  imageUrl: string | null;
  caption: string;
  altText: string | null;
  carouselItem: boolean;
  children: string[];
  status: 'IN_PROGRESS' | 'FINISHED' | 'ERROR' | 'PUBLISHED';
  pollsLeft: number;
}

export interface InstagramState {
  userId: string;
  token: string;
  processingPolls: number;
  /** Posts published through the API in the last 24 hours before this server started. */
  earlierPosts: number;
  containers: Map<string, FakeContainer>;
  media: { id: string; caption: string; containerId: string; images: number }[];
}

const graphError = (status: number, message: string, code = status === 429 ? 4 : status >= 500 ? 2 : 100, subcode?: number): FakeReply => ({
  status: status === 429 ? 400 : status,
  json: {
    error: {
      message,
      type: code === 190 ? 'OAuthException' : 'IGApiException',
      code,
      ...(subcode ? { error_subcode: subcode } : {}),
      fbtrace_id: 'IgTrace42',
    },
  },
});
const QUOTA = 50;

export async function startInstagramServer(options: FakeServerOptions = {}): Promise<FakeServer<InstagramState>> {
  const state: InstagramState = {
    userId: '17841400000000000',
    token: 'instagram-test-token',
    processingPolls: 1,
    earlierPosts: 0,
    containers: new Map(),
    media: [],
  };
  let next = 18_000_000_000;
  const server = await startFakeServer(
    state,
    (call) => route(call),
    (s, m) => graphError(s, m),
    options,
  );
  const usage = () => state.earlierPosts + state.media.length;

  async function route(call: IncomingCall): Promise<FakeReply> {
    const path = call.path.replace(/^\/v\d+\.\d+\//, '');
    if (path === call.path) return NOT_HANDLED;
    if (call.headers.authorization !== `Bearer ${state.token}`)
      return graphError(400, 'Invalid OAuth access token - Cannot parse access token', 190);
    const [node, edge] = path.split('/');
    if (edge && node !== state.userId) return graphError(400, `Unsupported request: object '${node}' does not exist`);
    if (call.method === 'GET' && edge === 'content_publishing_limit') {
      return { status: 200, json: { data: [{ quota_usage: usage(), config: { quota_total: QUOTA, quota_duration: 86400 } }] } };
    }
    if (call.method === 'POST' && edge === 'media') return createContainer(new URLSearchParams(call.text()));
    if (call.method === 'POST' && edge === 'media_publish') return publish(new URLSearchParams(call.text()).get('creation_id') ?? '');
    if (call.method === 'GET' && edge === 'media') {
      const data = state.media
        .slice()
        .reverse()
        .map((m) => ({ id: m.id, caption: m.caption || undefined, permalink: permalink(m.id) }));
      return { status: 200, json: { data, paging: { cursors: { after: 'end' } } } };
    }
    const container = state.containers.get(node!);
    if (call.method === 'GET' && !edge && container) {
      if (container.status === 'IN_PROGRESS' && --container.pollsLeft <= 0) container.status = 'FINISHED';
      return { status: 200, json: { id: container.id, status_code: container.status } };
    }
    const media = state.media.find((m) => m.id === node);
    if (call.method === 'GET' && !edge && media) return { status: 200, json: { id: media.id, permalink: permalink(media.id) } };
    return NOT_HANDLED;
  }

  const permalink = (id: string) => `https://www.instagram.com/p/${Number(id).toString(36)}/`;

  async function createContainer(form: URLSearchParams): Promise<FakeReply> {
    const caption = form.get('caption') ?? '';
    if ([...caption].length > 2200) return graphError(400, '(#100) The caption is too long (2200 characters at most)');
    if ((caption.match(/#\w+/g) ?? []).length > 30) return graphError(400, '(#100) The caption has more than 30 hashtags');
    const base = {
      id: String((next += 1)),
      caption,
      altText: form.get('alt_text'),
      carouselItem: form.get('is_carousel_item') === 'true',
      children: [] as string[],
      pollsLeft: state.processingPolls,
    };
    if (form.get('media_type') === 'CAROUSEL') {
      const children = (form.get('children') ?? '').split(',').filter(Boolean);
      if (children.length < 2 || children.length > 10) return graphError(400, '(#100) A carousel needs 2 to 10 children');
      if (
        children.some((id) => {
          const c = state.containers.get(id);
          return !c || !c.carouselItem || c.status !== 'FINISHED';
        })
      ) {
        return graphError(400, '(#100) Every child must be a finished carousel item container');
      }
      state.containers.set(base.id, { ...base, imageUrl: null, children, status: 'IN_PROGRESS' });
      return { status: 200, json: { id: base.id } };
    }
    const imageUrl = form.get('image_url');
    if (!imageUrl) return graphError(400, '(#100) image_url is required');
    const bytes = await fetch(imageUrl).then(
      async (r) => (r.ok ? new Uint8Array(await r.arrayBuffer()) : undefined),
      () => undefined,
    );
    const jpeg = bytes !== undefined && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    state.containers.set(base.id, { ...base, imageUrl, status: jpeg ? 'IN_PROGRESS' : 'ERROR' });
    return { status: 200, json: { id: base.id } };
  }

  function publish(creationId: string): FakeReply {
    const container = state.containers.get(creationId);
    if (!container) return graphError(400, '(#100) creation_id is not a container of this account');
    if (container.carouselItem) return graphError(400, '(#100) A carousel item cannot be published on its own');
    if (container.status === 'PUBLISHED') return graphError(400, '(#9007) The media has already been published', 9007, 2207027);
    if (container.status !== 'FINISHED')
      return graphError(400, '(#9007) Media ID is not available: the container is not ready', 9007, 2207027);
    if (usage() >= QUOTA) return graphError(400, 'Application request limit reached: 50 posts per 24 hours', 9, 2207042);
    container.status = 'PUBLISHED';
    const id = String((next += 1));
    state.media.push({ id, caption: container.caption, containerId: container.id, images: container.children.length || 1 });
    return { status: 200, json: { id } };
  }

  return server;
}
