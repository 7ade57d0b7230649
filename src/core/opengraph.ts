// Reads a page's Open Graph tags (title, description, image) from its HTML, for Bluesky link cards.
// Pure: the HTML arrives as text. Falls back to <title> and <meta name="description"> where a page
// has no og: tags, as link previews commonly do.
import { Parser } from 'htmlparser2';

interface OpenGraph {
  title?: string;
  description?: string;
  /** Absolute http(s) URL of the preview image, resolved against the page's URL. */
  image?: string;
}

const TITLE_LIMIT = 300;
const DESCRIPTION_LIMIT = 1000;

export function parseOpenGraph(html: string, pageUrl: string): OpenGraph {
  const meta = new Map<string, string>();
  let title = '';
  let inTitle = false;
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (done) return;
        if (name === 'body') done = true;
        if (name === 'title') inTitle = true;
        if (name !== 'meta') return;
        const key = (attributes.property ?? attributes.name ?? '').trim().toLowerCase();
        const content = attributes.content;
        // The first occurrence wins (og:image may repeat for alternates).
        if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
      },
      ontext(text) {
        if (inTitle && !done) title += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'head') done = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  const graph: OpenGraph = {};
  const pageTitle = clean(meta.get('og:title') ?? meta.get('twitter:title') ?? title, TITLE_LIMIT);
  if (pageTitle) graph.title = pageTitle;
  const description = clean(
    meta.get('og:description') ?? meta.get('twitter:description') ?? meta.get('description') ?? '',
    DESCRIPTION_LIMIT,
  );
  if (description) graph.description = description;
  const image = absoluteHttpUrl(
    meta.get('og:image:secure_url') ?? meta.get('og:image') ?? meta.get('og:image:url') ?? meta.get('twitter:image'),
    pageUrl,
  );
  if (image) graph.image = image;
  return graph;
}

function clean(text: string, limit: number): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= limit) return collapsed;
  const cut = Array.from(collapsed)
    .slice(0, limit - 1)
    .join('');
  return `${cut.trimEnd()}…`;
}

/** Resolves a possibly relative URL; only http(s) results are kept (no data:, javascript:). */
function absoluteHttpUrl(value: string | undefined, base: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
