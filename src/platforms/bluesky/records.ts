// The records Herald writes to a Bluesky repository, built from a rendition part. Pure, so the dry
// run (describe) and the real publish produce the same record; I/O results (blob refs, DIDs, parent
// refs) come in as arguments, and describe passes readable placeholders instead.
import type { Facet, RenderedPart, Rendition } from '../../core/types.ts';
import { POST_COLLECTION } from './refs.ts';

/** A record's address and version, as app.bsky.feed.post's reply and embeds need it. */
export interface StrongRef {
  uri: string;
  cid: string;
}

export interface ReplyRefs {
  root: StrongRef;
  parent: StrongRef;
}

export interface ImageEntry {
  /** An uploaded blob (BlobRef) or, in a dry run, a description of the upload. */
  image: unknown;
  alt: string;
  aspectRatio?: { width: number; height: number };
}

export interface LinkCard {
  uri: string;
  title: string;
  description: string;
  thumb?: unknown;
}

export interface PostRecordInput {
  part: RenderedPart;
  rendition: Rendition;
  createdAt: string;
  /** handle → DID for mention facets; mentions without a DID are left as plain text. */
  mentionDids: ReadonlyMap<string, string>;
  reply?: ReplyRefs;
  images?: ImageEntry[];
  quote?: StrongRef;
  linkCard?: LinkCard;
}

export function buildPostRecord(input: PostRecordInput): Record<string, unknown> {
  const { part, rendition } = input;
  const record: Record<string, unknown> = { $type: POST_COLLECTION, text: part.text, createdAt: input.createdAt };
  const facets = toFacets(part.facets, input.mentionDids);
  if (facets.length > 0) record.facets = facets;
  if (rendition.language) record.langs = [rendition.language];
  if (input.reply) record.reply = input.reply;
  const embed = buildEmbed(input);
  if (embed) record.embed = embed;
  const labels = selfLabels(rendition.contentWarning, (input.images?.length ?? 0) > 0);
  if (labels) record.labels = labels;
  return record;
}

export function mentionHandle(facet: Facet): string {
  return facet.value.replace(/^@/, '').toLowerCase();
}

function toFacets(facets: Facet[], mentionDids: ReadonlyMap<string, string>): unknown[] {
  const out: unknown[] = [];
  for (const facet of facets) {
    const index = { byteStart: facet.byteStart, byteEnd: facet.byteEnd };
    if (facet.kind === 'link') {
      out.push({ index, features: [{ $type: 'app.bsky.richtext.facet#link', uri: facet.value }] });
    } else if (facet.kind === 'tag') {
      out.push({ index, features: [{ $type: 'app.bsky.richtext.facet#tag', tag: facet.value.replace(/^#/, '') }] });
    } else {
      const handle = mentionHandle(facet);
      const did = handle.startsWith('did:') ? handle : mentionDids.get(handle);
      if (did) out.push({ index, features: [{ $type: 'app.bsky.richtext.facet#mention', did }] });
    }
  }
  return out;
}

function buildEmbed(input: PostRecordInput): Record<string, unknown> | undefined {
  const images = input.images && input.images.length > 0 ? { $type: 'app.bsky.embed.images', images: input.images } : undefined;
  if (input.quote && images) {
    return { $type: 'app.bsky.embed.recordWithMedia', record: { record: input.quote }, media: images };
  }
  if (input.quote) return { $type: 'app.bsky.embed.record', record: input.quote };
  if (images) return images;
  if (input.linkCard) return { $type: 'app.bsky.embed.external', external: input.linkCard };
  return undefined;
}

// Content warnings. Bluesky's self-labels hide media behind a warning, and the only values that
// make sense for a post's author are the adult/graphic ones (sexual, nudity, porn, graphic-media).
// A post whose warning is about one of those and that carries images gets the matching self-label
// so the app blurs the images. Every other warning (spoilers, politics, a topic) has no Bluesky
// label; rendering already put the warning at the start of the text, which is what readers see.
const LABEL_WORDS: Array<[RegExp, string]> = [
  [/\bporn/i, 'porn'],
  [/\b(sexual|sex|nsfw|explicit)\b/i, 'sexual'],
  [/\b(nudity|nude|naked)\b/i, 'nudity'],
  [/\b(graphic|gore|violence|violent|blood|injury|medical)\b/i, 'graphic-media'],
];

export function selfLabels(contentWarning: string | undefined, hasMedia: boolean): Record<string, unknown> | undefined {
  if (!contentWarning || !hasMedia) return undefined;
  const values = LABEL_WORDS.filter(([pattern]) => pattern.test(contentWarning)).map(([, val]) => ({ val }));
  if (values.length === 0) return undefined;
  return { $type: 'com.atproto.label.defs#selfLabels', values };
}

/** The link a card is built for: the first link of the first part, when it has no images or quote. */
export function linkCardTarget(rendition: Rendition, index: number): string | undefined {
  if (index !== 0 || !rendition.linkCard || rendition.quote) return undefined;
  const part = rendition.parts[0];
  if (!part || part.media.length > 0) return undefined;
  return part.facets.find((facet) => facet.kind === 'link')?.value;
}
