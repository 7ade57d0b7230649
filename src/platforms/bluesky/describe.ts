// The dry run: the requests publishPart sends for a part, in order, without sending any. Pure.
// Values only known once earlier requests answered (blob refs, DIDs, the replied-to post's cid) are
// shown as placeholders saying where they come from. The app password is never shown.
import type { PartRequest, PlannedRequest } from '../types.ts';
import { buildPostRecord, linkCardTarget, mentionHandle, type ReplyRefs } from './records.ts';
import { parsePostAddress, POST_COLLECTION } from './refs.ts';

export interface DescribeContext {
  service: string;
  identifier: string;
  rkey: string;
}

export function describePart(request: PartRequest, context: DescribeContext): PlannedRequest[] {
  const { rendition, part, index } = request;
  const xrpc = (method: string) => `${context.service}/xrpc/${method}`;
  const planned: PlannedRequest[] = [];
  if (index === 0) {
    planned.push({
      method: 'POST',
      url: xrpc('com.atproto.server.createSession'),
      body: { identifier: context.identifier, password: '(BLUESKY_APP_PASSWORD)' },
    });
  }
  planned.push({ method: 'GET', url: `${xrpc('com.atproto.repo.getRecord')}?collection=${POST_COLLECTION}&rkey=${context.rkey}` });

  const lookUp = (address: string) => {
    const { actor, rkey } = parsePostAddress(address, rendition.file);
    if (!actor.startsWith('did:')) planned.push({ method: 'GET', url: `${xrpc('com.atproto.identity.resolveHandle')}?handle=${actor}` });
    planned.push({ method: 'GET', url: `${xrpc('com.atproto.repo.getRecord')}?repo=${actor}&collection=${POST_COLLECTION}&rkey=${rkey}` });
    return { uri: `(at:// URI of ${address})`, cid: `(cid of ${address})` };
  };

  let reply: ReplyRefs | undefined;
  if (index > 0) {
    const parent = { uri: request.parent?.id ?? `(part ${index})`, cid: request.parent?.ref?.cid ?? `(cid of part ${index})` };
    const root = request.parent?.ref?.rootUri
      ? { uri: request.parent.ref.rootUri, cid: request.parent.ref.rootCid ?? '(root cid)' }
      : { uri: request.root?.id ?? '(part 1)', cid: request.root?.ref?.cid ?? '(cid of part 1)' };
    reply = { root, parent };
  } else if (rendition.replyTo) {
    const parent = lookUp(rendition.replyTo);
    reply = { root: { uri: `(thread root of ${rendition.replyTo})`, cid: '(root cid)' }, parent };
  }
  const quote = index === 0 && rendition.quote ? lookUp(rendition.quote) : undefined;

  const images = part.media.map((media) => {
    planned.push({
      method: 'POST',
      url: xrpc('com.atproto.repo.uploadBlob'),
      body: { file: media.path, bytes: '(read from the repository)' },
    });
    return { image: `(blob of ${media.path})`, alt: media.alt };
  });
  const cardUrl = linkCardTarget(rendition, index);
  if (cardUrl) {
    planned.push({ method: 'GET', url: cardUrl, body: '(page fetched for its Open Graph tags; public addresses only)' });
    planned.push({
      method: 'POST',
      url: xrpc('com.atproto.repo.uploadBlob'),
      body: '(og:image of the page, if any, up to 1,000,000 bytes)',
    });
  }
  const mentionDids = new Map<string, string>();
  for (const facet of part.facets) {
    if (facet.kind !== 'mention') continue;
    const handle = mentionHandle(facet);
    if (handle.startsWith('did:') || mentionDids.has(handle)) continue;
    planned.push({ method: 'GET', url: `${xrpc('com.atproto.identity.resolveHandle')}?handle=${handle}` });
    mentionDids.set(handle, `(DID of @${handle})`);
  }
  const record = buildPostRecord({
    part,
    rendition,
    createdAt: '(time of publishing)',
    mentionDids,
    reply,
    images,
    quote,
    linkCard: cardUrl ? { uri: cardUrl, title: '(og:title)', description: '(og:description)', thumb: '(blob of og:image)' } : undefined,
  });
  planned.push({
    method: 'POST',
    url: xrpc('com.atproto.repo.createRecord'),
    body: { repo: context.identifier, collection: POST_COLLECTION, rkey: context.rkey, record },
  });
  return planned;
}
