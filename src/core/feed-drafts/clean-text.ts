// Feed text becomes post text: strip markup, decode the common entities, and fold whitespace onto one line
// so a hostile title can neither add front matter, split a thread (---) nor smuggle in an image reference.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function cleanText(value: string): string {
  return value
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => decodeEntity(match, name))
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ') // C1 too: posts refuse every control but tab and line breaks
    .replace(/!\[/g, '[')
    .replace(/\s+/g, ' ')
    .trim();
}

function decodeEntity(match: string, name: string): string {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  return ENTITIES[name.toLowerCase()] ?? match;
}
