// Every media reference of a post (default parts and overrides), each once, with the text it sits in.
import type { Media, Post, PostPart } from '../types.ts';

interface MediaRef {
  media: Media;
  part: PostPart;
}

export function allMedia(post: Post): MediaRef[] {
  const seen = new Set<string>();
  const refs: MediaRef[] = [];
  for (const parts of [post.parts, ...Object.values(post.overrides)]) {
    for (const part of parts ?? []) {
      for (const media of part.media) {
        const key = `${media.path}:${media.line}:${media.column}`;
        if (!seen.has(key)) {
          seen.add(key);
          refs.push({ media, part });
        }
      }
    }
  }
  return refs;
}
