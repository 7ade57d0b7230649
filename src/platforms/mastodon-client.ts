// A masto.js REST client whose HTTP goes through ctx.fetch. masto's own HttpNativeImpl calls the
// global fetch and polls media every second; masto exports BaseHttp, HttpActionDispatcher and
// createActionProxy, so we plug in our own HTTP layer and a dispatcher hook that does not poll
// (the adapter polls itself, bounded, at its own pace).
// Those three are reachable through the package's "./*.js" export, not its root.
import type { mastodon } from 'masto';
import { BaseHttp } from 'masto/adapters/http/index.js';
import { createActionProxy, HttpActionDispatcher } from 'masto/adapters/action/index.js';
import { SerializerNativeImpl } from 'masto/adapters/serializers/index.js';
import type { HttpAction } from 'masto/adapters/action/dispatcher-http.js';
import type { ActionDispatcherHook, HttpRequestParams, HttpResponse } from 'masto/interfaces/index.js';
import { sendRequest, firstString } from './http.ts';
import type { AdapterContext } from './types.ts';

const serializer = new SerializerNativeImpl();

/**
 * Mastodon's error body is `{ "error": "..." }` (sometimes with `details`); OAuth refusals add
 * `error_description` to a code (`insufficient_scope`). Other shapes fall to describeBody in http.ts.
 */
export function mastodonMessage(body: unknown): string | undefined {
  const error = firstString(body, 'error');
  const description = firstString(body, 'error_description');
  if (error && description && error !== description) return `${error}: ${description}`;
  return description ?? error;
}

class ContextHttp extends BaseHttp {
  private readonly server: string;
  private readonly token: string;
  private readonly ctx: AdapterContext;
  constructor(server: string, token: string, ctx: AdapterContext) {
    super();
    this.server = server;
    this.token = token;
    this.ctx = ctx;
  }

  async request<T>(params: HttpRequestParams): Promise<HttpResponse<T>> {
    const url = new URL(params.path, this.server);
    if (params.search !== undefined) {
      url.search = typeof params.search === 'string' ? params.search : String(serializer.serialize('querystring', params.search));
    }
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    new Headers(params.requestInit?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const encoding = params.encoding ?? 'json';
    const hasBody = params.body !== undefined && params.method !== 'GET';
    const result = await sendRequest<unknown>(
      'mastodon',
      this.ctx,
      {
        method: params.method,
        url: url.toString(),
        headers,
        json: hasBody && encoding === 'json' ? JSON.parse(String(serializer.serialize('json', params.body))) : undefined,
        body:
          hasBody && encoding === 'multipart-form'
            ? (serializer.serialize('multipart-form' as 'json', params.body) as unknown as FormData)
            : undefined,
      },
      mastodonMessage,
    );
    // masto's types are camelCase; the wire is snake_case.
    const data = result.data === undefined ? undefined : serializer.deserialize('json', JSON.stringify(result.data));
    return { headers: result.headers, data: data as T };
  }
}

const MULTIPART_PATHS = new Set(['/api/v1/media', '/api/v2/media']);

/** masto's action names → HTTP verbs, as masto's own Mastodon hook maps them, minus the polling. */
const hook: ActionDispatcherHook<HttpAction> = {
  beforeDispatch(action) {
    const verbs = ['fetch', 'create', 'update', 'remove', 'list'];
    const name: string = action.type;
    const plain = verbs.includes(name);
    const type = plain ? action.type : name === 'verify_credentials' || name === 'lookup' ? 'fetch' : 'create';
    const path = plain ? action.path : `${action.path}/${action.type}`;
    const encoding = type === 'create' && MULTIPART_PATHS.has(path) ? 'multipart-form' : 'json';
    return { ...action, type, path, meta: { ...(action.meta as object), encoding } } as HttpAction;
  },
  dispatch: () => false,
  afterDispatch: (_action, result) => result,
};

export function mastodonClient(server: string, token: string, ctx: AdapterContext): mastodon.rest.Client {
  const dispatcher = new HttpActionDispatcher(new ContextHttp(server, token, ctx), hook);
  return createActionProxy<mastodon.rest.Client>(dispatcher, { context: ['api'] });
}
