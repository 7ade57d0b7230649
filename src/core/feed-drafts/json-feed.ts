// JSON Feed 1.0 / 1.1 (jsonfeed.org): `items` with id, url, title, date_published, summary, language.
import { cleanText } from './clean-text.ts';
import type { FeedEntry, FeedResult } from './types.ts';

export function jsonFeedEntries(text: string): FeedResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (!isRecord(doc) || typeof doc.version !== 'string' || !doc.version.startsWith('https://jsonfeed.org/version/')) {
    return { ok: false, error: 'a JSON document without a JSON Feed "version" (https://jsonfeed.org/version/1.1)' };
  }
  if (!Array.isArray(doc.items)) return { ok: false, error: 'JSON Feed has no "items" array' };
  const language = typeof doc.language === 'string' ? doc.language : undefined;
  const entries: FeedEntry[] = [];
  for (const [index, item] of doc.items.entries()) {
    if (!isRecord(item)) return { ok: false, error: `items[${index}] is not an object` };
    const url = typeof item.url === 'string' ? item.url : typeof item.external_url === 'string' ? item.external_url : '';
    const id = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : url;
    const title = cleanText(typeof item.title === 'string' ? item.title : '');
    if (!url) return { ok: false, error: `items[${index}] ("${title || 'untitled'}") has no "url"` };
    const date = typeof item.date_published === 'string' ? Date.parse(item.date_published) : NaN;
    const summary = typeof item.summary === 'string' ? cleanText(item.summary) : undefined;
    const itemLanguage = typeof item.language === 'string' ? item.language : language;
    entries.push({
      id,
      title,
      url,
      ...(Number.isNaN(date) ? {} : { published: new Date(date).toISOString() }),
      ...(summary ? { summary } : {}),
      ...(itemLanguage ? { language: itemLanguage } : {}),
    });
  }
  return { ok: true, kind: 'json', ...(language ? { language } : {}), entries };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
