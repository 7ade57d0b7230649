// Checks every request a stand-in server receives against the platform's published OpenAPI
// description in ../shared/api-specs (the way the fake GitHub checks against @octokit/openapi):
// method + path template, path and query parameters, and the body (JSON, multipart or url-encoded
// forms, read into the object the description's schema describes).
// The descriptions are not part of the project: when they are absent, nothing is validated and
// `specsMissing()` says why (tests/helpers/servers/openapi.test.ts skips with that reason).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import type { RecordedRequest } from './base.ts';

export type SpecName = 'mastodon' | 'discord' | 'pinterest' | 'discourse';

/** ../shared/api-specs from the repository root, or HERALD_API_SPECS. */
export const SPECS_DIR = process.env['HERALD_API_SPECS'] ?? resolve(import.meta.dirname, '../../../../shared/api-specs');

export function specsMissing(name: SpecName): string | undefined {
  const file = join(SPECS_DIR, `${name}.openapi.json`);
  return existsSync(file)
    ? undefined
    : `${file} is absent (the platforms' API descriptions live outside the repository, in ../shared/api-specs)`;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: object;
}
interface Operation {
  operationId?: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: object }> } | { $ref: string };
}
interface Spec {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation> & { parameters?: (Parameter | { $ref: string })[] }>;
  components?: { parameters?: Record<string, Parameter>; requestBodies?: Record<string, unknown> };
}

/**
 * Where a description and the real server disagree, the real server wins: each spec may adjust a
 * request before it is checked (or accept more content types), with the reason next to it.
 */
export interface SpecAdjustments {
  /** Content types the real server accepts for an operation although the description lists only some; read as this listed one. */
  alsoAccepts?: (template: string, method: string) => Record<string, string> | undefined;
  /** Path prefixes the real server also serves the API under, besides the description's server URL. */
  bases?: string[];
  /** Reads a path the real server serves, but the description lacks, as the documented one it is equivalent to. */
  alias?: (path: string) => string;
  /** Rewrites the spec once, after loading (e.g. loosening a `oneOf` the server does not enforce). */
  patch?: (spec: Spec) => void;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

export class SpecValidator {
  readonly name: SpecName;
  readonly #spec: Spec;
  readonly #ajv: Ajv2020;
  /** Forms and query strings carry text only: this one reads "3" as 3 and "true" as true where the schema says so. */
  readonly #coercing: Ajv2020;
  readonly #id: string;
  readonly #bases: string[];
  readonly #adjust: SpecAdjustments;
  readonly #routes: { method: string; template: string; regex: RegExp; names: string[]; literals: number }[] = [];
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(name: SpecName, adjust: SpecAdjustments = {}) {
    this.name = name;
    this.#adjust = adjust;
    this.#spec = JSON.parse(readFileSync(join(SPECS_DIR, `${name}.openapi.json`), 'utf8')) as Spec;
    if (this.#spec.openapi.startsWith('3.0')) nullableToTypeArrays(this.#spec);
    adjust.patch?.(this.#spec);
    this.#id = `https://herald.test/${name}.openapi.json`;
    // Paths are relative to the server URL's path (Discord: /api/v10, Pinterest: /v5).
    const server = this.#spec.servers?.[0]?.url ?? '/';
    this.#bases = [new URL(server.replace(/\{[^}]+\}/g, 'host.test')).pathname.replace(/\/$/, ''), ...(adjust.bases ?? [])];
    const ajv = (coerceTypes: boolean) => {
      const made = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, coerceTypes });
      (addFormatsPlugin as unknown as (ajv: Ajv2020) => void)(made);
      made.addFormat('binary', true);
      made.addSchema({ ...this.#spec, $id: this.#id } as object);
      return made;
    };
    this.#ajv = ajv(false);
    this.#coercing = ajv(true);
    for (const [template, methods] of Object.entries(this.#spec.paths)) {
      const names: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+?)';
      });
      const literals = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      for (const method of Object.keys(methods)) {
        if (method === 'parameters') continue;
        this.#routes.push({ method: method.toUpperCase(), template, regex: new RegExp(`^${source}$`), names, literals });
      }
    }
    this.#routes.sort((a, b) => b.literals - a.literals);
  }

  /** Problems with a request; empty when the description allows it. */
  async validate(request: RecordedRequest): Promise<string[]> {
    const base = this.#bases.find((b) => request.path.startsWith(`${b}/`)) ?? '';
    const path = this.#adjust.alias?.(request.path.slice(base.length)) ?? request.path.slice(base.length);
    const route = this.#routes.find((r) => r.method === request.method && r.regex.test(path));
    if (!route) return [`no operation ${request.method} ${path} in the ${this.name} description`];
    const m = route.regex.exec(path)!;
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
    const item = this.#spec.paths[route.template]!;
    const operation = item[route.method.toLowerCase()] as Operation;
    const at = (list: (Parameter | { $ref: string })[] | undefined, ...where: string[]) =>
      (list ?? []).map((p, i) =>
        '$ref' in p
          ? { param: this.#param(p), schemaAt: pointer('components', 'parameters', p.$ref.split('/').at(-1)!, 'schema') }
          : { param: p, schemaAt: pointer('paths', route.template, ...where, String(i), 'schema') },
      );
    const declaredAt = [...at(item.parameters, 'parameters'), ...at(operation.parameters, route.method.toLowerCase(), 'parameters')];
    const declared = declaredAt.map((d) => d.param);
    const problems: string[] = [];
    for (const { param, schemaAt } of declaredAt) {
      if (param.in !== 'path' && param.in !== 'query') continue;
      const all =
        param.in === 'path'
          ? [params[param.name]].filter((v) => v !== undefined)
          : request.query.getAll(param.name).concat(request.query.getAll(`${param.name}[]`));
      if (all.length === 0) {
        if (param.required) problems.push(`missing ${param.in} parameter ${param.name}`);
        continue;
      }
      if (!param.schema) continue;
      const data = { value: (param.schema as { type?: string }).type === 'array' ? all : all[0] };
      // Coercion rewrites a property of its parent, so the value is checked inside a wrapper.
      const check = this.#wrapped(schemaAt);
      if (!check(data)) problems.push(`${param.in} parameter ${param.name}=${all.join(',')}: ${this.#coercing.errorsText(check.errors)}`);
    }
    const known = new Set(declared.map((p) => p.name));
    for (const name of new Set(request.query.keys()))
      if (!known.has(name.replace(/\[\]$/, ''))) problems.push(`unknown query parameter ${name}`);
    problems.push(...(await this.#validateBody(route.template, route.method, operation, request)));
    return problems.map((p) => `${request.method} ${request.path} (${operation.operationId ?? route.template}): ${p}`);
  }

  async #validateBody(template: string, method: string, operation: Operation, request: RecordedRequest): Promise<string[]> {
    const requestBody = operation.requestBody && '$ref' in operation.requestBody ? undefined : operation.requestBody;
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (request.body.length === 0) return requestBody?.required ? ['missing body'] : [];
    if (!requestBody) return method === 'GET' ? [] : ['this operation takes no body'];
    const listed = Object.keys(requestBody.content);
    const readAs = listed.includes(type) ? type : this.#adjust.alsoAccepts?.(template, method)?.[type];
    if (!readAs) return [`content type ${type || '(none)'} is not one of ${listed.join(', ')}`];
    const body = await readBody(type, request);
    if (body === undefined) return [`body is not valid ${type}`];
    const check = this.#validator(
      pointer('paths', template, method.toLowerCase(), 'requestBody', 'content', readAs, 'schema'),
      !type.includes('json'),
    );
    return check(body) ? [] : [`body: ${this.#ajv.errorsText(check.errors, { dataVar: 'body' })}`];
  }

  #param(p: Parameter | { $ref: string }): Parameter {
    if (!('$ref' in p)) return p;
    return this.#spec.components!.parameters![p.$ref.split('/').at(-1)!]!;
  }

  #validator(jsonPointer: string, coerce = false): ValidateFunction {
    const key = `${coerce}:${jsonPointer}`;
    let fn = this.#compiled.get(key);
    if (!fn) {
      fn = (coerce ? this.#coercing : this.#ajv).compile({ $ref: `${this.#id}#/${jsonPointer}` });
      this.#compiled.set(key, fn);
    }
    return fn;
  }

  #wrapped(jsonPointer: string): ValidateFunction {
    const key = `wrapped:${jsonPointer}`;
    let fn = this.#compiled.get(key);
    if (!fn) {
      fn = this.#coercing.compile({ type: 'object', properties: { value: { $ref: `${this.#id}#/${jsonPointer}` } } });
      this.#compiled.set(key, fn);
    }
    return fn;
  }
}

const loaded = new Map<SpecName, SpecValidator>();

/** One validator per description per test process (loading one takes a moment); undefined when absent. */
export function specValidator(name: SpecName, adjust?: SpecAdjustments): SpecValidator | undefined {
  if (specsMissing(name)) return undefined;
  let validator = loaded.get(name);
  if (!validator) loaded.set(name, (validator = new SpecValidator(name, adjust)));
  return validator;
}

/** A form read into the object its schema describes: `a[]` and repeated keys become arrays, `a[b]` nests, files become strings. */
async function readBody(type: string, request: RecordedRequest): Promise<unknown> {
  const text = new TextDecoder().decode(request.body);
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  const entries: [string, string | File][] =
    type === 'application/x-www-form-urlencoded'
      ? [...new URLSearchParams(text)]
      : [
          ...(await new Request('http://127.0.0.1/', {
            method: 'POST',
            headers: { 'content-type': request.headers['content-type']! },
            body: request.body,
          })
            .formData()
            .catch(() => new FormData())),
        ];
  return formObject(entries.map(([key, value]) => [key, typeof value === 'string' ? value : `<file ${value.size} bytes>`]));
}

/**
 * Form fields as the object a Rails server (Mastodon) reads from them: `a[]` repeated is an array,
 * `a[b]` a nested field, `a[b][]` a nested array (Mastodon's `poll[options][]`).
 */
export function formObject(entries: Iterable<[string, string]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, text] of entries) {
    const nested = /^([^[]+)\[([^\]]+)\](\[\])?$/.exec(rawKey);
    if (nested) {
      const inner = (out[nested[1]!] ??= {}) as Record<string, unknown>;
      inner[nested[2]!] = nested[3] ? [...((inner[nested[2]!] as unknown[]) ?? []), text] : text;
      continue;
    }
    const key = rawKey.replace(/\[\]$/, '');
    if (rawKey.endsWith('[]')) out[key] = [...((out[key] as unknown[]) ?? []), text];
    else if (key in out) out[key] = [...[out[key]].flat(), text];
    else out[key] = text;
  }
  return out;
}

/** OpenAPI 3.0's `nullable: true` is `type: [T, 'null']` in JSON Schema (what 3.1 and Ajv speak). */
function nullableToTypeArrays(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(nullableToTypeArrays);
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (record.nullable === true && typeof record.type === 'string') record.type = [record.type, 'null'];
  delete record.nullable;
  for (const value of Object.values(record)) nullableToTypeArrays(value);
}
