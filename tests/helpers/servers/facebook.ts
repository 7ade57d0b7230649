// A Facebook Page on the Graph API in miniature (developers.facebook.com/docs/pages-api/posts):
// a Page access token (code 190 otherwise, as an HTTP 400 like Graph), POST /{page}/photos
// (multipart `source`, image bytes only; published=false keeps the photo invisible until a feed post
// attaches it; alt_text_custom is the photo's alt text, per the Photo node's "Creating" parameters at
// developers.facebook.com/docs/graph-api/reference/photo/), POST /{page}/feed (message ≤ 63206, link, attached_media[n] = {"media_fbid"} of this
// Page's unattached unpublished photos; code 100 otherwise), GET /{page}/feed (visitors' posts too) and
// /{page}/published_posts (the Page's own) newest first with cursor paging, and a post's reactions/shares/comments. No published description exists.
import { NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';

export interface FakePagePost {
  id: string;
  message: string;
  link: string | null;
  photos: string[];
  /** A visitor's post on the Page shows in its feed, not among its published posts. */
  by?: 'page' | 'visitor';
  /** Earlier messages (edits). */
  history?: string[];
}

export interface FacebookState {
  pageId: string;
  pageToken: string;
  /** Unpublished photos by id: attached to a post yet? */
  photos: Map<string, { attached: boolean; size: number; altText: string | null }>;
  posts: FakePagePost[];
}

const graphError = (status: number, message: string, code = status === 429 ? 4 : status >= 500 ? 2 : 100): FakeReply => ({
  status: status === 429 ? 400 : status,
  json: { error: { message, type: code === 190 ? 'OAuthException' : 'GraphMethodException', code, fbtrace_id: 'AbCdEf123' } },
});
const IMAGE_MAGIC = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46],
];

export async function startFacebookServer(options: FakeServerOptions = {}): Promise<FakeServer<FacebookState>> {
  const state: FacebookState = { pageId: '104876543210987', pageToken: 'facebook-page-token', photos: new Map(), posts: [] };
  let next = 5_000_000;
  const server = await startFakeServer(
    state,
    (call) => route(call),
    (s, m) => graphError(s, m),
    options,
  );

  async function route(call: IncomingCall): Promise<FakeReply> {
    const path = call.path.replace(/^\/v\d+\.\d+\//, '');
    if (path === call.path) return NOT_HANDLED;
    if (call.headers.authorization !== `Bearer ${state.pageToken}`)
      return graphError(400, 'Invalid OAuth access token - Cannot parse access token', 190);
    const [node, edge] = path.split('/');
    if (edge && node !== state.pageId)
      return graphError(400, `Unsupported request: object '${node}' does not exist or cannot be loaded due to missing permissions`);
    if (call.method === 'POST' && edge === 'photos') return photo(await call.form().catch(() => new FormData()));
    if (call.method === 'POST' && edge === 'feed') return feed(new URLSearchParams(call.text()));
    if (call.method === 'GET' && (edge === 'feed' || edge === 'published_posts')) {
      const limit = Math.min(Number(call.query.get('limit') ?? 25), 100);
      const start = Number(call.query.get('after') ?? 0);
      const newest = state.posts.filter((p) => edge === 'feed' || p.by !== 'visitor').reverse();
      const data = newest.slice(start, start + limit).map((p) => ({ id: p.id, message: p.message || undefined }));
      const more = start + limit < newest.length;
      return {
        status: 200,
        json: {
          data,
          paging: {
            cursors: { after: String(start + limit) },
            ...(more ? { next: `${server.url}${call.path}?after=${start + limit}` } : {}),
          },
        },
      };
    }
    const post = state.posts.find((p) => p.id === node);
    const missing = () =>
      graphError(
        400,
        `Unsupported ${call.method.toLowerCase()} request. Object with ID '${node}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`,
        100,
      );
    if (call.method === 'DELETE' && !edge) {
      if (!post) return missing();
      state.posts.splice(state.posts.indexOf(post), 1);
      return { status: 200, json: { success: true } };
    }
    if (call.method === 'POST' && !edge) {
      if (!post) return missing();
      const message = new URLSearchParams(call.text()).get('message');
      if (message === null) return graphError(400, '(#100) No fields to update');
      if ([...message].length > 63_206) return graphError(400, '(#100) The message is too long');
      post.history = [...(post.history ?? []), post.message];
      post.message = message;
      return { status: 200, json: { success: true } };
    }
    if (call.method === 'GET' && !edge && post && call.query.get('fields') === 'message') {
      return { status: 200, json: { id: post.id, message: post.message || undefined } };
    }
    if (call.method === 'GET' && !edge && post) {
      return {
        status: 200,
        json: {
          id: post.id,
          reactions: { data: [], summary: { total_count: 3 } },
          shares: { count: 1 },
          comments: { data: [], summary: { total_count: 2 } },
        },
      };
    }
    return NOT_HANDLED;
  }

  async function photo(form: FormData): Promise<FakeReply> {
    const source = form.get('source');
    if (!(source instanceof Blob)) return graphError(400, '(#324) Requires upload file');
    {
      const bytes = new Uint8Array(await source.arrayBuffer());
      if (!IMAGE_MAGIC.some((magic) => magic.every((b, i) => bytes[i] === b)))
        return graphError(400, '(#324) Missing or invalid image file', 324);
      const id = String((next += 1));
      if (form.get('published') === 'false') {
        const alt = form.get('alt_text_custom');
        state.photos.set(id, { attached: false, size: bytes.length, altText: typeof alt === 'string' ? alt : null });
        return { status: 200, json: { id } };
      }
      const post = {
        id: `${state.pageId}_${(next += 1)}`,
        message: String(form.get('caption') ?? form.get('message') ?? ''),
        link: null,
        photos: [id],
      };
      state.posts.push(post);
      return { status: 200, json: { id, post_id: post.id } };
    }
  }

  function feed(form: URLSearchParams): FakeReply {
    const message = form.get('message') ?? '';
    if ([...message].length > 63_206) return graphError(400, '(#100) The message is too long');
    const photos: string[] = [];
    for (const [key, value] of form) {
      if (!/^attached_media\[\d+\]$/.test(key)) continue;
      const id = (JSON.parse(value) as { media_fbid?: string }).media_fbid ?? '';
      const stored = state.photos.get(id);
      if (!stored || stored.attached)
        return graphError(400, `(#100) param attached_media[${photos.length}] has an invalid media_fbid ${id}`);
      photos.push(id);
    }
    const link = form.get('link');
    if (message === '' && photos.length === 0 && !link) return graphError(400, '(#100) Missing message or attachment');
    for (const id of photos) state.photos.get(id)!.attached = true;
    const post: FakePagePost = { id: `${state.pageId}_${(next += 1)}`, message, link, photos };
    state.posts.push(post);
    return { status: 200, json: { id: post.id } };
  }

  return server;
}
