// GitHub-flavoured markdown to HTML the way a PR comment is shown: GFM tables, task lists and
// autolinks, single newlines as line breaks (GitHub comments keep them), raw HTML passed through
// (GitHub keeps <details>, <summary>, <img>, <br>, <sub>, <b>, <code> and <a>). Used by the comment's
// render tests and by `npm run preview-comment`.
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: true, async: false });

export function renderGfm(markdown: string): string {
  return marked.parse(markdown) as string;
}
