// Typed rule options with defaults, validated from the config's `rules:` block (ESLint style).
// Options are written snake_case in .github/herald.yml like every other key there (max_per_day); the
// camelCase the rule modules use (maxPerDay) is still accepted for configs written before.
import type { RuleSetting, Severity } from '../types.ts';
import { closest } from '../yaml/suggest.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

interface OptionSpec<T> {
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
export function resolveSetting<O>(defaultSeverity: Severity, schema: OptionsSchema<O>, setting: RuleSetting | unknown): ResolvedSetting<O> {
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
      readOptions(schema, raw as Record<string, unknown>, options, problems);
    }
  }
  return { severity, options, problems };
}

/** How an option is written in .github/herald.yml: maxPerDay → max_per_day. */
export function optionName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The schema key `written` spells (snake_case, or the rule's own camelCase), if any. */
function schemaKey<O>(schema: OptionsSchema<O>, written: string): keyof O | undefined {
  for (const key of Object.keys(schema)) if (written === key || written === optionName(key)) return key as keyof O;
  return undefined;
}

function readOptions<O>(schema: OptionsSchema<O>, raw: Record<string, unknown>, options: O, problems: string[]): void {
  // Grouped by the option they spell first, so both spellings of one option are one error, not a silent winner.
  const spellings = new Map<keyof O, string[]>();
  for (const written of Object.keys(raw)) {
    const key = schemaKey(schema, written);
    if (key === undefined) problems.push(unknownOption(schema, written));
    else spellings.set(key, [...(spellings.get(key) ?? []), written]);
  }
  for (const [key, written] of spellings) {
    const name = optionName(key as string);
    if (written.length > 1) {
      problems.push(`option '${name}' is given twice, as ${written.map((w) => `'${w}'`).join(' and as ')}: keep only '${name}'`);
      continue;
    }
    const value = raw[written[0] as string];
    const parsed = schema[key].parse(value);
    if (parsed.ok) options[key] = parsed.value;
    else
      problems.push(
        `option '${name}'${written[0] === name ? '' : ` (written '${written[0]}')`} must be ${parsed.expected}, got ${describe(value)}`,
      );
  }
}

function unknownOption<O>(schema: OptionsSchema<O>, written: string): string {
  const names = Object.keys(schema).map(optionName);
  if (names.length === 0) return `unknown option '${written}' (this rule has no options)`;
  const guess = closest(written, names);
  return `unknown option '${written}' (known: ${names.join(', ')})${guess ? `; did you mean '${guess}'?` : ''}`;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
