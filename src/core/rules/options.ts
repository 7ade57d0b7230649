// Typed rule options with defaults, validated from the config's `rules:` block (ESLint style).
import type { RuleSetting, Severity } from '../types.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

export interface OptionSpec<T> {
  description: string;
  default: T;
  parse(value: unknown): Parsed<T>;
}

export type OptionsSchema<O> = { readonly [K in keyof O]: OptionSpec<O[K]> };

export function integer(description: string, defaultValue: number, min = 0, max = Number.MAX_SAFE_INTEGER): OptionSpec<number> {
  const expected = max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer from ${min} to ${max}`;
  return {
    description,
    default: defaultValue,
    parse: (value) =>
      typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? { ok: true, value } : { ok: false, expected },
  };
}

export function boolean(description: string, defaultValue: boolean): OptionSpec<boolean> {
  return {
    description,
    default: defaultValue,
    parse: (value) => (typeof value === 'boolean' ? { ok: true, value } : { ok: false, expected: 'true or false' }),
  };
}

export function stringList(description: string, defaultValue: readonly string[]): OptionSpec<string[]> {
  return {
    description,
    default: [...defaultValue],
    parse: (value) =>
      Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
        ? { ok: true, value: value as string[] }
        : { ok: false, expected: 'a list of non-empty strings' },
  };
}

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];

export interface ResolvedSetting<O> {
  severity: Severity;
  options: O;
  /** What is wrong with the configured setting; the rule then runs with its defaults for those parts. */
  problems: string[];
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

function defaultsOf<O>(schema: OptionsSchema<O>): O {
  const options = {} as O;
  for (const key of Object.keys(schema) as (keyof O)[]) options[key] = structuredClone(schema[key].default);
  return options;
}

/** Reads `setting` (undefined: the rule's defaults) against a rule's severity and option schema. */
export function resolveSetting<O>(
  defaultSeverity: Severity,
  schema: OptionsSchema<O>,
  setting: RuleSetting | unknown,
): ResolvedSetting<O> {
  const options = defaultsOf(schema);
  const problems: string[] = [];
  if (setting === undefined) return { severity: defaultSeverity, options, problems };
  const [severity, raw] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined];
  const shapeOk = !Array.isArray(setting) || setting.length === 2 || setting.length === 1;
  if (!isSeverity(severity) || !shapeOk) {
    problems.push(`expected 'off', 'warn', 'error' or [severity, { options }], got ${describe(setting)}`);
    return { severity: defaultSeverity, options, problems };
  }
  if (raw !== undefined) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(`options must be a mapping, got ${describe(raw)}`);
    } else {
      for (const [key, value] of Object.entries(raw)) {
        const spec = Object.hasOwn(schema, key) ? schema[key as keyof O] : undefined;
        if (!spec) {
          const known = Object.keys(schema);
          problems.push(`unknown option '${key}' (${known.length ? `known: ${known.join(', ')}` : 'this rule has no options'})`);
          continue;
        }
        const parsed = spec.parse(value);
        if (parsed.ok) options[key as keyof O] = parsed.value;
        else problems.push(`option '${key}' must be ${parsed.expected}, got ${describe(value)}`);
      }
    }
  }
  return { severity, options, problems };
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
