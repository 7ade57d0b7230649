// Reddit through its OAuth API: a "script" app's password grant (POST www.reddit.com/api/v1/access_token)
// gives a bearer token for oauth.reddit.com; POST /api/submit makes a text post (kind=self, the post's
// markdown) or, when the text is one URL alone, a link post (kind=link) in the configured subreddit,
// titled by front matter `title` (else the first line; 300 characters), with flair_id / flair_text and
// resubmit from the config. A part with an image is an image post (kind=image, the text as its body;
// reddit-media.ts uploads the image). Reddit answers most refusals with 200 and `json.errors` (e.g.
// ALREADY_SUB, SUBMIT_VALIDATION_FLAIR_REQUIRED), so those are read too. No idempotency key: after a
// crash findPart reads the account's own submissions (same subreddit, title and text, link or image).
// An image post's submit answers with no post id, so publishPart reads it back the same way.
import { PlatformError } from '../core/errors.ts';
import type { PlatformConfig } from '../core/types.ts';
import { requireCredentials } from './credentials.ts';
import { describeBody, firstString, sendRequest } from './http.ts';
import { mimeType } from './media.ts';
import { requireOption, titleOf } from './options.ts';
import { imageOf, REDDIT_BUCKET, uploadImage } from './reddit-media.ts';
import type { AdapterContext, AdapterFactory, LivePart, PartRequest, PlannedRequest, PlatformAdapter } from './types.ts';

const TITLE_MAX = 300;
const LISTING_LIMIT = 100;
/** Reddit throttles generic user agents; it asks for `<platform>:<app id>:<version> (by /u/<user>)`. */
const userAgent = (user: string) => `github-actions:herald:1 (by /u/${user})`;

interface Submission {
  id: string;
  name: string;
  title: string;
  subreddit: string;
  selftext?: string;
  url?: string;
  is_self?: boolean;
  post_hint?: string;
  is_reddit_media_domain?: boolean;
  permalink: string;
}

export interface RedditTiming {
  /** Reads of the account's posts while Reddit processes a new image post, and the wait between them. */
  imageReads: number;
  imageReadIntervalMs: number;
}

/** Reddit's errors: `{ error, message }`, OAuth's `{ error: "invalid_grant" }`, or `json.errors` triples. */
export function redditMessage(body: unknown): string | undefined {
  const errors = (body as { json?: { errors?: unknown[][] } } | undefined)?.json?.errors;
  if (Array.isArray(errors) && errors.length > 0)
    return errors.map((e) => (Array.isArray(e) ? `${e[0]}: ${e[1]}${e[2] ? ` (${e[2]})` : ''}` : String(e))).join('; ');
  return firstString(body, 'message', 'error') ?? describeBody(body);
}

export const createRedditAdapter: AdapterFactory = (config, env) => buildRedditAdapter(config, env);

export function redditAdapterFactory(timing: RedditTiming): AdapterFactory {
  return (config, env) => buildRedditAdapter(config, env, timing);
}

function buildRedditAdapter(
  config: PlatformConfig,
  env: Record<string, string | undefined>,
  timing: RedditTiming = { imageReads: 10, imageReadIntervalMs: 3000 },
): PlatformAdapter {
  const secrets = requireCredentials('reddit', env);
  const user = secrets.REDDIT_USERNAME!.replace(/^\/?u\//, '');
  const subreddit = requireOption('reddit', config, 'subreddit', 'django (without r/)').replace(/^\/?r\//, '');
  const auth = (config.server ?? 'https://www.reddit.com').replace(/\/+$/, '');
  const api = (config.server ?? 'https://oauth.reddit.com').replace(/\/+$/, '');
  const resubmit = config.options.resubmit === true || config.options.resubmit === 'true';
  const flairId = config.options.flair_id === undefined ? undefined : String(config.options.flair_id);
  const flairText = config.options.flair_text === undefined ? undefined : String(config.options.flair_text);
  let token: Promise<string> | undefined;

  async function accessToken(ctx: AdapterContext): Promise<string> {
    const basic = Buffer.from(`${secrets.REDDIT_CLIENT_ID}:${secrets.REDDIT_CLIENT_SECRET}`).toString('base64');
    const form = new URLSearchParams({ grant_type: 'password', username: user, password: secrets.REDDIT_PASSWORD! });
    const { data } = await sendRequest<{ access_token?: string; error?: string }>(
      'reddit',
      ctx,
      {
        method: 'POST',
        url: `${auth}/api/v1/access_token`,
        headers: { authorization: `Basic ${basic}`, 'user-agent': userAgent(user) },
        body: form,
      },
      redditMessage,
    );
    // A wrong password is a 200 with `{ "error": "invalid_grant" }`.
    if (!data.access_token) {
      throw new PlatformError('reddit', `no access token: ${data.error ?? 'no reason given'}`, {
        hint: 'Check REDDIT_CLIENT_ID / REDDIT_CLIENT_SECRET (a "script" app) and REDDIT_USERNAME / REDDIT_PASSWORD (docs/credentials.md).',
      });
    }
    return data.access_token;
  }

  async function call<T>(ctx: AdapterContext, method: 'GET' | 'POST', path: string, form?: URLSearchParams): Promise<T> {
    token ??= accessToken(ctx).catch((error: unknown) => {
      token = undefined;
      throw error;
    });
    const headers = { authorization: `Bearer ${await token}`, 'user-agent': userAgent(user) };
    return (await sendRequest<T>('reddit', ctx, { method, url: `${api}${path}`, headers, ...(form ? { body: form } : {}) }, redditMessage))
      .data;
  }

  const live = (s: { id: string; permalink?: string; url?: string }): LivePart => ({
    index: 0,
    id: s.id,
    url: s.permalink ? `https://www.reddit.com${s.permalink}` : (s.url ?? `https://www.reddit.com/comments/${s.id}/`),
  });

  const adapter: PlatformAdapter = {
    id: 'reddit',

    async publishPart(request, ctx) {
      const image = imageOf(request);
      const url = image ? await uploadImage(ctx, image, api, (form) => call(ctx, 'POST', '/api/media/asset.json', form)) : undefined;
      const form = new URLSearchParams(submitFields(request, subreddit, { resubmit, flairId, flairText }, url));
      const answer = await call<{ json?: { errors?: unknown[][]; data?: { id: string; name: string; url: string } } }>(
        ctx,
        'POST',
        '/api/submit',
        form,
      );
      const errors = answer.json?.errors ?? [];
      if (errors.length > 0 || !answer.json?.data) {
        const message = redditMessage(answer) ?? 'no post id in the answer';
        throw new PlatformError('reddit', `r/${subreddit} refused the post: ${message}`, { hint: hintFor(message) });
      }
      if (!image) return live(answer.json.data);
      const found = await adapter.findPart(request, ctx);
      if (found) return found;
      throw new PlatformError('reddit', `r/${subreddit} took the image post but it is not among u/${user}'s posts yet`, {
        hint: 'Reddit may still be processing the image; a re-run (herald publish --retry) looks for it before posting again.',
      });
    },

    // An image post shows among the account's posts only once Reddit has processed the image, which
    // may still be under way after a crash right after the submit: it is looked for several times.
    async findPart(request, ctx) {
      const image = imageOf(request) !== undefined;
      const want = submitFields(request, subreddit, {}, image ? '' : undefined);
      for (let read = 0; read < (image ? timing.imageReads : 1); read++) {
        if (read > 0) await new Promise((resolve) => setTimeout(resolve, timing.imageReadIntervalMs));
        const listing = await call<{ data: { children: { data: Submission }[] } }>(
          ctx,
          'GET',
          `/user/${encodeURIComponent(user)}/submitted?sort=new&limit=${LISTING_LIMIT}&raw_json=1`,
        );
        const found = listing.data.children
          .map((c) => c.data)
          .find(
            (s) =>
              s.subreddit.toLowerCase() === subreddit.toLowerCase() &&
              s.title === want.title &&
              (want.kind === 'link' ? s.url === want.url : sameKind(s, want.kind) && (s.selftext ?? '') === (want.text ?? '')),
          );
        if (found) return live(found);
      }
      return undefined;
    },

    // POST /api/editusertext replaces a text post's body (the title cannot change). Recovery sends the
    // edit again: editusertext sets the body, so the same text twice leaves the post as one edit left it.
    async editPart(request, ctx) {
      const fields = submitFields({ ...request, key: '' }, subreddit, {});
      if (fields['kind'] !== 'self') {
        throw new PlatformError('reddit', `${request.rendition.file}: a Reddit link post cannot be edited`, {
          hint: "Leave reddit out of the post's platforms to leave it as it is, or take it down (retract: true) and publish a new post.",
        });
      }
      const form = new URLSearchParams({ api_type: 'json', thing_id: `t3_${request.live.id}`, text: fields['text']! });
      const answer = await call<{ json?: { errors?: unknown[][] } }>(ctx, 'POST', '/api/editusertext', form);
      if ((answer.json?.errors ?? []).length > 0)
        throw new PlatformError('reddit', `Reddit refused the edit: ${redditMessage(answer) ?? 'unknown error'}`);
      return 'edited';
    },

    // POST /api/del answers 200 whether or not the post is still there: a repeat is harmless.
    async deletePart(live, ctx) {
      await call(ctx, 'POST', '/api/del', new URLSearchParams({ id: `t3_${live.id}` }));
      return 'deleted';
    },

    describe(request): PlannedRequest[] {
      const image = request.part.media[0];
      const uploads = image
        ? [
            { method: 'POST', url: `${api}/api/media/asset.json`, body: { filepath: image.path, mimetype: mimeType(image.path) } },
            { method: 'POST', url: REDDIT_BUCKET, body: { file: image.path, fields: "<the upload lease's fields>" } },
          ]
        : [];
      const url = image ? `<the uploaded ${image.path}>` : undefined;
      return [
        ...uploads,
        { method: 'POST', url: `${api}/api/submit`, body: submitFields(request, subreddit, { resubmit, flairId, flairText }, url) },
      ];
    },
  };
  return adapter;
}

/** An image post is on Reddit's media domain; a text post is a self post. */
const sameKind = (s: Submission, kind: string | undefined) =>
  kind === 'image' ? s.post_hint === 'image' || s.is_reddit_media_domain === true : s.is_self === true;

/** The submit form; `image` is the uploaded image's URL for an image post (the text is its body). */
function submitFields(
  request: PartRequest,
  sr: string,
  extra: { resubmit?: boolean; flairId?: string | undefined; flairText?: string | undefined },
  image?: string,
): Record<string, string> {
  const text = request.part.text.trim();
  const link = image === undefined && /^https?:\/\/\S+$/.test(text) ? text : undefined;
  const kind =
    image !== undefined
      ? { kind: 'image', url: image, ...(text ? { text: request.part.text } : {}) }
      : link
        ? { kind: 'link', url: link }
        : { kind: 'self', text: request.part.text };
  return {
    api_type: 'json',
    sr,
    title: titleOf(request, TITLE_MAX),
    ...kind,
    ...(extra.resubmit !== undefined ? { resubmit: String(extra.resubmit) } : {}),
    ...(extra.flairId ? { flair_id: extra.flairId } : {}),
    ...(extra.flairText ? { flair_text: extra.flairText } : {}),
  };
}

function hintFor(message: string): string | undefined {
  if (message.startsWith('ALREADY_SUB'))
    return 'That link was already posted to the subreddit: set platforms.reddit.resubmit: true to post it again.';
  if (message.includes('FLAIR')) return 'The subreddit requires a flair: set platforms.reddit.flair_id (its moderators list the ids).';
  if (message.includes('RATELIMIT')) return 'Reddit limits how often a new or low-karma account posts; wait and re-run.';
  return undefined;
}
