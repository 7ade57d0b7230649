// The smallest value GitHub's OpenAPI description accepts for a component schema (every required
// property, nulls where allowed), with the fake's real values laid over it. Keeps large response
// shapes (repository, pull request, issue) honest without writing 75 fields by hand.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Schema = Record<string, unknown>;

const require = createRequire(import.meta.url);
let schemas: Record<string, Schema> | undefined;
const cache = new Map<string, unknown>();

function components(): Record<string, Schema> {
  schemas ??= (
    JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as {
      components: { schemas: Record<string, Schema> };
    }
  ).components.schemas;
  return schemas;
}

/** A minimal valid instance of `#/components/schemas/<name>`, with `overrides` merged in (deeply, for objects). */
export function shaped<T extends Record<string, unknown>>(name: string, overrides: T): Record<string, unknown> & T {
  if (!cache.has(name)) cache.set(name, example(resolve({ $ref: `#/components/schemas/${name}` }), 0));
  return merge(structuredClone(cache.get(name)), overrides) as Record<string, unknown> & T;
}

function resolve(schema: Schema): Schema {
  let current = schema;
  while (typeof current.$ref === 'string') {
    const name = current.$ref.split('/').at(-1) as string;
    const target = components()[name];
    if (!target) throw new Error(`schema-example: no component ${current.$ref}`);
    current = target;
  }
  return current;
}

function example(raw: Schema, depth: number): unknown {
  const schema = resolve(raw);
  if (schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'))) return null;
  if (Array.isArray(schema.allOf)) {
    return (schema.allOf as Schema[]).reduce<Record<string, unknown>>(
      (acc, part) => merge(acc, example(part, depth)) as Record<string, unknown>,
      {},
    );
  }
  const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (options?.length) {
    const nullable = options.find((o) => resolve(o).type === 'null');
    return nullable ? null : example(options[0] as Schema, depth);
  }
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringFor(schema.format as string | undefined);
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    case 'array':
      return [];
    default: {
      if (depth > 12) return {};
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const out: Record<string, unknown> = {};
      for (const key of (schema.required ?? []) as string[]) out[key] = properties[key] ? example(properties[key], depth + 1) : null;
      return out;
    }
  }
}

function stringFor(format: string | undefined): string {
  if (format === 'date-time') return '2026-01-01T00:00:00Z';
  if (format === 'uri' || format === 'uri-template') return 'https://api.github.com/';
  if (format === 'email') return 'noreply@github.com';
  return '';
}

function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = merge(base[key], value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
