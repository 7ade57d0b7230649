// An adapter for the test platform (server.ts), registered under any platform id: it tests the
// runner through the real PlatformAdapter interface, not a platform.
import { CredentialsError, PlatformError } from '../../../src/core/errors.ts';
import type { PlatformId } from '../../../src/core/types.ts';
import type {
  AdapterContext,
  AdapterFactory,
  LivePart,
  PartRequest,
  PlatformAdapter,
  PlannedRequest,
} from '../../../src/platforms/types.ts';

export const tokenVariable = (id: PlatformId) => `TEST_${id.toUpperCase()}_TOKEN`;

export function testAdapterFactory(id: PlatformId): AdapterFactory {
  return (config, env) => {
    const token = env[tokenVariable(id)];
    if (!token)
      throw new CredentialsError(id, `missing secret ${tokenVariable(id)}`, { hint: `add ${tokenVariable(id)} to the Actions secrets` });
    const server = config.server ?? 'http://127.0.0.1:9';
    const call = async <T>(
      ctx: AdapterContext,
      method: string,
      path: string,
      body?: RequestInit['body'],
      headers: Record<string, string> = {},
    ): Promise<T> => {
      const init: RequestInit = { method, headers: { authorization: `Bearer ${token}`, ...headers } };
      if (body !== undefined) init.body = body;
      const res = await ctx.fetch(`${server}${path}`, init);
      const json = (await res.json()) as T & { error?: string };
      if (!res.ok) {
        const retryAfter = res.headers.get('retry-after');
        throw new PlatformError(id, json.error ?? `HTTP ${res.status}`, {
          status: res.status,
          retryable: res.status === 429 || res.status >= 500,
          ...(retryAfter ? { retryAfter: Number(retryAfter) } : {}),
        });
      }
      return json;
    };
    const adapter: PlatformAdapter = {
      id,
      async publishPart(request: PartRequest, ctx: AdapterContext): Promise<LivePart> {
        const media: string[] = [];
        for (const m of request.part.media) {
          const bytes = await ctx.readMedia(m.path);
          media.push(
            (
              await call<{ id: string }>(ctx, 'POST', '/v1/media', bytes as NonNullable<RequestInit['body']>, {
                'x-alt': encodeURIComponent(m.alt),
              })
            ).id,
          );
        }
        const body = { key: request.key, text: request.part.text, media, ...(request.parent ? { reply_to: request.parent.id } : {}) };
        const created = await call<{ id: string; url: string }>(ctx, 'POST', '/v1/posts', JSON.stringify(body), {
          'content-type': 'application/json',
        });
        return { index: request.index, id: created.id, url: created.url };
      },
      async findPart(request: PartRequest, ctx: AdapterContext): Promise<LivePart | undefined> {
        const found = await call<{ posts: { id: string; url: string }[] }>(ctx, 'GET', `/v1/posts?key=${encodeURIComponent(request.key)}`);
        const first = found.posts[0];
        return first ? { index: request.index, id: first.id, url: first.url } : undefined;
      },
      describe(request: PartRequest): PlannedRequest[] {
        return [
          ...request.part.media.map((m) => ({ method: 'POST', url: `${server}/v1/media`, body: { file: m.path, alt: m.alt } })),
          {
            method: 'POST',
            url: `${server}/v1/posts`,
            body: {
              key: request.key,
              text: request.part.text,
              ...(request.index > 0 ? { reply_to: request.parent?.id ?? `(part ${request.index - 1})` } : {}),
            },
          },
        ];
      },
    };
    return adapter;
  };
}
