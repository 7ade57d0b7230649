// The yaml package's syntax errors, said the way a volunteer editing front matter can act on.

interface Explained {
  message: string;
  hint: string;
}

const INDENT_HINT =
  'check the indentation (keys of one mapping, and the items of one list, start in the same column) and ' +
  'quote values that contain ": " or start with [ { * & ! | > @ or `';

/** `key: value: more` on one line: YAML reads the second `: ` as a nested key. */
const COLON_IN_VALUE = /^(\s*(?:-\s+)?)([^\s:#'"][^:#]*?):[ \t]+([^'"\s[{].*?:(?:[ \t].*)?)\s*$/;

function lineAt(yaml: string, offset: number): string {
  const start = yaml.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = yaml.indexOf('\n', offset);
  return yaml.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}

/** Message and hint for one YAML problem at `pos` (offsets into `yaml`). */
export function explainYamlProblem(code: string, text: string, yaml: string, pos: [number, number]): Explained {
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = /^("[^"\n]*"|'[^'\n]*'|[^:#\n]+?)[ \t]*:/.exec(yaml.slice(pos[0], pos[0] + 200))?.[1];
      const named = key ? `"${key.replace(/^["']|["']$/g, '').slice(0, 60)}"` : 'this key';
      return { message: `YAML: ${named} appears twice in the same mapping`, hint: 'keep one of them' };
    }
    case 'TAB_AS_INDENT':
      return { message: 'YAML: a tab is used for indentation', hint: 'indent with spaces: YAML does not allow tabs there' };
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const match = COLON_IN_VALUE.exec(lineAt(yaml, pos[0]));
      if (match) {
        const [, , key, value] = match as unknown as [string, string, string, string];
        // “Curly” quotes (a word processor's) are not YAML quotes: the fix replaces them, never keeps them.
        const curly = /^[“‘„«].*[”’“»]$/u.test(value);
        const bare = curly ? value.slice(1, -1) : value;
        return {
          message: `YAML: the value of ${key} contains ": ", which YAML reads as another key${curly ? ' (curly quotes “ ” do not quote in YAML)' : ''}`,
          hint: `put the value in straight quotes: ${key}: "${bare.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
        };
      }
      return { message: `YAML: ${text}`, hint: INDENT_HINT };
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(text)) return { message: `YAML: ${text}`, hint: 'close the quote, or quote the whole value' };
      return { message: `YAML: ${text}`, hint: INDENT_HINT };
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return { message: `YAML: ${text}`, hint: INDENT_HINT };
    default:
      return {
        message: `YAML: ${text}`,
        hint: 'write plain YAML: key: value pairs, lists and quoted strings; no tags (!!), no merge keys (<<)',
      };
  }
}
