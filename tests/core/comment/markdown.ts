// Test helper: splits GitHub markdown into fenced code blocks and the rest, by CommonMark's fence rules
// (an opening fence of N backticks or tildes, indented at most 3 spaces, closes at a line holding only
// at least N of the same character). Lets tests check what GitHub would treat as markup.

export interface Split {
  code: string[];
  prose: string;
}

export function splitFences(markdown: string): Split {
  const code: string[] = [];
  const prose: string[] = [];
  let open: { char: string; length: number; lines: string[] } | undefined;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (open) {
      const close = new RegExp(`^ {0,3}\\${open.char}{${open.length},}\\s*$`).exec(line);
      if (close) {
        code.push(open.lines.join('\n'));
        open = undefined;
      } else open.lines.push(line);
      continue;
    }
    const start = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (start?.[1]) open = { char: start[1][0]!, length: start[1].length, lines: [] };
    else prose.push(line);
  }
  if (open) throw new Error('unclosed code fence: the rest of the comment would be swallowed');
  return { code, prose: prose.join('\n') };
}
