// Discourse's API in miniature (docs.discourse.org): Api-Key + Api-Username headers (403
// invalid_access otherwise), `{ errors: [...], error_type }` bodies, title ≥ 15 and body ≥ 20
// characters, body ≤ 32000, topic external_id unique, GET /t/external_id/{id}.json redirecting to
// the topic, uploads returning upload:// short URLs.
import { field, NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';
import { specValidator } from './openapi.ts';

/** Discourse redirects to /t/{slug}/{id}.json, the same topic as the documented /t/{id}.json. */
const discourseSpec = () =>
  specValidator('discourse', { alias: (path) => path.replace(/^\/t\/(?!external_id\/)[^/]+\/(\d+)\.json$/, '/t/$1.json') });

export interface FakeDiscoursePost {
  id: number;
  topicId: number;
  postNumber: number;
  raw: string;
  username: string;
  /** Earlier raws, oldest first (PUT /posts/:id makes a revision). */
  revisions?: string[];
}

export interface FakeTopic {
  id: number;
  slug: string;
  title: string;
  category: number;
  externalId?: string;
}

export interface DiscourseState {
  apiKey: string;
  username: string;
  categories: number[];
  topics: FakeTopic[];
  posts: FakeDiscoursePost[];
  uploads: Array<{ shortUrl: string; name: string; size: number }>;
}

const error = (status: number, message: string): FakeReply => {
  const type = status === 403 ? 'invalid_access' : status === 404 ? 'not_found' : status === 429 ? 'rate_limit' : 'invalid_parameters';
  return { status, json: { errors: [message], error_type: type } };
};
const NOT_FOUND = 'The requested URL or resource could not be found.';

export async function startDiscourseServer(options: FakeServerOptions = {}): Promise<FakeServer<DiscourseState>> {
  const state: DiscourseState = { apiKey: 'discourse-test-key', username: 'herald', categories: [4], topics: [], posts: [], uploads: [] };
  let nextPost = 1000;
  let nextTopic = 500;
  const server = await startFakeServer(state, (call) => route(call), error, { ...options, spec: discourseSpec() });

  const topicJson = (topic: FakeTopic) => {
    const posts = state.posts.filter((p) => p.topicId === topic.id);
    return {
      id: topic.id,
      slug: topic.slug,
      title: topic.title,
      category_id: topic.category,
      external_id: topic.externalId ?? null,
      posts_count: posts.length,
      like_count: 0,
      post_stream: { posts: posts.map((p) => ({ id: p.id, post_number: p.postNumber, username: p.username })) },
    };
  };
  const postJson = (p: FakeDiscoursePost) => ({
    id: p.id,
    topic_id: p.topicId,
    topic_slug: state.topics.find((t) => t.id === p.topicId)!.slug,
    post_number: p.postNumber,
    raw: p.raw,
    username: p.username,
  });

  async function route(call: IncomingCall): Promise<FakeReply> {
    if (call.headers['api-key'] !== state.apiKey || call.headers['api-username'] !== state.username) {
      return error(403, 'You are not permitted to view the requested resource. The API username or key is invalid.');
    }
    const { method, path } = call;
    if (method === 'POST' && path === '/uploads.json') {
      const form = await call.form().catch(() => undefined);
      const file = form?.get('file');
      if (!(file instanceof File) || field(form, 'upload_type') === undefined)
        return error(422, 'You must supply a file and an upload type.');
      const upload = {
        shortUrl: `upload://u${state.uploads.length + 1}${file.name.slice(file.name.lastIndexOf('.'))}`,
        name: file.name,
        size: file.size,
      };
      state.uploads.push(upload);
      return {
        status: 200,
        json: {
          id: state.uploads.length,
          original_filename: file.name,
          short_url: upload.shortUrl,
          url: `/uploads/default/original/1X/${upload.name}`,
        },
      };
    }
    if (method === 'POST' && path === '/posts.json') return createPost(call);
    const external = /^\/t\/external_id\/([^/]+)\.json$/.exec(path);
    if (method === 'GET' && external) {
      const topic = state.topics.find((t) => t.externalId === decodeURIComponent(external[1]!));
      return topic ? { status: 301, headers: { location: `${server.url}/t/${topic.slug}/${topic.id}.json` } } : error(404, NOT_FOUND);
    }
    const topicPath = /^\/t\/(?:[\w-]+\/)?(\d+)\.json$/.exec(path);
    if (method === 'GET' && topicPath) {
      const topic = state.topics.find((t) => t.id === Number(topicPath[1]));
      return topic ? { status: 200, json: topicJson(topic) } : error(404, NOT_FOUND);
    }
    const postPath = /^\/posts\/(\d+)\.json$/.exec(path);
    if (method === 'GET' && postPath) {
      const post = state.posts.find((p) => p.id === Number(postPath[1]));
      return post ? { status: 200, json: postJson(post) } : error(404, NOT_FOUND);
    }
    if ((method === 'PUT' || method === 'DELETE') && postPath) {
      const post = state.posts.find((p) => p.id === Number(postPath[1]));
      if (!post) return error(404, NOT_FOUND);
      if (method === 'DELETE') {
        // Deleting a topic's first post deletes the topic.
        state.posts.splice(state.posts.indexOf(post), 1);
        if (post.postNumber === 1) {
          state.posts = state.posts.filter((p) => p.topicId !== post.topicId);
          state.topics = state.topics.filter((t) => t.id !== post.topicId);
        }
        return { status: 200, json: {} };
      }
      const raw = field((call.json() as { post?: Record<string, unknown> } | undefined)?.post ?? {}, 'raw') ?? '';
      if (raw.trim().length < 20)
        return { status: 422, json: { errors: ['Body is too short (minimum is 20 characters)'], error_type: 'invalid_parameters' } };
      post.revisions = [...(post.revisions ?? []), post.raw];
      post.raw = raw;
      return { status: 200, json: { post: postJson(post) } };
    }
    return NOT_HANDLED;
  }

  function createPost(call: IncomingCall): FakeReply {
    const body = call.json() ?? {};
    const raw = field(body, 'raw') ?? '';
    const problems: string[] = [];
    if (raw.trim().length < 20) problems.push('Body is too short (minimum is 20 characters)');
    if (raw.length > 32_000) problems.push(`Body is limited to 32000 characters; you entered ${raw.length}.`);
    const topicId = field(body, 'topic_id');
    let topic: FakeTopic | undefined;
    if (topicId !== undefined) {
      topic = state.topics.find((t) => t.id === Number(topicId));
      if (!topic) return error(404, NOT_FOUND);
    } else {
      const title = field(body, 'title') ?? '';
      const category = Number(field(body, 'category'));
      const externalId = field(body, 'external_id');
      if (title.trim().length < 15) problems.push('Title is too short (minimum is 15 characters)');
      if (!state.categories.includes(category)) problems.push('Category can’t be blank');
      if (externalId && state.topics.some((t) => t.externalId === externalId)) problems.push('External ID has already been taken');
      if (problems.length === 0) {
        const slug =
          title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'topic';
        topic = { id: (nextTopic += 1), slug, title, category, externalId };
        state.topics.push(topic);
      }
    }
    if (problems.length > 0 || !topic) return { status: 422, json: { errors: problems, error_type: 'invalid_parameters' } };
    const post: FakeDiscoursePost = {
      id: (nextPost += 1),
      topicId: topic.id,
      postNumber: state.posts.filter((p) => p.topicId === topic.id).length + 1,
      raw,
      username: state.username,
    };
    state.posts.push(post);
    return { status: 200, json: postJson(post) };
  }

  return server;
}
