// Typed reading of YAML nodes: every mismatch becomes a finding pointing at the node.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ActiveSeverity, Finding } from '../types.ts';
import type { YamlSource } from './bounded.ts';
import { didYouMean } from './suggest.ts';

export interface Entry {
  key: string;
  keyNode: Node;
  value: Node;
}

export class YamlReader {
  readonly findings: Finding[] = [];
  private readonly src: YamlSource;
  private readonly doc: Document.Parsed | undefined;
  constructor(src: YamlSource, doc?: Document.Parsed) {
    this.src = src;
    this.doc = doc;
  }

  get file(): string {
    return this.src.file;
  }

  position(node: Node | undefined): { line: number; column: number } {
    return this.src.lines.at(this.src.offset + (node?.range?.[0] ?? 0));
  }

  report(severity: ActiveSeverity, node: Node | undefined, message: string, hint?: string): void {
    const { line, column } = this.position(node);
    this.findings.push({ ruleId: this.src.ruleId, severity, file: this.src.file, line, column, message, ...(hint ? { hint } : {}) });
  }

  error(node: Node | undefined, message: string, hint?: string): void {
    this.report('error', node, message, hint);
  }

  /** Follows an alias to its anchored node (alias count is already bounded). */
  deref(node: Node | null | undefined): Node | undefined {
    if (node && isAlias(node)) return (this.doc && node.resolve(this.doc)) || undefined;
    return node ?? undefined;
  }

  isNull(node: Node | null | undefined): boolean {
    const value = this.deref(node);
    return value === undefined || (isScalar(value) && value.value === null);
  }

  map(node: Node | undefined, field: string, example: string): YAMLMap | undefined {
    const value = this.deref(node);
    if (value && isMap(value)) return value;
    this.error(value ?? node, `${field}: expected a mapping of keys to values, e.g. ${example}`);
    return undefined;
  }

  seq(node: Node | undefined, field: string, example: string): YAMLSeq | undefined {
    const value = this.deref(node);
    if (value && isSeq(value)) return value;
    // `platforms: mastodon` is the commonest slip: show the one-item list it should be.
    const one =
      value && isScalar(value) && typeof value.value === 'string' && /^\[[^{[]/.test(example)
        ? ` (for one item: [${value.value.slice(0, 40)}])`
        : '';
    this.error(value ?? node, `${field}: expected a list, e.g. ${example}${one}`);
    return undefined;
  }

  /**
   * The pairs of a mapping with string keys. Unknown keys (when `known` is given) get an error with a
   * suggestion; null values are skipped (an empty key means "not set") unless `keepNull`.
   */
  entries(map: YAMLMap, field: string, known?: readonly string[], aliases: Record<string, string> = {}, keepNull = false): Entry[] {
    const out: Entry[] = [];
    for (const pair of map.items as Pair<Node | null, Node | null>[]) {
      const keyNode = this.deref(pair.key);
      if (!keyNode || !isScalar(keyNode) || typeof keyNode.value !== 'string') {
        this.error(keyNode, `${field}: keys must be plain words, e.g. name: value`);
        continue;
      }
      const key = keyNode.value;
      if (known && !known.includes(key)) {
        const where = field ? ` in ${field}` : '';
        const guess = didYouMean(key, known, aliases);
        // With a suggestion the list of every field is noise; without one it is the way forward.
        this.error(
          keyNode,
          `unknown field "${key}"${where}.${guess}`.replace(/\.$/, ''),
          guess ? undefined : `known fields: ${known.join(', ')}`,
        );
        continue;
      }
      if (this.isNull(pair.value) && !keepNull) continue;
      out.push({ key, keyNode, value: this.deref(pair.value) ?? keyNode });
    }
    return out;
  }

  string(node: Node, field: string, example: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string') {
      if (this.lostHashtag(node, field)) return undefined;
      if (node.value.trim() !== '') return node.value;
      this.error(node, `${field}: must not be empty; expected ${example}`);
      return undefined;
    }
    this.error(node, `${field}: expected ${example}`);
    return undefined;
  }

  /**
   * In an unquoted value, ` #Django` starts a YAML comment: the hashtag would silently vanish from the
   * post. A comment that starts with a word (not `# a note`) is almost always such a hashtag.
   */
  private lostHashtag(node: Scalar, field: string): boolean {
    if (node.type !== 'PLAIN' || !node.comment || /^\s/.test(node.comment)) return false;
    const tag = `#${node.comment.split(/\s/)[0]}`;
    this.error(
      node,
      `${field}: "${tag}" starts a YAML comment here, so it and what follows would be left out of the text`,
      `put the whole value in double quotes, e.g. ${field.split('.').pop()}: "${node.value} ${tag}", or use a | block`,
    );
    return true;
  }

  bool(node: Node, field: string): boolean | undefined {
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    const got =
      isScalar(node) && node.value !== null
        ? ` (got ${JSON.stringify(String(node.value).slice(0, 40))}${typeof node.value === 'string' ? ', which YAML reads as text' : ''})`
        : '';
    this.error(node, `${field}: expected true or false${got}`);
    return undefined;
  }

  integer(node: Node, field: string, min: number, max: number): number | undefined {
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= min && node.value <= max) {
      return node.value;
    }
    const got = isScalar(node) && node.value !== null ? ` (got ${JSON.stringify(String(node.value).slice(0, 40))})` : '';
    this.error(node, `${field}: expected a whole number from ${min} to ${max}${got}`);
    return undefined;
  }

  oneOf<T extends string>(node: Node, field: string, values: readonly T[]): T | undefined {
    if (isScalar(node) && typeof node.value === 'string' && (values as readonly string[]).includes(node.value)) return node.value as T;
    const got = isScalar(node) ? ` (got "${String(node.value)}")` : '';
    const hint = isScalar(node) && typeof node.value === 'string' ? didYouMean(node.value, values) : '';
    this.error(node, `${field}: expected one of ${values.join(', ')}${got}.${hint}`.replace(/\.$/, ''));
    return undefined;
  }

  /** A list of strings; a single string is not accepted (so a typo cannot hide a list). */
  strings(node: Node, field: string, example: string): { value: string; node: Node }[] | undefined {
    const list = this.seq(node, field, example);
    if (!list) return undefined;
    const out: { value: string; node: Node }[] = [];
    list.items.forEach((raw, index) => {
      const item = this.deref(raw as Node);
      const value = item && this.string(item, `${field}[${index}]`, 'a text');
      if (item && value !== undefined) out.push({ value, node: item });
    });
    return out;
  }

  /** An absolute http(s) URL. */
  url(node: Node, field: string, sample = 'https://fosstodon.org/@django/113456789012345678'): string | undefined {
    const example = `an https:// URL, e.g. ${sample}`;
    const text = this.string(node, field, example);
    if (text === undefined) return undefined;
    const value = text.trim();
    if (/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value) && URL.canParse(value)) return value;
    this.error(node, `${field}: expected ${example} (got "${value.slice(0, 80)}")`);
    return undefined;
  }
}

/** Sets an own property even for keys like `__proto__`, so hostile keys cannot touch prototypes. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key !== '__proto__') target[key] = value;
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
