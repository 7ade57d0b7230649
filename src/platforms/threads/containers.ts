// What Threads is sent for one part: the media containers' form fields. Threads has no upload: it
// fetches each image or video itself from a public URL (image_url / video_url), so media must be
// reachable at `media_base_url` + the file's repository path. One medium is an IMAGE or VIDEO post;
// two to twenty become carousel items (is_carousel_item) under a CAROUSEL container.
import { PlatformError } from '../../core/errors.ts';
import type { Media } from '../../core/types.ts';
import type { PartRequest } from '../types.ts';

export type Form = Record<string, string | undefined>;

/** Threads takes JPEG and PNG images, MP4 and MOV videos (Posts → Media specifications). */
const IMAGE_TYPES = /\.(jpe?g|png)$/i;
const VIDEO_TYPES = /\.(mp4|mov)$/i;
export const CAROUSEL_MAX = 20;

export interface Targets {
  /** Media id this part replies to (the previous part, or the post's reply_to). */
  replyTo?: string;
  /** Media id the first part quotes. */
  quote?: string;
}

export interface PartForms {
  /** Carousel items, created (and finished) before the post container. */
  items: Form[];
  /** The container that is published, given the item container ids. */
  post(children: string[]): Form;
}

/** Public URL of a repository file under the configured base, each path segment encoded. */
export function publicUrl(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return new URL(path.split('/').map(encodeURIComponent).join('/'), root).toString();
}

export function mediaProblem(request: PartRequest, media: Media, base: string | undefined): PlatformError | undefined {
  const where = `${request.rendition.file} (part ${request.index + 1}, ${media.path})`;
  if (base === undefined) {
    return new PlatformError('threads', `${where}: Threads fetches media from a public URL, and no media_base_url is configured`, {
      hint: 'Set platforms.threads.media_base_url in .github/herald.yml to the public raw address of the repository (e.g. https://raw.githubusercontent.com/ORG/REPO/main/), or leave media out of the Threads version (overrides.threads).',
    });
  }
  const fits = media.kind === 'video' ? VIDEO_TYPES.test(media.path) : media.kind === 'image' && IMAGE_TYPES.test(media.path);
  if (!fits) {
    return new PlatformError('threads', `${where}: Threads takes JPEG or PNG images and MP4 or MOV videos only`, {
      hint: 'Convert the file, or leave it out of the Threads version of the post (overrides.threads).',
    });
  }
  return undefined;
}

function mediaFields(media: Media, url: string): Form {
  const video = media.kind === 'video';
  return {
    media_type: video ? 'VIDEO' : 'IMAGE',
    [video ? 'video_url' : 'image_url']: url,
    alt_text: media.alt || undefined,
  };
}

/**
 * The forms for a part (pure). `url` gives the public address of a file: describe passes a
 * placeholder when no base is configured; publishPart checks mediaProblem and CAROUSEL_MAX first.
 */
export function partForms(request: PartRequest, targets: Targets, url: (path: string) => string): PartForms {
  const { part } = request;
  const common: Form = {
    text: part.text === '' ? undefined : part.text,
    reply_to_id: targets.replyTo,
    quote_post_id: targets.quote,
    text_entities: spoilerEntities(request),
    poll_attachment: pollAttachment(request),
  };
  // A content-warned post hides its media behind Threads' media spoiler too.
  const hidden: Form = request.rendition.spoiler ? { is_spoiler_media: 'true' } : {};
  const [only] = part.media;
  if (part.media.length === 0) return { items: [], post: () => ({ media_type: 'TEXT', ...common }) };
  if (part.media.length === 1 && only) return { items: [], post: () => ({ ...mediaFields(only, url(only.path)), ...common, ...hidden }) };
  return {
    items: part.media.map((media) => ({ ...mediaFields(media, url(media.path)), is_carousel_item: 'true' })),
    post: (children) => ({ media_type: 'CAROUSEL', children: children.join(','), ...common, ...hidden }),
  };
}

/** Threads' poll (poll_attachment: option_a … option_d), on the first part; its duration is fixed at 24 hours. */
function pollAttachment(request: PartRequest): string | undefined {
  const poll = request.index === 0 ? request.rendition.poll : undefined;
  if (!poll) return undefined;
  return JSON.stringify(Object.fromEntries(poll.options.map((option, i) => [`option_${'abcd'[i]}`, option])));
}

/**
 * Threads' text spoiler (text_entities: entity_type SPOILER, offset, length): the warned text after
 * the visible CW line, or a later part's whole text. Meta does not name the unit of offset and
 * length; Herald counts code points (the same as UTF-16 for text without astral characters).
 */
function spoilerEntities(request: PartRequest): string | undefined {
  const { spoiler } = request.rendition;
  if (!spoiler) return undefined;
  const from = request.index === 0 ? spoiler.firstPartFrom : 0;
  const hidden = request.part.text.slice(from);
  if (hidden.trim() === '') return undefined;
  return JSON.stringify([{ entity_type: 'SPOILER', offset: [...request.part.text.slice(0, from)].length, length: [...hidden].length }]);
}
