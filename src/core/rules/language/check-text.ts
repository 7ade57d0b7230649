// Runs retext-equality / retext-profanities on a text, but only for the phrase groups the exact prefilter
// says could match: the processor's `ignore` option holds every other phrase (processors are cached per
// phrase set, a bounded number of them), so a text without trigger words costs a few set lookups and one
// with them a parse and a search for a handful of phrases instead of thousands. Both plugins only match words
// of one sentence (nlcst-search looks at a word's siblings), so the search runs on the sentences the
// prefilter flags on their own, not on the whole text.
import { retext } from 'retext';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import type { Paragraph, Root, RootContent, Word } from 'nlcst';
import { ALL_PHRASES, type PluginKind } from './data.ts';
import { triggeredGroups } from './triggers.ts';
import { phraseShape, sentenceWindow } from './window.ts';
import { plainWordMessages } from './plain-words.ts';

export interface LanguageOptions {
  kind: PluginKind;
  /** Phrases not to report (words.inclusiveIgnore). */
  ignore: readonly string[];
  /** retext-equality: allow "he or she" and similar pairs. */
  binary?: boolean;
  /** retext-profanities: report only words rated at least this (0 maybe, 1 likely, 2 surely profane). */
  sureness?: number;
}

export interface LanguageMessage {
  source: string;
  ruleId: string;
  reason: string;
  actual: string;
  expected: string[];
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
}

const parser = retext().freeze();

// Each plugin is a unified attacher, options → transformer(tree, file), and reports through file.message
// (reason, { place, ruleId, source }), then sets `actual` and `expected` on what it returns. Transformers
// are called directly with a sink that records exactly those fields: a VFileMessage is an Error, and
// capturing a stack for every finding cost more than the search.
interface Recorded {
  reason: string;
  place?: { start?: { offset?: number }; end?: { offset?: number } };
  ruleId?: string;
  source?: string;
  actual?: string;
  expected?: string[];
}
interface Sink {
  message(reason: string, options: { place?: Recorded['place']; ruleId?: string; source?: string }): Recorded;
}
type Transformer = (tree: Root, file: Sink) => void;
type Attacher = (options: object) => Transformer;

function recordingSink(messages: Recorded[]): Sink {
  return {
    message(reason, options) {
      // VFileMessage keeps falsy fields as undefined.
      const message: Recorded = { reason, place: options.place || undefined, ruleId: options.ruleId || undefined, source: options.source || undefined };
      messages.push(message);
      return message;
    },
  };
}

const processors = new Map<string, Transformer>();
const MAX_PROCESSORS = 256;

// `ignore` is read with Array#includes for every phrase; a Set behind it keeps building a processor linear.
function ignoreList(phrases: Iterable<string>): string[] {
  const set = new Set(phrases);
  return Object.assign([...set], { includes: (phrase: string) => set.has(phrase) });
}

function processorFor(options: LanguageOptions, phrases: string[]): Transformer {
  const key = JSON.stringify([options.kind, options.binary ?? false, options.sureness ?? 0, phrases]);
  let processor = processors.get(key);
  if (!processor) {
    const keep = new Set(phrases);
    const ignore = ignoreList([...ALL_PHRASES[options.kind]].filter((phrase) => !keep.has(phrase)));
    const sureness = Math.min(2, Math.max(0, options.sureness ?? 0)) as 0 | 1 | 2;
    processor =
      options.kind === 'equality'
        ? (retextEquality as unknown as Attacher)({ ignore, binary: options.binary ?? false })
        : (retextProfanities as unknown as Attacher)({ ignore, sureness });
    if (processors.size >= MAX_PROCESSORS) processors.delete(processors.keys().next().value as string);
    processors.set(key, processor);
  }
  return processor;
}

let lastText: string | undefined;
let lastTree: Root | undefined;

function parse(text: string): Root {
  if (text !== lastText) [lastText, lastTree] = [text, withFlatWords(parser.parse(text))];
  return lastTree as Root;
}

// The plugins read a word only as a string (nlcst-to-string, which takes a node's `value` before its
// children), so each word becomes one leaf with its text and position: the tree walks (which cost per node
// visited) then skip the word's inner text and punctuation nodes.
function withFlatWords(tree: Root): Root {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      sentence.children = sentence.children.map((node) =>
        node.type === 'WordNode' ? ({ type: 'WordNode', value: textOf(node), position: node.position } as unknown as Word) : node,
      );
    }
  }
  return tree;
}

function textOf(node: RootContent | Word['children'][number]): string {
  if ('value' in node) return node.value;
  return 'children' in node ? (node.children as (typeof node)[]).map(textOf).join('') : '';
}

/**
 * The tree with only the sentences that could match, each narrowed to the slice the phrases can reach
 * (./window.ts); the nodes themselves kept (positions, siblings).
 */
function triggeredSentences(tree: Root, text: string, kind: PluginKind, sureness: number, phrases: readonly string[]): Root {
  const shape = phraseShape(phrases);
  // One sentence holds every word, and the caller's prefilter already flagged the whole text.
  const whole = tree.children.length === 1 && tree.children[0]?.type === 'ParagraphNode' && tree.children[0].children.length === 1;
  const keep = (node: RootContent): boolean => {
    if (whole) return true;
    if (node.type === 'WhiteSpaceNode') return false;
    if (node.type !== 'SentenceNode') return true; // not expected from parse-latin; kept whole to stay exact
    const slice = text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? text.length);
    return triggeredGroups(slice, kind).some((group) => group.rating >= sureness);
  };
  const narrow = (node: RootContent): RootContent => (shape && node.type === 'SentenceNode' ? sentenceWindow(node, shape) : node);
  const children: Root['children'] = [];
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode') {
      if (keep(child)) children.push(child);
      continue;
    }
    const sentences = child.children.filter(keep).map(narrow) as Paragraph['children'];
    if (sentences.length > 0) children.push({ ...child, children: sentences } as Paragraph);
  }
  return { ...tree, children };
}

export function checkText(text: string, options: LanguageOptions): LanguageMessage[] {
  const groups = triggeredGroups(text, options.kind).filter((group) => group.rating >= (options.sureness ?? 0));
  if (groups.length === 0) return [];
  const phrases = groups.flatMap((group) => group.phrases).filter((phrase) => !options.ignore.includes(phrase));
  if (phrases.length === 0) return [];
  const messages: Recorded[] = [];
  phrases.sort();
  const plain = options.kind === 'equality' ? plainWordMessages(text, phrases, options.binary ?? false) : undefined;
  if (plain) return plain.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  const tree = triggeredSentences(parse(text), text, options.kind, options.sureness ?? 0, phrases);
  processorFor(options, phrases)(tree, recordingSink(messages)); // the plugins only read the tree
  return messages
    .map((message) => ({
      source: message.source ?? options.kind,
      ruleId: message.ruleId ?? '',
      reason: message.reason,
      actual: message.actual ?? '',
      expected: message.expected ?? [],
      start: message.place && 'start' in message.place ? (message.place.start?.offset ?? 0) : 0,
      end: message.place && 'end' in message.place ? (message.place.end?.offset ?? 0) : 0,
    }))
    .sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}
