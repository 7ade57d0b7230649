// Events the groups promote have a code of conduct.
import { stringList } from '../options.ts';
import { draftAt, textSources, type TextSource } from '../position.ts';
import { findTerms } from '../terms.ts';
import type { Rule } from '../types.ts';

// Capitalised at the start of a sentence, not part of an event's name.
const LEADING = /^(?:(?:The|A|An|Our|Their|This|That|Join|See|At|In|On|For|To|Welcome|Come|Visit|Attend)\s+)+/u;

const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;
// Words on the same line only: a capital after a line break starts the next sentence, not the name.
const AFTER = /(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}]*|\d{2,4}))+/uy;

// ASCII answered directly; the rest by the Unicode classes.
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(text[i] as string);
}

function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return WORD_CHAR.test(text[i] as string);
}

function isCapitalAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITAL.test(text[i] as string);
}

/**
 * Where the capitalised words that end at `end` can start at the earliest: they hold only letters, digits
 * and white space, and a word that does not start with a capital cannot be inside them (nothing before it
 * can match either), so the search for them needs only the text from here on. 0 where astral characters
 * are involved.
 */
function capitalisedTailStart(text: string, end: number): number {
  let i = end;
  for (;;) {
    while (i > 0 && isSpaceAt(text, i - 1)) i--;
    let j = i;
    while (j > 0 && isWordCharAt(text, j - 1)) j--;
    if (j > 0 && (text.charCodeAt(j - 1) & 0xf800) === 0xd800) return 0;
    if (j === i || !isCapitalAt(text, j) || j === 0 || !isSpaceAt(text, j - 1)) return j;
    i = j;
  }
}

/** Whether text[from, to) is ASCII without a capital letter (so no capitalised word can end there). */
function hasNoCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return false;
  }
  return true;
}

/** The event as the text names it: the matched word plus capitalised words and numbers around it. */
function eventName(source: TextSource, offset: number, match: string): string {
  const from = capitalisedTailStart(source.text, offset);
  const before = hasNoCapital(source.text, from, offset)
    ? ''
    : (source.text.slice(from, offset).match(/(?:\p{Lu}[\p{L}\p{N}]*[ \t]+)+$/u)?.[0] ?? '').replace(LEADING, '');
  AFTER.lastIndex = offset + match.length;
  const after = AFTER.exec(source.text)?.[0] ?? '';
  const name = `${before}${match}${after}`.replace(/\s+/g, ' ').trim();
  return /^\p{Lu}|^\d/u.test(name) ? name : `the ${name}`;
}

export const codeOfConduct: Rule<{ events: string[] }> = {
  id: 'code-of-conduct',
  description:
    "A post that mentions a conference, meetup, sprint or call for proposals links the event's code of conduct (front matter `code_of_conduct`), or a human confirms it has one.",
  rationale: 'The groups only promote events with a code of conduct (the charters).',
  defaultSeverity: 'warn',
  options: {
    events: stringList('Words that name an event (matched as word starts, any case: "PyCon" matches "PyConDE").', [
      'conference',
      'summit',
      'meetup',
      'meet-up',
      'sprint',
      'hackathon',
      'unconference',
      'CFP',
      'call for proposals',
      'call for papers',
      'call for talks',
      'call for speakers',
      'DjangoCon',
      'PyCon',
      'EuroPython',
      'JupyterCon',
      'PyData',
      'SciPy conference',
      'FOSDEM',
    ]),
  },
  check({ post, options }) {
    if (post.codeOfConduct) return { findings: [] };
    // One finding and one checklist item per event: generic mentions ("the CFP", "the sprints") are the
    // named event's when the post names one, and count as one event when it names none.
    const named = new Map<string, Mention>();
    let generic: Mention | undefined;
    for (const source of textSources(post)) {
      for (const match of findTerms(source.text, options.events, true)) {
        const name = eventName(source, match.offset, match.text);
        const mention = { name, source, offset: match.offset, length: match.text.length };
        if (isGeneric(name, match.text)) generic ??= mention;
        else if (!named.has(name.toLowerCase())) named.set(name.toLowerCase(), mention);
      }
    }
    const events = named.size > 0 ? [...named.values()] : generic ? [generic] : [];
    return {
      findings: events.map((e) =>
        draftAt(e.source, e.offset, e.length, `mentions ${e.name} but links no code of conduct`, {
          hint: "The group only promotes events with a code of conduct. Add `code_of_conduct: <url>` to the front matter, or a reviewer ticks the checklist item after finding it on the event's site.",
        }),
      ),
      checklist: events.map((e) => `Confirm that ${e.name} ${/^the .*[^s]s$/.test(e.name) ? 'have' : 'has'} a code of conduct`),
    };
  },
};

interface Mention {
  name: string;
  source: TextSource;
  offset: number;
  length: number;
}

/** "the sprints", "CFP", "the conference": an event word alone, not a name such as "DjangoCon Europe". */
function isGeneric(name: string, word: string): boolean {
  const bare = name.replace(/^the /, '');
  return bare.toLowerCase() === word.toLowerCase() && (word === word.toLowerCase() || word === word.toUpperCase());
}
