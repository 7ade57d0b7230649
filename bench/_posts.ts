// Generates post files of a realistic mix for benchmarks: deterministic (seeded), in memory.
import { seededRandom } from '../tests/core/rules/seeded-random.ts';

export interface GeneratedPost {
  path: string;
  content: string;
}

const WORDS = (
  'django release sprint community volunteers welcome security patch tutorial workshop meetup thanks ' +
  'contributors documentation python board election fellowship grants mentoring newsletter accessibility ' +
  'conference talks recordings ticket sales open now ✨ 🎉 café naïve 日本語 über'
).split(' ');
const TAGS = ['#Django', '#Python', '#OpenSource', '#DjangoGirls', '#JupyterCon', '#PyData'];
const LINKS = [
  'https://www.djangoproject.com/weblog/2026/dec/01/django-60-released/',
  'https://djangogirls.org/en/',
  'https://jupyter.org/',
];

export function generatePosts(count: number, seed = 42): GeneratedPost[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentence = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ');
  const posts: GeneratedPost[] = [];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const front = ['---', 'language: en'];
    if (random() < 0.3) front.push(`publish_at: 2027-01-${day}T09:00:00+01:00`);
    if (random() < 0.2) front.push('overrides:', `  x: "${sentence(12)} ${pick(TAGS)}"`);
    if (random() < 0.1) front.push('content_warning: flashing images');
    front.push('---');
    const parts: string[] = [];
    const partCount = random() < 0.2 ? 2 + Math.floor(random() * 4) : 1;
    for (let p = 0; p < partCount; p++) {
      let text = `${sentence(8 + Math.floor(random() * 25))}. ${pick(TAGS)}`;
      if (random() < 0.5) text += ` ${pick(LINKS)}`;
      if (random() < 0.3)
        text += `\n\n![A group of volunteers at the sprint table ${p}](media/sprint-${p}.png "Photo: Ada Lovelace, CC BY 4.0")`;
      parts.push(text);
    }
    posts.push({ path: `posts/2027-01-${day}-generated-${i}.md`, content: `${front.join('\n')}\n${parts.join('\n\n---\n\n')}\n` });
  }
  return posts;
}
