// Validates requests (and the fake's own responses) against GitHub's OpenAPI description from
// @octokit/openapi: method + path template, path and query parameters, JSON body.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

const require = createRequire(import.meta.url);
const SPEC_FILE = require.resolve('@octokit/openapi/generated/api.github.com.json');
const SPEC_ID = 'https://api.github.com/openapi.json';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: object;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, unknown> } | { $ref: string }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter> };
}

export interface MatchedOperation {
  operationId: string;
  template: string;
  method: string;
  params: Record<string, string>;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

export class OpenApiValidator {
  readonly #spec: Spec;
  readonly #ajv: Ajv;
  readonly #routes: { method: string; template: string; regex: RegExp; names: string[]; literals: number }[] = [];
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor() {
    this.#spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Spec;
    dropUntypedNullable(this.#spec);
    this.#ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    (addFormatsPlugin as unknown as (ajv: Ajv) => void)(this.#ajv);
    this.#ajv.addSchema({ ...this.#spec, $id: SPEC_ID } as object);
    for (const [template, methods] of Object.entries(this.#spec.paths)) {
      const names: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      const literals = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      for (const method of Object.keys(methods)) {
        this.#routes.push({ method: method.toUpperCase(), template, regex: new RegExp(`^${source}$`), names, literals });
      }
    }
    this.#routes.sort((a, b) => b.literals - a.literals);
  }

  match(method: string, path: string): MatchedOperation | undefined {
    for (const route of this.#routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      const op = this.#operation(route.template, method);
      return { operationId: op.operationId, template: route.template, method, params };
    }
    return undefined;
  }

  /** Problems with a request; empty when GitHub would accept its shape. */
  validateRequest(op: MatchedOperation, query: URLSearchParams, body: unknown): string[] {
    const operation = this.#operation(op.template, op.method);
    const problems: string[] = [];
    for (const param of (operation.parameters ?? []).map((p) => this.#param(p))) {
      if (param.in !== 'path' && param.in !== 'query') continue;
      const raw = param.in === 'path' ? op.params[param.name] : (query.get(param.name) ?? undefined);
      if (raw === undefined) {
        if (param.required) problems.push(`missing ${param.in} parameter ${param.name}`);
        continue;
      }
      const value = coerce(raw, param.schema);
      const check = this.#ajv.compile(param.schema ?? {});
      if (!check(value)) problems.push(`${param.in} parameter ${param.name}=${raw}: ${this.#ajv.errorsText(check.errors)}`);
    }
    const known = new Set((operation.parameters ?? []).map((p) => this.#param(p).name));
    for (const name of query.keys()) if (!known.has(name)) problems.push(`unknown query parameter ${name}`);
    if (operation.requestBody) {
      if (body === undefined) {
        if (operation.requestBody.required) problems.push('missing JSON body');
      } else {
        const check = this.#validator(
          pointer('paths', op.template, op.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema'),
        );
        if (!check(body)) problems.push(`body: ${this.#ajv.errorsText(check.errors, { dataVar: 'body' })}`);
      }
    } else if (body !== undefined) {
      problems.push('this operation takes no body');
    }
    return problems;
  }

  /** Problems with a response the fake is about to send (keeps the fake honest). */
  validateResponse(op: MatchedOperation, status: number, body: unknown): string[] {
    const operation = this.#operation(op.template, op.method);
    const response = operation.responses[String(status)];
    if (!response) return [`status ${status} is not documented for ${op.operationId}`];
    if (!('content' in response) || !response.content?.['application/json']) return [];
    const check = this.#validator(
      pointer('paths', op.template, op.method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema'),
    );
    return check(body) ? [] : [`response: ${this.#ajv.errorsText(check.errors, { dataVar: 'response' })}`];
  }

  #operation(template: string, method: string): Operation {
    return this.#spec.paths[template]![method.toLowerCase()]!;
  }

  #param(p: Parameter | { $ref: string }): Parameter {
    if (!('$ref' in p)) return p;
    return this.#spec.components.parameters[p.$ref.split('/').at(-1)!]!;
  }

  #validator(jsonPointer: string): ValidateFunction {
    let fn = this.#compiled.get(jsonPointer);
    if (!fn) {
      fn = this.#ajv.compile({ $ref: `${SPEC_ID}#/${jsonPointer}` });
      this.#compiled.set(jsonPointer, fn);
    }
    return fn;
  }
}

function coerce(raw: string, schema: object | undefined): unknown {
  const type = (schema as { type?: string } | undefined)?.type;
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

/** Ajv refuses `nullable` without `type` (the issue schemas have some); without a type it allows null anyway. */
function dropUntypedNullable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(dropUntypedNullable);
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if ('nullable' in record && !('type' in record)) delete record.nullable;
  for (const value of Object.values(record)) dropUntypedNullable(value);
}
