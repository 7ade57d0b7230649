// The Threads Graph API in miniature (developers.facebook.com/docs/threads): bearer token or
// access_token (190 OAuthException otherwise), containers created by POST /{user}/threads and made
// public only by POST /{user}/threads_publish, container status polling, images and videos fetched
// from their public URL at creation (code 1 / 2207052 when the URL does not answer), 500 Threads
// characters and 5 links per post, replies, quotes, reposts, listings with cursor paging, insights.
// Where Meta's docs give no wording (over-long text, a container published twice) the message is
// this fake's own; the code and the HTTP status follow Graph's conventions.
import { NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';
import { readExtras } from './threads-extras.ts';
import { badParam, download, faultShape, graphError, linkCount, noSuchObject, page, select, threadsLength } from './threads-graph.ts';

export type ContainerStatus = 'IN_PROGRESS' | 'FINISHED' | 'PUBLISHED' | 'ERROR' | 'EXPIRED';

export interface FakeContainer {
  id: string;
  mediaType: 'TEXT' | 'IMAGE' | 'VIDEO' | 'CAROUSEL';
  text?: string;
  mediaUrl?: string;
  altText?: string;
  replyToId?: string;
  quotePostId?: string;
  /** text_entities SPOILER ranges (code points) and is_spoiler_media. */
  spoilers: Array<{ offset: number; length: number }>;
  spoilerMedia: boolean;
  poll?: string[];
  isCarouselItem: boolean;
  children: string[];
  status: ContainerStatus;
  pollsLeft: number;
  errorMessage?: string;
  mediaId?: string;
}

export interface FakeThreadsPost {
  id: string;
  shortcode: string;
  mediaType: 'TEXT_POST' | 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM' | 'REPOST_FACADE';
  text?: string;
  replyToId?: string;
  quotePostId?: string;
  repostedPostId?: string;
  spoilers: Array<{ offset: number; length: number }>;
  spoilerMedia: boolean;
  poll?: string[];
  media: Array<{ url: string; alt?: string }>;
  timestamp: string;
  likes: number;
  views: number;
}

export interface ThreadsState {
  token: string;
  userId: string;
  username: string;
  containers: Map<string, FakeContainer>;
  posts: FakeThreadsPost[];
  followers: number;
  /** Status polls a media container answers IN_PROGRESS before it is FINISHED. */
  processingPolls: number;
  /** When set, media containers end their processing in ERROR with this error_message (e.g. FAILED_PROCESSING_VIDEO). */
  processingError?: string;
  /** The next N requests hit Graph's app rate limit (code 4, answered with HTTP 400 as Graph does). */
  throttled: number;
}

const USER_NODE = /^\/v1\.0\/(me|\d+)(?:\/(threads|threads_publish|replies|threads_insights))?$/;
const OBJECT_NODE = /^\/v1\.0\/(\d+)(?:\/(insights|repost))?$/;
const MEDIA_TYPES = ['TEXT', 'IMAGE', 'VIDEO', 'CAROUSEL'];
const METRICS = ['views', 'likes', 'replies', 'reposts', 'quotes', 'shares'];

export async function startThreadsServer(options: FakeServerOptions = {}): Promise<FakeServer<ThreadsState>> {
  const state: ThreadsState = {
    token: 'threads-test-token',
    userId: '17841400000000001',
    username: 'herald',
    containers: new Map(),
    posts: [],
    followers: 321,
    processingPolls: 0,
    throttled: 0,
  };
  let next = 18_000_000_000_000_000n;
  const newId = () => String((next += 1n));
  const server = await startFakeServer(state, (call) => route(call), faultShape, options);

  const post = (id: string) => state.posts.find((p) => p.id === id);
  const rootOf = (p: FakeThreadsPost): FakeThreadsPost => (p.replyToId && post(p.replyToId) ? rootOf(post(p.replyToId)!) : p);
  const postJson = (p: FakeThreadsPost): Record<string, unknown> => ({
    id: p.id,
    media_product_type: 'THREADS',
    media_type: p.mediaType,
    text: p.text,
    permalink: p.mediaType === 'REPOST_FACADE' ? undefined : `https://www.threads.net/@${state.username}/post/${p.shortcode}`,
    shortcode: p.shortcode,
    timestamp: p.timestamp,
    username: state.username,
    is_quote_post: p.quotePostId !== undefined,
    is_reply: p.replyToId !== undefined,
    replied_to: p.replyToId ? { id: p.replyToId } : undefined,
    root_post: p.replyToId ? { id: rootOf(p).id } : undefined,
    reposted_post: p.repostedPostId ? { id: p.repostedPostId } : undefined,
    alt_text: p.media[0]?.alt,
    media_url: p.media[0]?.url,
  });

  async function params(call: IncomingCall): Promise<URLSearchParams> {
    const merged = new URLSearchParams(call.query);
    const type = call.headers['content-type'] ?? '';
    if (call.method === 'POST' && /urlencoded|multipart/.test(type)) {
      for (const [name, value] of (await call.form()).entries()) if (typeof value === 'string') merged.set(name, value);
    }
    return merged;
  }

  async function route(call: IncomingCall): Promise<FakeReply> {
    const p = await params(call);
    const bearer = /^Bearer (.+)$/.exec(call.headers.authorization ?? '')?.[1];
    if ((bearer ?? p.get('access_token')) !== state.token) {
      return graphError({ message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code: 190 });
    }
    if (state.throttled > 0) {
      state.throttled -= 1;
      return graphError({ message: '(#4) Application request limit reached', type: 'OAuthException', code: 4, is_transient: true });
    }
    const user = USER_NODE.exec(call.path);
    if (user && (user[1] === 'me' || user[1] === state.userId)) {
      const edge = user[2];
      if (call.method === 'POST' && edge === 'threads') return createContainer(p);
      if (call.method === 'POST' && edge === 'threads_publish') return publish(p.get('creation_id'));
      if (call.method === 'GET' && (edge === 'threads' || edge === 'replies')) {
        const listed = state.posts.filter((x) => (edge === 'replies') === (x.replyToId !== undefined)).reverse();
        return {
          status: 200,
          json: page(listed, call.query, `${server.url}${call.path}?${call.query}`, (x) => select(postJson(x), p.get('fields'), ['id'])),
        };
      }
      if (call.method === 'GET' && edge === 'threads_insights') return userInsights(p.get('metric'));
      if (call.method === 'GET' && !edge)
        return { status: 200, json: select({ id: state.userId, username: state.username }, p.get('fields'), ['id']) };
    }
    const object = OBJECT_NODE.exec(call.path);
    if (object) {
      const [, id, edge] = object as unknown as [string, string, string | undefined];
      if (call.method === 'GET' && !edge) return readObject(id, p.get('fields'));
      if (call.method === 'GET' && edge === 'insights') return mediaInsights(id, p.get('metric'));
      if (call.method === 'POST' && edge === 'repost') return repost(id);
      if (call.method === 'DELETE' && !edge) {
        // DELETE /{threads-media-id}: only the account's own published posts; anything else does not exist for it.
        const found = post(id);
        if (!found)
          return badParam(
            `Unsupported delete request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`,
          );
        state.posts.splice(state.posts.indexOf(found), 1);
        return { status: 200, json: { success: true, deleted_id: id } };
      }
    }
    return NOT_HANDLED;
  }

  async function createContainer(p: URLSearchParams): Promise<FakeReply> {
    const mediaType = p.get('media_type') ?? '';
    if (!MEDIA_TYPES.includes(mediaType)) return badParam(`Param media_type must be one of {${MEDIA_TYPES.join(', ')}}`);
    const isCarouselItem = p.get('is_carousel_item') === 'true';
    const text = p.get('text') ?? undefined;
    if (mediaType === 'TEXT' && !text) return badParam('Param text is required for media_type TEXT');
    if (text !== undefined && threadsLength(text) > 500) return badParam('Param text must be at most 500 characters long.');
    if (text !== undefined && linkCount(text) > 5) {
      return graphError({
        message: 'THREADS_API__LINK_LIMIT_EXCEEDED: a post may contain at most 5 links.',
        code: 100,
        error_user_title: 'Too many links',
      });
    }
    const extras = readExtras(p, mediaType, text);
    if (typeof extras === 'string') return badParam(extras);
    const { spoilers, spoilerMedia, poll } = extras;
    const altText = p.get('alt_text') ?? undefined;
    if (altText !== undefined && altText.length > 1000) return badParam('Param alt_text must be at most 1000 characters long.');
    for (const name of ['reply_to_id', 'quote_post_id']) {
      const target = p.get(name);
      if (target && (!post(target) || post(target)!.mediaType === 'REPOST_FACADE')) return noSuchObject(target, 'post');
    }
    let mediaUrl: string | undefined;
    if (mediaType === 'IMAGE' || mediaType === 'VIDEO') {
      const field = mediaType === 'IMAGE' ? 'image_url' : 'video_url';
      mediaUrl = p.get(field) ?? undefined;
      if (!mediaUrl) return badParam(`Param ${field} is required for media_type ${mediaType}`);
      const fetched = await download(mediaUrl, mediaType === 'IMAGE' ? /^image\/(jpeg|png)/ : /^video\/(mp4|quicktime)/);
      if (!fetched.ok) {
        return graphError({
          message: 'An unknown error occurred',
          type: 'OAuthException',
          code: 1,
          error_subcode: 2207052,
          error_user_title: 'Media download has failed',
          error_user_msg: `The media could not be fetched from this URI: ${mediaUrl} (${fetched.reason}).`,
          is_transient: false,
        });
      }
    } else if (isCarouselItem) return badParam('Carousel items must be of media_type IMAGE or VIDEO');
    const children = (p.get('children') ?? '').split(',').filter(Boolean);
    if (mediaType === 'CAROUSEL') {
      if (children.length < 2 || children.length > 20) return badParam('Param children must list 2 to 20 carousel items');
      const bad = children.find((c) => state.containers.get(c)?.isCarouselItem !== true || state.containers.get(c)?.status !== 'FINISHED');
      if (bad) return badParam(`Carousel item ${bad} does not exist, is not a carousel item, or is not FINISHED`);
    }
    const withMedia = mediaType !== 'TEXT';
    const container: FakeContainer = {
      id: newId(),
      mediaType: mediaType as FakeContainer['mediaType'],
      text: isCarouselItem ? undefined : text,
      mediaUrl,
      altText,
      replyToId: p.get('reply_to_id') ?? undefined,
      quotePostId: p.get('quote_post_id') ?? undefined,
      spoilers,
      spoilerMedia,
      ...(poll ? { poll } : {}),
      isCarouselItem,
      children,
      status: 'IN_PROGRESS',
      pollsLeft: withMedia ? state.processingPolls : 0,
    };
    if (container.pollsLeft === 0) processed(container, withMedia);
    state.containers.set(container.id, container);
    return { status: 200, json: { id: container.id } };
  }

  function processed(container: FakeContainer, withMedia: boolean): void {
    if (withMedia && state.processingError) Object.assign(container, { status: 'ERROR', errorMessage: state.processingError });
    else container.status = 'FINISHED';
  }

  function publish(creationId: string | null): FakeReply {
    if (!creationId) return badParam('The parameter creation_id is required.');
    const container = state.containers.get(creationId);
    // Publishing a container that does not exist, or is not processed yet, is "Media Not Found".
    if (!container || container.status === 'IN_PROGRESS') {
      return graphError({
        message: 'The requested resource does not exist',
        type: 'OAuthException',
        code: 24,
        error_subcode: 4279009,
        error_user_title: 'Media Not Found',
        error_user_msg: `The media with id ${creationId} cannot be found.`,
      });
    }
    if (container.isCarouselItem) return badParam('A carousel item cannot be published on its own; publish the CAROUSEL container.');
    if (container.status === 'PUBLISHED')
      return badParam(`The media container ${creationId} has already been published as ${container.mediaId}.`);
    if (container.status !== 'FINISHED')
      return badParam(`The media container ${creationId} cannot be published (status ${container.status}).`);
    const items = container.mediaType === 'CAROUSEL' ? container.children.map((c) => state.containers.get(c)!) : [container];
    const created: FakeThreadsPost = {
      id: newId(),
      shortcode: `C${Buffer.from(String(next)).toString('base64url').slice(-10)}`,
      mediaType: ({ TEXT: 'TEXT_POST', IMAGE: 'IMAGE', VIDEO: 'VIDEO', CAROUSEL: 'CAROUSEL_ALBUM' } as const)[container.mediaType],
      text: container.text,
      replyToId: container.replyToId,
      quotePostId: container.quotePostId,
      spoilers: container.spoilers,
      spoilerMedia: container.spoilerMedia,
      ...(container.poll ? { poll: container.poll } : {}),
      media: items.filter((i) => i.mediaUrl).map((i) => ({ url: i.mediaUrl!, alt: i.altText })),
      timestamp: new Date().toISOString().replace(/\.\d+Z$/, '+0000'),
      likes: 0,
      views: 0,
    };
    state.posts.push(created);
    Object.assign(container, { status: 'PUBLISHED', mediaId: created.id });
    return { status: 200, json: { id: created.id } };
  }

  function readObject(id: string, fields: string | null): FakeReply {
    const container = state.containers.get(id);
    if (container) {
      if (container.status === 'IN_PROGRESS') {
        if (container.pollsLeft > 0) container.pollsLeft -= 1;
        else processed(container, true);
      }
      const bad = fields?.split(',').find((f) => !['id', 'status', 'error_message'].includes(f));
      if (bad) return badParam(`Tried accessing nonexisting field (${bad})`);
      return { status: 200, json: select({ id, status: container.status, error_message: container.errorMessage }, fields, ['id']) };
    }
    const found = post(id);
    if (!found) return noSuchObject(id, 'get');
    const all = postJson(found);
    const bad = fields?.split(',').find((f) => !(f in all));
    if (bad) return badParam(`Tried accessing nonexisting field (${bad})`);
    return { status: 200, json: select(all, fields, ['id']) };
  }

  function mediaInsights(id: string, metric: string | null): FakeReply {
    const target = post(id);
    if (!target) return noSuchObject(id, 'get');
    const names = (metric ?? '').split(',').filter(Boolean);
    const unknown = names.find((n) => !METRICS.includes(n));
    if (names.length === 0 || unknown) return badParam(`(#100) metric must be one of the following values: ${METRICS.join(', ')}`);
    if (target.mediaType === 'REPOST_FACADE') return { status: 200, json: { data: [] } };
    const descendants = state.posts.filter((x) => x.replyToId && x.id !== id && rootOf(x).id === id).length;
    const values: Record<string, number> = {
      views: target.views,
      likes: target.likes,
      replies: target.replyToId ? state.posts.filter((x) => x.replyToId === id).length : descendants,
      reposts: state.posts.filter((x) => x.repostedPostId === id).length,
      quotes: state.posts.filter((x) => x.quotePostId === id).length,
      shares: 0,
    };
    const data = names.map((name) => ({
      name,
      period: 'lifetime',
      values: [{ value: values[name] }],
      title: name,
      description: `The number of ${name} on your post.`,
      id: `${id}/insights/${name}/lifetime`,
    }));
    return { status: 200, json: { data } };
  }

  function userInsights(metric: string | null): FakeReply {
    if (metric !== 'followers_count') return badParam('(#100) this fake answers metric=followers_count only');
    return {
      status: 200,
      json: {
        data: [
          {
            name: 'followers_count',
            period: 'day',
            title: 'followers_count',
            description: 'Your followers.',
            total_value: { value: state.followers },
            id: `${state.userId}/insights/followers_count/day`,
          },
        ],
      },
    };
  }

  function repost(id: string): FakeReply {
    const original = post(id);
    if (!original || original.mediaType === 'REPOST_FACADE') return noSuchObject(id, 'post');
    const facade: FakeThreadsPost = {
      id: newId(),
      shortcode: '',
      mediaType: 'REPOST_FACADE',
      repostedPostId: id,
      spoilers: [],
      spoilerMedia: false,
      media: [],
      timestamp: new Date().toISOString(),
      likes: 0,
      views: 0,
    };
    state.posts.push(facade);
    return { status: 200, json: { id: facade.id } };
  }

  return server;
}

/** A public web server for media (stands in for the repository's raw URL): GET /<path> → the file. */

export { startMediaHost } from './media-host.ts';
