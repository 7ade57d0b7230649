// What the Threads stand-in checks in a container's spoilers and poll (its own file to keep threads.ts small).
// Spoilers: developers.facebook.com/documentation/threads/create-posts/spoilers (at most 10 text ranges
// inside the text; media spoilers only for IMAGE, VIDEO and CAROUSEL). Polls: TEXT posts only,
// option_a and option_b required, c and d optional.

export interface ContainerExtras {
  spoilers: Array<{ offset: number; length: number }>;
  spoilerMedia: boolean;
  poll: string[] | undefined;
}

/** The extras, or the Graph error message for a bad one. */
export function readExtras(p: URLSearchParams, mediaType: string, text: string | undefined): ContainerExtras | string {
  const json = (name: string): unknown => {
    try {
      return JSON.parse(p.get(name)!);
    } catch {
      return undefined;
    }
  };
  let spoilers: ContainerExtras['spoilers'] = [];
  if (p.get('text_entities') !== null) {
    const parsed = json('text_entities');
    const length = [...(text ?? '')].length;
    const ok =
      Array.isArray(parsed) &&
      parsed.length <= 10 &&
      parsed.every(
        (e: { entity_type?: string; offset?: number; length?: number }) =>
          (e.entity_type === 'SPOILER' || e.entity_type === 'spoiler') &&
          Number.isInteger(e.offset) &&
          e.offset! >= 0 &&
          Number.isInteger(e.length) &&
          e.length! >= 1 &&
          e.offset! + e.length! <= length,
      );
    if (!ok) return 'Param text_entities must list at most 10 SPOILER ranges inside the text';
    spoilers = (parsed as { offset: number; length: number }[]).map(({ offset, length: l }) => ({ offset, length: l }));
  }
  const spoilerMedia = p.get('is_spoiler_media') === 'true';
  if (spoilerMedia && !['IMAGE', 'VIDEO', 'CAROUSEL'].includes(mediaType))
    return 'Param is_spoiler_media works only with media_type IMAGE, VIDEO or CAROUSEL';
  let poll: string[] | undefined;
  if (p.get('poll_attachment') !== null) {
    const parsed = json('poll_attachment') as Record<string, unknown> | undefined;
    const options = parsed ? ['a', 'b', 'c', 'd'].map((k) => parsed[`option_${k}`]).filter((o) => o !== undefined) : [];
    if (mediaType !== 'TEXT') return 'Param poll_attachment works only with media_type TEXT';
    if (!parsed || parsed['option_b'] === undefined || options.some((o) => typeof o !== 'string' || [...o].length > 25)) {
      return 'Param poll_attachment needs option_a and option_b (and at most option_c, option_d) of at most 25 characters';
    }
    poll = options as string[];
  }
  return { spoilers, spoilerMedia, poll };
}
