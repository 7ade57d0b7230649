import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  describeMedia,
  readMediaFile
} from "./chunk-GY2EDSYG.js";
import {
  firstString,
  sendRequest
} from "./chunk-GS5P5XJH.js";
import {
  requireCredentials,
  requireServer
} from "./chunk-HW6NH4IV.js";
import {
  PlatformError,
  __commonJS,
  __toESM
} from "./chunk-QKSMSPLC.js";

// node_modules/ts-custom-error/dist/custom-error.js
var require_custom_error = __commonJS({
  "node_modules/ts-custom-error/dist/custom-error.js"(exports) {
    function fixProto(target, prototype) {
      var setPrototypeOf = Object.setPrototypeOf;
      setPrototypeOf ? setPrototypeOf(target, prototype) : target.__proto__ = prototype;
    }
    function fixStack(target, fn) {
      if (fn === void 0) {
        fn = target.constructor;
      }
      var captureStackTrace = Error.captureStackTrace;
      captureStackTrace && captureStackTrace(target, fn);
    }
    var __extends = /* @__PURE__ */ (function() {
      var _extendStatics = function extendStatics(d, b) {
        _extendStatics = Object.setPrototypeOf || {
          __proto__: []
        } instanceof Array && function(d2, b2) {
          d2.__proto__ = b2;
        } || function(d2, b2) {
          for (var p in b2) {
            if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
          }
        };
        return _extendStatics(d, b);
      };
      return function(d, b) {
        if (typeof b !== "function" && b !== null) throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        _extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
    })();
    var CustomError3 = (function(_super) {
      __extends(CustomError4, _super);
      function CustomError4(message, options) {
        var _newTarget = this.constructor;
        var _this = _super.call(this, message, options) || this;
        Object.defineProperty(_this, "name", {
          value: _newTarget.name,
          enumerable: false,
          configurable: true
        });
        fixProto(_this, _newTarget.prototype);
        fixStack(_this);
        return _this;
      }
      return CustomError4;
    })(Error);
    var __spreadArray = function(to, from, pack) {
      if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
          if (!ar) ar = Array.prototype.slice.call(from, 0, i);
          ar[i] = from[i];
        }
      }
      return to.concat(ar || Array.prototype.slice.call(from));
    };
    function customErrorFactory(fn, parent) {
      if (parent === void 0) {
        parent = Error;
      }
      function CustomError4() {
        var args = [];
        for (var _i = 0; _i < arguments.length; _i++) {
          args[_i] = arguments[_i];
        }
        if (!(this instanceof CustomError4)) return new (CustomError4.bind.apply(CustomError4, __spreadArray([void 0], args, false)))();
        parent.apply(this, args);
        Object.defineProperty(this, "name", {
          value: fn.name || parent.name,
          enumerable: false,
          configurable: true
        });
        fn.apply(this, args);
        fixStack(this, CustomError4);
      }
      return Object.defineProperties(CustomError4, {
        prototype: {
          value: Object.create(parent.prototype, {
            constructor: {
              value: CustomError4,
              writable: true,
              configurable: true
            }
          })
        }
      });
    }
    exports.CustomError = CustomError3;
    exports.customErrorFactory = customErrorFactory;
  }
});

// node_modules/masto/dist/esm/adapters/http/base-http.js
var BaseHttp = class {
  get(path, data, meta = {}) {
    return this.request({
      method: "GET",
      path,
      search: data,
      ...meta
    });
  }
  post(path, data, meta = {}) {
    return this.request({
      method: "POST",
      path,
      body: data,
      ...meta
    });
  }
  delete(path, data, meta = {}) {
    return this.request({
      method: "DELETE",
      path,
      body: data,
      ...meta
    });
  }
  put(path, data, meta = {}) {
    return this.request({
      method: "PUT",
      path,
      body: data,
      ...meta
    });
  }
  patch(path, data, meta = {}) {
    return this.request({
      method: "PATCH",
      path,
      body: data,
      ...meta
    });
  }
};

// node_modules/masto/dist/esm/adapters/errors/masto-unexpected-error.js
var import_ts_custom_error = __toESM(require_custom_error(), 1);
var MastoUnexpectedError = class extends import_ts_custom_error.CustomError {
};

// node_modules/masto/dist/esm/adapters/errors/masto-deserialize-error.js
var import_ts_custom_error2 = __toESM(require_custom_error(), 1);
var MastoDeserializeError = class extends import_ts_custom_error2.CustomError {
  contentType;
  data;
  constructor(message, contentType, data, options) {
    super(message, options);
    this.contentType = contentType;
    this.data = data;
  }
};

// node_modules/masto/dist/esm/utils/is-record.js
var isRecord = (x) => typeof x === "object" && x !== null && x.constructor.name === "Object";

// node_modules/masto/dist/esm/utils/noop.js
function noop() {
}

// node_modules/masto/dist/esm/utils/link-header.js
var parseLinkHeader = (linkHeader) => {
  const links = /* @__PURE__ */ new Map();
  for (const link of linkHeader.split(",")) {
    const match = link.match(/<([^>]+)>;\s*rel="([^"]+)"/);
    if (match) {
      links.set(match[2], match[1]);
    }
  }
  return links;
};

// node_modules/masto/dist/esm/adapters/action/paginator-http.js
var PaginatorHttp = class _PaginatorHttp {
  http;
  raw;
  path;
  params;
  meta;
  direction;
  constructor(http, raw, path, params, meta, direction = "next") {
    this.http = http;
    this.raw = raw;
    this.path = path;
    this.params = params;
    this.meta = meta;
    this.direction = direction;
  }
  async *values() {
    let path = this.path;
    let params = this.params;
    while (path != void 0) {
      const response = await this.http.request({
        method: "GET",
        path,
        search: params,
        ...this.meta
      });
      const nextUrl = this.getLink(response.headers.get("link"));
      path = nextUrl?.pathname;
      params = nextUrl?.search.replace(/^\?/, "");
      const data = this.raw ? response : response.data;
      yield data;
    }
  }
  then(onfulfilled = Promise.resolve.bind(Promise), onrejected = Promise.reject.bind(Promise)) {
    return this.values().next().then((value) => onfulfilled(value.value), onrejected);
  }
  getDirection() {
    return this.direction;
  }
  setDirection(direction) {
    return new _PaginatorHttp(this.http, this.raw, this.path, this.params, this.meta, direction);
  }
  [Symbol.asyncIterator]() {
    return this.values();
  }
  getLink(value) {
    if (!value) {
      return;
    }
    const parsed = parseLinkHeader(value).get(this.direction);
    if (!parsed) {
      return;
    }
    return new URL(parsed);
  }
};

// node_modules/masto/dist/esm/adapters/action/dispatcher-http.js
var HttpActionDispatcher = class {
  http;
  hook;
  constructor(http, hook2) {
    this.http = http;
    this.hook = hook2;
  }
  dispatch(action) {
    if (this.hook) {
      action = this.hook.beforeDispatch(action);
    }
    let result = this.hook.dispatch(action);
    if (result !== false) {
      return result;
    }
    switch (action.type) {
      case "fetch": {
        result = this.http.get(action.path, action.data, action.meta).then((r) => action.raw ? r : r.data);
        break;
      }
      case "create": {
        result = this.http.post(action.path, action.data, action.meta).then((r) => action.raw ? r : r.data);
        break;
      }
      case "update": {
        result = this.http.put(action.path, action.data, action.meta).then((r) => action.raw ? r : r.data);
        break;
      }
      case "remove": {
        result = this.http.delete(action.path, action.data, action.meta).then((r) => action.raw ? r : r.data);
        break;
      }
      case "list": {
        result = new PaginatorHttp(this.http, action.raw, action.path, action.data);
        break;
      }
    }
    if (result instanceof Promise) {
      return result.then((result2) => this.hook?.afterDispatch(action, result2));
    } else {
      return this.hook.afterDispatch(action, result);
    }
  }
};

// node_modules/change-case/dist/index.js
var SPLIT_LOWER_UPPER_RE = new RegExp("([\\p{Ll}\\d])(\\p{Lu})", "gu");
var SPLIT_UPPER_UPPER_RE = new RegExp("(\\p{Lu})([\\p{Lu}][\\p{Ll}])", "gu");
var SPLIT_SEPARATE_NUMBER_RE = new RegExp("(\\d)\\p{Ll}|(\\p{L})\\d", "u");
var DEFAULT_STRIP_REGEXP = /[^\p{L}\d]+/giu;
var SPLIT_REPLACE_VALUE = "$1\0$2";
var DEFAULT_PREFIX_SUFFIX_CHARACTERS = "";
function split(value) {
  let result = value.trim();
  result = result.replace(SPLIT_LOWER_UPPER_RE, SPLIT_REPLACE_VALUE).replace(SPLIT_UPPER_UPPER_RE, SPLIT_REPLACE_VALUE);
  result = result.replace(DEFAULT_STRIP_REGEXP, "\0");
  let start = 0;
  let end = result.length;
  while (result.charAt(start) === "\0")
    start++;
  if (start === end)
    return [];
  while (result.charAt(end - 1) === "\0")
    end--;
  return result.slice(start, end).split(/\0/g);
}
function splitSeparateNumbers(value) {
  const words = split(value);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const match = SPLIT_SEPARATE_NUMBER_RE.exec(word);
    if (match) {
      const offset = match.index + (match[1] ?? match[2]).length;
      words.splice(i, 1, word.slice(0, offset), word.slice(offset));
    }
  }
  return words;
}
function noCase(input, options) {
  const [prefix, words, suffix] = splitPrefixSuffix(input, options);
  return prefix + words.map(lowerFactory(options?.locale)).join(options?.delimiter ?? " ") + suffix;
}
function camelCase(input, options) {
  const [prefix, words, suffix] = splitPrefixSuffix(input, options);
  const lower = lowerFactory(options?.locale);
  const upper = upperFactory(options?.locale);
  const transform = options?.mergeAmbiguousCharacters ? capitalCaseTransformFactory(lower, upper) : pascalCaseTransformFactory(lower, upper);
  return prefix + words.map((word, index) => {
    if (index === 0)
      return lower(word);
    return transform(word, index);
  }).join(options?.delimiter ?? "") + suffix;
}
function snakeCase(input, options) {
  return noCase(input, { delimiter: "_", ...options });
}
function lowerFactory(locale) {
  return locale === false ? (input) => input.toLowerCase() : (input) => input.toLocaleLowerCase(locale);
}
function upperFactory(locale) {
  return locale === false ? (input) => input.toUpperCase() : (input) => input.toLocaleUpperCase(locale);
}
function capitalCaseTransformFactory(lower, upper) {
  return (word) => `${upper(word[0])}${lower(word.slice(1))}`;
}
function pascalCaseTransformFactory(lower, upper) {
  return (word, index) => {
    const char0 = word[0];
    const initial = index > 0 && char0 >= "0" && char0 <= "9" ? "_" + char0 : upper(char0);
    return initial + lower(word.slice(1));
  };
}
function splitPrefixSuffix(input, options = {}) {
  const splitFn = options.split ?? (options.separateNumbers ? splitSeparateNumbers : split);
  const prefixCharacters = options.prefixCharacters ?? DEFAULT_PREFIX_SUFFIX_CHARACTERS;
  const suffixCharacters = options.suffixCharacters ?? DEFAULT_PREFIX_SUFFIX_CHARACTERS;
  let prefixIndex = 0;
  let suffixIndex = input.length;
  while (prefixIndex < input.length) {
    const char = input.charAt(prefixIndex);
    if (!prefixCharacters.includes(char))
      break;
    prefixIndex++;
  }
  while (suffixIndex > prefixIndex) {
    const index = suffixIndex - 1;
    const char = input.charAt(index);
    if (!suffixCharacters.includes(char))
      break;
    suffixIndex = index;
  }
  return [
    input.slice(0, prefixIndex),
    splitFn(input.slice(prefixIndex, suffixIndex)),
    input.slice(suffixIndex)
  ];
}

// node_modules/masto/dist/esm/adapters/action/proxy.js
var createActionProxy = (actionDispatcher, options = {}) => {
  const { context = [], applicable = false } = options;
  let target = {};
  const handler = {
    get: get(actionDispatcher, context)
  };
  if (applicable) {
    target = noop;
    handler.apply = apply(actionDispatcher, context);
  }
  return new Proxy(target, handler);
};
var SPECIAL_PROPERTIES = /* @__PURE__ */ new Set([
  "then",
  "catch",
  "finally",
  "inspect",
  "toString",
  "valueOf",
  "toJSON",
  "constructor",
  "prototype",
  "length",
  "name",
  "caller",
  "callee",
  "arguments",
  "bind",
  "apply",
  "call"
]);
var get = (actionDispatcher, context) => (_, property) => {
  if (typeof property === "string" && SPECIAL_PROPERTIES.has(property)) {
    return;
  }
  if (property === Symbol.dispose) {
    return actionDispatcher[Symbol.dispose];
  }
  if (typeof property === "symbol") {
    return;
  }
  if (property.startsWith("$")) {
    return createActionProxy(actionDispatcher, {
      context: [...context, property],
      applicable: true
    });
  }
  return createActionProxy(actionDispatcher, {
    context: [...context, snakeCase(property)],
    applicable: true
  });
};
var apply = (actionDispatcher, context) => (_1, _2, args) => {
  let action = context.pop();
  let raw = false;
  if (action === "$select") {
    return createActionProxy(actionDispatcher, {
      context: [...context, ...args],
      applicable: true
    });
  }
  if (action === "$raw") {
    action = context.pop();
    raw = true;
  }
  if (!action) {
    throw new Error("No action specified");
  }
  const path = "/" + context.join("/");
  const [data, meta] = args;
  return actionDispatcher.dispatch({
    type: action,
    path,
    data,
    meta,
    raw
  });
};

// node_modules/masto/dist/esm/adapters/serializers/flatten.js
var ObjectFlattener = (keyMapper) => {
  const flatten = (object, parent = "") => {
    if (Array.isArray(object)) {
      return object.flatMap((value, i) => flatten(value, parent == "" ? i.toString() : keyMapper.onArray(parent, i)));
    }
    if (isRecord(object)) {
      return Object.entries(object).flatMap(([key, value]) => flatten(value, parent === "" ? key : keyMapper.onObject(parent, key)));
    }
    return [[parent, object]];
  };
  return flatten;
};
var flattenForFormData = (object) => {
  const flatten = ObjectFlattener({
    onArray: (parent, index) => `${parent}[${index}]`,
    onObject: (parent, key) => `${parent}[${key}]`
  });
  return Object.fromEntries(flatten(object));
};
var flattenForRailsQueryString = (object) => {
  const flatten = ObjectFlattener({
    onArray: (parent) => `${parent}[]`,
    onObject: (parent, key) => `${parent}[${key}]`
  });
  return flatten(object).filter(([, v]) => v != void 0).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
};

// node_modules/masto/dist/esm/adapters/serializers/transform-keys.js
var _transformKeys = (data, transform) => {
  if (Array.isArray(data)) {
    return data.map((value) => _transformKeys(value, transform));
  }
  if (isRecord(data)) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [
      transform(key),
      _transformKeys(value, transform)
    ]));
  }
  return data;
};
var transformKeys = (data, transform) => {
  const f = (key) => {
    if (key.includes(":"))
      return key;
    if (key.startsWith("_"))
      return key;
    return transform(key);
  };
  return _transformKeys(data, f);
};

// node_modules/masto/dist/esm/adapters/serializers/serializer-native-impl.js
var SerializerNativeImpl = class {
  serialize(type, rawData) {
    const data = transformKeys(rawData, snakeCase);
    switch (type) {
      case "json": {
        return JSON.stringify(data);
      }
      case "multipart-form": {
        const formData = new FormData();
        for (const [key, value] of Object.entries(flattenForFormData(data))) {
          formData.append(key, value);
        }
        return formData;
      }
      case "querystring": {
        return flattenForRailsQueryString(data);
      }
      default: {
        throw new MastoUnexpectedError(`Unknown content type ${type} to serialize.`);
      }
    }
  }
  deserialize(type, data) {
    switch (type) {
      case "json": {
        try {
          return transformKeys(JSON.parse(data), camelCase);
        } catch {
          throw new MastoDeserializeError(`Malformed JSON ${data} returned from the server.`, type, data);
        }
      }
      case "html": {
        return void 0;
      }
      default: {
        throw new MastoDeserializeError(`Unknown content type ${type} returned from the server.`, type, data);
      }
    }
  }
};

// src/platforms/mastodon-client.ts
var serializer = new SerializerNativeImpl();
function mastodonMessage(body) {
  const error = firstString(body, "error");
  const description = firstString(body, "error_description");
  if (error && description && error !== description) return `${error}: ${description}`;
  return description ?? error;
}
var ContextHttp = class extends BaseHttp {
  server;
  token;
  ctx;
  constructor(server, token, ctx) {
    super();
    this.server = server;
    this.token = token;
    this.ctx = ctx;
  }
  async request(params) {
    const url = new URL(params.path, this.server);
    if (params.search !== void 0) {
      url.search = typeof params.search === "string" ? params.search : String(serializer.serialize("querystring", params.search));
    }
    const headers = { authorization: `Bearer ${this.token}` };
    new Headers(params.requestInit?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const encoding = params.encoding ?? "json";
    const hasBody = params.body !== void 0 && params.method !== "GET";
    const result = await sendRequest(
      "mastodon",
      this.ctx,
      {
        method: params.method,
        url: url.toString(),
        headers,
        json: hasBody && encoding === "json" ? JSON.parse(String(serializer.serialize("json", params.body))) : void 0,
        body: hasBody && encoding === "multipart-form" ? serializer.serialize("multipart-form", params.body) : void 0
      },
      mastodonMessage
    );
    const data = result.data === void 0 ? void 0 : serializer.deserialize("json", JSON.stringify(result.data));
    return { headers: result.headers, data };
  }
};
var MULTIPART_PATHS = /* @__PURE__ */ new Set(["/api/v1/media", "/api/v2/media"]);
var hook = {
  beforeDispatch(action) {
    const verbs = ["fetch", "create", "update", "remove", "list"];
    const name = action.type;
    const plain = verbs.includes(name);
    const type = plain ? action.type : name === "verify_credentials" || name === "lookup" ? "fetch" : "create";
    const path = plain ? action.path : `${action.path}/${action.type}`;
    const encoding = type === "create" && MULTIPART_PATHS.has(path) ? "multipart-form" : "json";
    return { ...action, type, path, meta: { ...action.meta, encoding } };
  },
  dispatch: () => false,
  afterDispatch: (_action, result) => result
};
function mastodonClient(server, token, ctx) {
  const dispatcher = new HttpActionDispatcher(new ContextHttp(server, token, ctx), hook);
  return createActionProxy(dispatcher, { context: ["api"] });
}

// src/platforms/mastodon.ts
var POLL_INTERVAL_MS = 500;
var POLL_ATTEMPTS = 120;
var RECENT_STATUSES = 40;
var createMastodonAdapter = (config, env) => {
  const server = requireServer("mastodon", config.server);
  const token = requireCredentials("mastodon", env).MASTODON_ACCESS_TOKEN;
  let instance;
  const client = (ctx) => mastodonClient(server, token, ctx);
  const readInstance = (ctx) => instance ??= readMastodonInstance(server, token, ctx);
  async function uploadMedia(part, ctx) {
    if (part.media.length === 0) return [];
    const serverLimits = (await readInstance(ctx)).limits;
    if (serverLimits.media !== void 0 && part.media.length > serverLimits.media) {
      throw new PlatformError("mastodon", `${part.media.length} media in one status; ${server} allows ${serverLimits.media}`, {
        hint: "Split the media over more thread parts."
      });
    }
    const ids = [];
    for (const media of part.media) {
      const file = await readMediaFile(media, ctx);
      let attachment = await client(ctx).v2.media.create({ file: file.blob, description: media.alt });
      for (let attempt = 0; !attachment.url; attempt += 1) {
        if (attempt >= POLL_ATTEMPTS) {
          throw new PlatformError("mastodon", `media ${media.path} still processing after ${POLL_ATTEMPTS * POLL_INTERVAL_MS / 1e3}s`, {
            retryable: true
          });
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
        attachment = await client(ctx).v1.media.$select(attachment.id).fetch();
      }
      ids.push(attachment.id);
    }
    return ids;
  }
  async function resolveStatus(url, ctx) {
    let found;
    try {
      found = await client(ctx).v2.search.list({ q: url, type: "statuses", resolve: true, limit: 1 });
    } catch (error) {
      if (error instanceof PlatformError && error.status === 403) {
        throw new PlatformError("mastodon", `${error.message} (looking up ${url})`, {
          status: 403,
          cause: error,
          hint: "Reply, quote and repost by URL need the read:search scope on the Mastodon token (docs/credentials.md)."
        });
      }
      throw error;
    }
    const status = found.statuses[0];
    if (!status) {
      throw new PlatformError("mastodon", `cannot find the status ${url} from ${server}`, {
        hint: "Check the URL in replyTo / quote / repost; the post must be public."
      });
    }
    return status;
  }
  const resolveStatusId = async (url, ctx) => (await resolveStatus(url, ctx)).id;
  async function requireQuoted(status, quotedId, url, ctx) {
    const quote = status.quote;
    const target = quote?.quotedStatus?.id ?? quote?.quotedStatusId;
    if (quote && target === quotedId && (quote.state === "accepted" || quote.state === "pending")) return;
    await client(ctx).v1.statuses.$select(status.id).remove().catch(() => void 0);
    const why = quote ? `the quote of ${url} came back ${quote.state ?? "without a state"}` : `${server} published it without the quote (the server ignored quoted_status_id)`;
    throw new PlatformError("mastodon", `${why}; the unquoted status was deleted`, {
      hint: "The server may not support quote posts (Mastodon 4.5+), or the quoted author does not allow quotes. Remove `quote` or link the post in the text."
    });
  }
  async function replyTarget(request, ctx) {
    if (request.parent) return request.parent.id;
    return request.rendition.replyTo ? resolveStatusId(request.rendition.replyTo, ctx) : void 0;
  }
  const adapter = {
    id: "mastodon",
    async publishPart(request, ctx) {
      const { rendition, part } = request;
      const mediaIds = await uploadMedia(part, ctx);
      const inReplyToId = await replyTarget(request, ctx);
      const quotedStatusId = request.index === 0 && rendition.quote ? await resolveStatusId(rendition.quote, ctx) : void 0;
      const { plainText } = await readInstance(ctx);
      const status = await client(ctx).v1.statuses.create(
        {
          // An empty `status` is refused even with media by some servers: an image-only part leaves it out.
          ...part.text === "" ? {} : { status: part.text },
          ...plainText ? { contentType: "text/plain" } : {},
          mediaIds,
          ...request.index === 0 && rendition.poll ? { poll: { options: rendition.poll.options, expiresIn: rendition.poll.hours * 3600, multiple: rendition.poll.multiple } } : {},
          inReplyToId,
          quotedStatusId,
          spoilerText: rendition.contentWarning,
          sensitive: rendition.contentWarning ? true : void 0,
          language: rendition.language,
          visibility: rendition.visibility
        },
        // (masto's types allow no poll next to mediaIds; the rule poll-support keeps media out)
        { requestInit: { headers: { "Idempotency-Key": request.key } } }
      );
      if (quotedStatusId) await requireQuoted(status, quotedStatusId, rendition.quote, ctx);
      return livePart(request.index, status);
    },
    async findPart(request, ctx) {
      if (request.rendition.repost) {
        const target = await resolveStatus(request.rendition.repost, ctx);
        return target.reblogged ? livePart(0, target) : void 0;
      }
      const me = await client(ctx).v1.accounts.verifyCredentials();
      const recent = await client(ctx).v1.accounts.$select(me.id).statuses.list({ limit: RECENT_STATUSES, excludeReblogs: true });
      const inReplyTo = request.parent?.id ?? (request.rendition.replyTo ? await resolveStatusId(request.rendition.replyTo, ctx) : null);
      for (const status of recent) {
        if ((status.inReplyToId ?? null) !== inReplyTo) continue;
        const source = await client(ctx).v1.statuses.$select(status.id).source.fetch();
        if (source.text === request.part.text) return livePart(request.index, status);
      }
      return void 0;
    },
    // PUT /api/v1/statuses/:id replaces the text; Mastodon drops what the edit leaves out (media,
    // content warning), so the status's own media ids are sent back with it. The text is read back first
    // (GET .../source): a part whose text did not change, or an edit a crashed run already sent, is not
    // edited again (each edit shows as a revision on Mastodon).
    async editPart(request, ctx) {
      const status = client(ctx).v1.statuses.$select(request.live.id);
      if ((await status.source.fetch()).text === request.part.text) return "unchanged";
      const current = await status.fetch();
      const { plainText } = await readInstance(ctx);
      await status.update({
        status: request.part.text,
        ...plainText ? { contentType: "text/plain" } : {},
        mediaIds: current.mediaAttachments.map((m) => m.id),
        spoilerText: request.rendition.contentWarning ?? "",
        sensitive: request.rendition.contentWarning ? true : current.sensitive,
        language: request.rendition.language
      });
      return "edited";
    },
    async deletePart(live, ctx) {
      try {
        await client(ctx).v1.statuses.$select(live.id).remove();
        return "deleted";
      } catch (error) {
        if (error instanceof PlatformError && error.status === 404) return "gone";
        throw error;
      }
    },
    async repost(url, _key, ctx) {
      const id = await resolveStatusId(url, ctx);
      const boost = await client(ctx).v1.statuses.$select(id).reblog();
      return livePart(0, boost.reblog ?? boost);
    },
    describe(request) {
      return describeMastodon(server, request);
    },
    async metrics(live, ctx) {
      const status = await client(ctx).v1.statuses.$select(live.id).fetch();
      return { likes: status.favouritesCount, reposts: status.reblogsCount, replies: status.repliesCount };
    },
    async followers(ctx) {
      return (await client(ctx).v1.accounts.verifyCredentials()).followersCount;
    }
  };
  return adapter;
};
function livePart(index, status) {
  return { index, id: status.id, url: status.url ?? status.uri };
}
function describeMastodon(server, request) {
  if (request.rendition.repost) {
    return [{ method: "POST", url: `${server}/api/v1/statuses/<status ${request.rendition.repost}>/reblog` }];
  }
  const { rendition, part, index } = request;
  const uploads = part.media.map((media) => ({
    method: "POST",
    url: `${server}/api/v2/media`,
    body: { file: describeMedia(media), description: media.alt }
  }));
  const inReplyTo = request.parent?.id ?? (index > 0 ? `<id of part ${index}>` : rendition.replyTo ? `<status ${rendition.replyTo}>` : void 0);
  const status = {
    status: part.text === "" ? void 0 : part.text,
    media_ids: part.media.map((_, i) => `<media ${i + 1}>`),
    in_reply_to_id: inReplyTo,
    quoted_status_id: index === 0 && rendition.quote ? `<status ${rendition.quote}>` : void 0,
    poll: index === 0 && rendition.poll ? { options: rendition.poll.options, expires_in: rendition.poll.hours * 3600, multiple: rendition.poll.multiple } : void 0,
    spoiler_text: rendition.contentWarning,
    sensitive: rendition.contentWarning ? true : void 0,
    language: rendition.language,
    visibility: rendition.visibility,
    idempotency_key: request.key
  };
  return [...uploads, { method: "POST", url: `${server}/api/v1/statuses`, body: status }];
}
async function readMastodonInstance(server, token, ctx) {
  const instance = await mastodonClient(server, token, ctx).v2.instance.fetch();
  const { statuses, mediaAttachments } = instance.configuration;
  const types = statuses.supportedMimeTypes;
  return {
    limits: {
      characters: statuses.maxCharacters,
      media: statuses.maxMediaAttachments,
      altText: mediaAttachments.descriptionLimit ?? 1500
    },
    plainText: Array.isArray(types) && types.includes("text/plain")
  };
}
export {
  createMastodonAdapter,
  readMastodonInstance
};
