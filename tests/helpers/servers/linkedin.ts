// LinkedIn's versioned REST API in miniature (learn.microsoft.com/linkedin/marketing: Posts, Images,
// Social Actions): bearer auth, LinkedIn-Version required, author must be the organization,
// 3000-character commentary, unknown images refused, id in the x-restli-id header, and — as the
// real one does — commentary cut short at the first unescaped reserved character.
import { NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';

export interface FakeLinkedInPost {
  id: string;
  author: string;
  commentary: string;
  visibility: string;
  content?: { media?: { id: string; altText?: string }; multiImage?: { images: Array<{ id: string; altText?: string }> } };
  reshareParent?: string;
  /** Earlier commentaries (partial updates). */
  history?: string[];
}

export interface LinkedInState {
  token: string;
  organization: string;
  posts: FakeLinkedInPost[];
  images: Map<string, { uploaded: boolean; size: number }>;
  comments: Array<{ id: string; object: string; text: string }>;
  followers: number;
}

const error = (status: number, message: string): FakeReply => ({
  status,
  json: { status, message, ...(status === 401 ? { serviceErrorCode: 65600, code: 'INVALID_ACCESS_TOKEN' } : {}) },
});

/** LinkedIn stops reading commentary at an unescaped reserved character such as '('. */
function asLinkedInReadsIt(commentary: string): string {
  const cut = /(?<!\\)[()[\]<>{}]/.exec(commentary.replace(/\{hashtag\|\\#\|[^}]*\}/g, (m) => '_'.repeat(m.length)));
  return cut ? commentary.slice(0, cut.index) : commentary;
}

export async function startLinkedInServer(options: FakeServerOptions = {}): Promise<FakeServer<LinkedInState>> {
  const state: LinkedInState = {
    token: 'linkedin-test-token',
    organization: 'urn:li:organization:5515715',
    posts: [],
    images: new Map(),
    comments: [],
    followers: 1200,
  };
  let next = 7_100_000_000_000_000_000n;
  const newId = () => String((next += 1n));
  const server = await startFakeServer(state, (call) => route(call), error, options);

  async function route(call: IncomingCall): Promise<FakeReply> {
    const { method, path } = call;
    if (call.headers.authorization !== `Bearer ${state.token}`) return error(401, 'Invalid access token');
    const upload = /^\/upload\/(.+)$/.exec(path);
    if (method === 'PUT' && upload) {
      const image = state.images.get(decodeURIComponent(upload[1]!));
      if (!image) return error(404, 'Upload URL not found');
      Object.assign(image, { uploaded: true, size: call.body.length });
      return { status: 201 };
    }
    if (!/^\d{6}$/.test(call.headers['linkedin-version'] ?? '')) {
      return {
        status: 400,
        json: {
          status: 400,
          code: 'VERSION_MISSING',
          message: 'A version must be present. Please specify a version by adding the LinkedIn-Version header.',
        },
      };
    }
    if (method === 'POST' && path === '/rest/images' && call.query.get('action') === 'initializeUpload') {
      const owner = (call.json() as { initializeUploadRequest?: { owner?: string } } | undefined)?.initializeUploadRequest?.owner;
      if (owner !== state.organization) return error(403, `Not enough permissions to access: images.initializeUpload for owner ${owner}`);
      const image = `urn:li:image:C4E10AQ${newId()}`;
      state.images.set(image, { uploaded: false, size: 0 });
      return {
        status: 200,
        json: {
          value: { uploadUrlExpiresAt: Date.now() + 86_400_000, uploadUrl: `${server.url}/upload/${encodeURIComponent(image)}`, image },
        },
      };
    }
    if (method === 'POST' && path === '/rest/posts') return createPost(call);
    if (method === 'GET' && path === '/rest/posts' && call.query.get('q') === 'author') {
      if (call.headers['x-restli-method'] !== 'FINDER') return error(400, 'Finder requests need the X-RestLi-Method: FINDER header');
      const elements = state.posts
        .filter((p) => p.author === call.query.get('author'))
        .reverse()
        .slice(0, Number(call.query.get('count') ?? 10));
      return { status: 200, json: { elements, paging: { start: 0, count: elements.length } } };
    }
    if (method === 'GET' && path === `/rest/networkSizes/${encodeURIComponent(state.organization)}`)
      return { status: 200, json: { firstDegreeSize: state.followers } };
    const post = /^\/rest\/posts\/([^/]+)$/.exec(path);
    if (post) {
      const found = state.posts.find((p) => p.id === decodeURIComponent(post[1]!));
      const restli = call.headers['x-restli-method'];
      if (method === 'DELETE') {
        if (!found) return error(404, `Not found: ${decodeURIComponent(post[1]!)}`);
        state.posts.splice(state.posts.indexOf(found), 1);
        state.comments = state.comments.filter((c) => c.object !== found.id);
        return { status: 204 };
      }
      if (method === 'POST') {
        if (restli !== 'PARTIAL_UPDATE') return error(400, 'An update needs the X-RestLi-Method: PARTIAL_UPDATE header');
        if (!found) return error(404, `Not found: ${decodeURIComponent(post[1]!)}`);
        const set = (call.json() as { patch?: { $set?: Record<string, unknown> } } | undefined)?.patch?.$set;
        const allowed = ['commentary', 'contentCallToActionLabel', 'contentLandingPage', 'lifecycleState', 'adContext'];
        if (!set || Object.keys(set).some((k) => !allowed.includes(k)))
          return error(422, 'patch.$set may only change commentary and a few other fields');
        if (typeof set['commentary'] === 'string') {
          if (set['commentary'].length > 3000) return error(422, '/commentary :: length of 3001 is greater than maximum 3000');
          found.history = [...(found.history ?? []), found.commentary];
          found.commentary = asLinkedInReadsIt(set['commentary']);
        }
        return { status: 204 };
      }
    }
    const comment = /^\/rest\/socialActions\/([^/]+)\/comments\/([^/]+)$/.exec(path);
    if (comment) {
      const object = decodeURIComponent(comment[1]!);
      const found = state.comments.find((c) => c.object === object && c.id === decodeURIComponent(comment[2]!));
      if (call.query.get('actor') !== state.organization) return error(403, 'actor must be the organization that commented');
      if (!found) return error(404, `Not found: ${decodeURIComponent(comment[2]!)}`);
      if (method === 'DELETE') {
        state.comments.splice(state.comments.indexOf(found), 1);
        return { status: 204 };
      }
      if (method === 'POST' && call.headers['x-restli-method'] === 'PARTIAL_UPDATE') {
        const text = (call.json() as { patch?: { message?: { $set?: { text?: unknown } } } } | undefined)?.patch?.message?.$set?.text;
        if (typeof text !== 'string' || text === '') return error(422, 'patch.message.$set.text is required');
        found.text = text;
        return { status: 204 };
      }
    }
    const social = /^\/rest\/socialActions\/([^/]+)(\/comments)?$/.exec(path);
    if (social) {
      const target = decodeURIComponent(social[1]!);
      if (!state.posts.some((p) => p.id === target)) return error(404, `Not found: ${target}`);
      const comments = state.comments.filter((c) => c.object === target);
      if (method === 'GET' && !social[2]) {
        return { status: 200, json: { likesSummary: { totalLikes: 0 }, commentsSummary: { aggregatedTotalComments: comments.length } } };
      }
      if (method === 'GET')
        return { status: 200, json: { elements: comments.map((c) => ({ id: c.id, object: c.object, message: { text: c.text } })) } };
      const body = call.json() as { actor?: string; object?: string; message?: { text?: string } } | undefined;
      if (body?.actor !== state.organization || body.object !== target || !body.message?.text)
        return error(422, 'actor, object and message.text are required');
      const id = `urn:li:comment:(${target},${newId()})`;
      state.comments.push({ id, object: target, text: body.message.text });
      return { status: 201, headers: { 'x-restli-id': id }, json: { id, object: target, message: { text: body.message.text } } };
    }
    return NOT_HANDLED;
  }

  function createPost(call: IncomingCall): FakeReply {
    const body = (call.json() ?? {}) as Record<string, unknown> &
      Partial<FakeLinkedInPost> & { reshareContext?: { parent?: string }; lifecycleState?: string; distribution?: unknown };
    for (const required of ['author', 'commentary', 'visibility', 'distribution', 'lifecycleState']) {
      if (body[required] === undefined) return error(422, `/${required} :: field is required but not found and has no default value`);
    }
    if (body.author !== state.organization)
      return error(403, `Not enough permissions to access: partnerApiPostsExternal.CREATE.20250501 for author ${body.author}`);
    if (body.commentary!.length > 3000) return error(422, '/commentary :: length of 3001 is greater than maximum 3000');
    const images = [body.content?.media, ...(body.content?.multiImage?.images ?? [])].filter((m) => m !== undefined);
    const missing = images.find((m) => !state.images.get(m.id)?.uploaded);
    if (missing) return error(400, `Image ${missing.id} is not uploaded or does not exist`);
    const parent = body.reshareContext?.parent;
    if (parent && !state.posts.some((p) => p.id === parent)) return error(404, `reshareContext.parent ${parent} not found`);
    const post: FakeLinkedInPost = {
      id: `urn:li:share:${newId()}`,
      author: body.author,
      commentary: asLinkedInReadsIt(body.commentary!),
      visibility: body.visibility!,
      content: body.content,
      reshareParent: parent,
    };
    state.posts.push(post);
    return { status: 201, headers: { 'x-restli-id': post.id } };
  }

  return server;
}
