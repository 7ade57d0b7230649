// Threads (Meta) through the Threads Graph API. Publishing is two steps: POST /me/threads creates
// a media container, POST /me/threads_publish publishes it; nothing is public before the second.
// An unpublished container is harmless (it expires after 24 hours), so a crash between the two
// costs nothing, and a crash after the publish is recovered by findPart, which reads the account's
// own posts back (same text, same reply target) instead of publishing again.
// Thread parts reply to the previous part (reply_to_id); media go by public URL (see containers.ts).
import { HeraldError, PlatformError } from '../core/errors.ts';
import type { PlatformConfig } from '../core/types.ts';
import { requireCredentials } from './credentials.ts';
import { graphGone } from './graph-api.ts';
import { threadsApi, type ThreadsApi } from './threads/api.ts';
import { CAROUSEL_MAX, mediaProblem, partForms, publicUrl, type Form, type Targets } from './threads/containers.ts';
import { findPublished, findRepost, resolvePost } from './threads/lookup.ts';
import type { AdapterContext, AdapterFactory, LivePart, PartRequest, PlannedRequest, PlatformAdapter } from './types.ts';

export interface ThreadsTiming {
  /** Container status polls: this often, at most this many times (Meta: allow up to 5 minutes). */
  pollIntervalMs: number;
  pollAttempts: number;
}

const DEFAULT_TIMING: ThreadsTiming = { pollIntervalMs: 3_000, pollAttempts: 100 };
const DEFAULT_SERVER = 'https://graph.threads.net';

type ContainerStatus = { status?: string; error_message?: string };

/** An adapter factory with its own polling pace (tests poll fast; the default is Meta's advice). */
export function threadsAdapterFactory(timing: ThreadsTiming = DEFAULT_TIMING): AdapterFactory {
  return (config, env) => buildThreadsAdapter(config, requireCredentials('threads', env).THREADS_ACCESS_TOKEN!, timing);
}

export const createThreadsAdapter: AdapterFactory = threadsAdapterFactory();

/** `platforms.threads.media_base_url`: where Threads can fetch the repository's files. */
function mediaBase(config: PlatformConfig): string | undefined {
  const value = config.options.media_base_url;
  if (value === undefined || value === '') return undefined;
  const text = String(value).trim();
  if (!/^https?:$/.test(URL.parse(text)?.protocol ?? '')) {
    throw new HeraldError(`threads: platforms.threads.media_base_url is not an http(s) URL: ${text.slice(0, 80)}`, {
      hint: 'Use the public raw address of the repository, e.g. https://raw.githubusercontent.com/ORG/REPO/main/',
    });
  }
  return text;
}

function buildThreadsAdapter(config: PlatformConfig, token: string, timing: ThreadsTiming): PlatformAdapter {
  const api = threadsApi(config.server ?? DEFAULT_SERVER, token);
  const base = mediaBase(config);

  async function create(ctx: AdapterContext, form: Form): Promise<string> {
    return (await api.call<{ id: string }>(ctx, { method: 'POST', path: 'me/threads', form })).id;
  }

  /** Waits until a container is FINISHED (Threads fetches and processes media asynchronously). */
  async function ready(ctx: AdapterContext, id: string, where: string): Promise<void> {
    for (let attempt = 0; attempt < timing.pollAttempts; attempt++) {
      const { status, error_message } = await api.call<ContainerStatus>(ctx, {
        method: 'GET',
        path: id,
        query: { fields: 'status,error_message' },
      });
      if (status === 'FINISHED') return;
      if (status === 'ERROR' || status === 'EXPIRED') {
        throw new PlatformError(
          'threads',
          `${where}: Threads could not prepare the post (container ${status}: ${error_message ?? 'no reason given'})`,
          {
            hint: 'Check that every media URL answers publicly with a JPEG, PNG, MP4 or MOV file.',
          },
        );
      }
      if (attempt + 1 < timing.pollAttempts) await new Promise((resolve) => setTimeout(resolve, timing.pollIntervalMs));
    }
    throw new PlatformError(
      'threads',
      `${where}: the container was still being processed after ${(timing.pollAttempts * timing.pollIntervalMs) / 1000}s`,
      {
        retryable: true,
        hint: 'Nothing was published; a retry starts over with a new container.',
      },
    );
  }

  async function targets(request: PartRequest, ctx: AdapterContext): Promise<Targets> {
    const { rendition, index } = request;
    const first = index === 0;
    const replyTo =
      request.parent?.id ??
      (first && rendition.replyTo ? await resolvePost(api, ctx, rendition.replyTo, `reply_to of ${rendition.file}`) : undefined);
    const quote = first && rendition.quote ? await resolvePost(api, ctx, rendition.quote, `quote of ${rendition.file}`) : undefined;
    return { replyTo, quote };
  }

  async function live(ctx: AdapterContext, index: number, id: string): Promise<LivePart> {
    const { permalink } = await api.call<{ permalink?: string }>(ctx, { method: 'GET', path: id, query: { fields: 'permalink' } });
    // The id is what recovery needs; a missing permalink (never seen) must not lose a live post.
    return { index, id, url: permalink ?? 'https://www.threads.net/' };
  }

  return {
    id: 'threads',

    async publishPart(request, ctx) {
      const { part, rendition, index } = request;
      const where = `${rendition.file} (part ${index + 1})`;
      if (part.media.length > CAROUSEL_MAX) {
        throw new PlatformError('threads', `${where}: ${part.media.length} media; a Threads carousel holds at most ${CAROUSEL_MAX}`, {
          hint: 'Split the media over more thread parts.',
        });
      }
      for (const media of part.media) {
        const problem = mediaProblem(request, media, base);
        if (problem) throw problem;
      }
      const forms = partForms(request, await targets(request, ctx), (path) => publicUrl(base!, path));
      const children: string[] = [];
      for (const item of forms.items) {
        const child = await create(ctx, item);
        await ready(ctx, child, where);
        children.push(child);
      }
      const container = await create(ctx, forms.post(children));
      await ready(ctx, container, where);
      const published = await api.call<{ id: string }>(ctx, {
        method: 'POST',
        path: 'me/threads_publish',
        form: { creation_id: container },
      });
      return live(ctx, index, published.id);
    },

    async findPart(request, ctx) {
      const { rendition } = request;
      if (rendition.repost) {
        const found = await findRepost(api, ctx, await resolvePost(api, ctx, rendition.repost, `repost of ${rendition.file}`));
        return found
          ? { index: request.index, id: found.id, url: rendition.repost, ref: { original: found.reposted_post!.id } }
          : undefined;
      }
      const { replyTo } = await targets({ ...request, rendition: { ...rendition, quote: undefined } }, ctx);
      const found = await findPublished(api, ctx, request.part.text, replyTo);
      if (!found) return undefined;
      return found.permalink ? { index: request.index, id: found.id, url: found.permalink } : live(ctx, request.index, found.id);
    },

    // DELETE /{threads-media-id} (no edit: core/corrections.ts). The same token just reached the post's
    // account, so Graph's "does not exist" means gone; a repeat is harmless.
    async deletePart(live, ctx) {
      try {
        await api.call(ctx, { method: 'DELETE', path: live.id });
        return 'deleted';
      } catch (error) {
        if (graphGone(error)) return 'gone';
        throw error;
      }
    },

    async repost(url, _key, ctx) {
      const original = await resolvePost(api, ctx, url, 'repost');
      const repost = await api.call<{ id: string }>(ctx, { method: 'POST', path: `${original}/repost` });
      // A repost has no page of its own: it shows the original under the account's Reposts tab.
      return { index: 0, id: repost.id, url, ref: { original } };
    },

    describe(request) {
      return describeThreads(api, base, request);
    },

    async metrics(part, ctx) {
      const { data } = await api.call<{
        data?: Array<{ name: string; values?: Array<{ value: number }>; total_value?: { value: number } }>;
      }>(ctx, {
        method: 'GET',
        path: `${part.id}/insights`,
        query: { metric: 'likes,replies,reposts,quotes,views' },
      });
      const value = (name: string) => {
        const metric = data?.find((m) => m.name === name);
        return metric?.total_value?.value ?? metric?.values?.[0]?.value;
      };
      return { likes: value('likes'), replies: value('replies'), reposts: value('reposts') };
    },

    async followers(ctx) {
      const { data } = await api.call<{ data?: Array<{ name: string; total_value?: { value: number } }> }>(ctx, {
        method: 'GET',
        path: 'me/threads_insights',
        query: { metric: 'followers_count' },
      });
      const count = data?.find((m) => m.name === 'followers_count')?.total_value?.value;
      if (count === undefined)
        throw new PlatformError('threads', 'threads_insights sent no followers_count', {
          hint: 'The token needs threads_manage_insights.',
        });
      return count;
    },
  };
}

function describeThreads(api: ThreadsApi, base: string | undefined, request: PartRequest): PlannedRequest[] {
  const { rendition, index } = request;
  if (rendition.repost) return [{ method: 'POST', url: api.url(`<media id of ${rendition.repost}>/repost`) }];
  const replyTo =
    request.parent?.id ?? (index > 0 ? `<id of part ${index}>` : rendition.replyTo ? `<media id of ${rendition.replyTo}>` : undefined);
  const quote = index === 0 && rendition.quote ? `<media id of ${rendition.quote}>` : undefined;
  const url = (path: string) => (base ? publicUrl(base, path) : `<no public URL for ${path}: set platforms.threads.media_base_url>`);
  const forms = partForms(request, { replyTo, quote }, url);
  const container = (form: Form): PlannedRequest => ({ method: 'POST', url: api.url('me/threads'), body: form });
  const children = forms.items.map((_, i) => `<container of medium ${i + 1}>`);
  return [
    ...forms.items.map(container),
    container(forms.post(children)),
    { method: 'POST', url: api.url('me/threads_publish'), body: { creation_id: `<container of part ${index + 1}>` } },
  ];
}
