// Reddit image posts, as Reddit's own clients (and PRAW) make them: POST /api/media/asset.json with the
// file's name and type leases an upload; the file goes with the lease's form fields to the lease's
// bucket (an S3 POST policy upload: no token, the policy is the permission); the bucket's Location
// is the `url` of POST /api/submit kind=image. Reddit takes PNG, JPEG and GIF this way, one image per
// post (galleries are another endpoint), and no alt text: neither the lease nor the submit has a field
// for it (rule alt-text-sent says so before the vote).
import { PlatformError } from '../core/errors.ts';
import type { Media } from '../core/types.ts';
import { sendRequest } from './http.ts';
import { mimeType, readMediaFile } from './media.ts';
import type { AdapterContext, PartRequest } from './types.ts';

export const UPLOAD_TYPES = ['image/png', 'image/jpeg', 'image/gif'];
/** Where Reddit's leases point (what describe() shows; the real address comes with each lease). */
export const REDDIT_BUCKET = 'https://reddit-uploaded-media.s3-accelerate.amazonaws.com/';

interface Lease {
  args?: { action?: string; fields?: { name: string; value: string }[] };
}

/** The one image of a part, or undefined for a text or link post; refuses what Reddit cannot take. */
export function imageOf(request: PartRequest): Media | undefined {
  const [media, ...more] = request.part.media;
  if (!media) return undefined;
  const where = request.rendition.file;
  if (more.length > 0)
    throw new PlatformError('reddit', `${where}: a Reddit image post takes one image, and this post has ${request.part.media.length}`, {
      hint: 'Keep one image in the Reddit version (overrides.reddit).',
    });
  if (media.kind !== 'image')
    throw new PlatformError('reddit', `${where}: ${media.path}: Herald posts images to Reddit, not a ${media.kind}`, {
      hint: 'Leave the video out of the Reddit version (overrides.reddit) and post it by hand.',
    });
  if (!UPLOAD_TYPES.includes(mimeType(media.path)))
    throw new PlatformError('reddit', `${where}: ${media.path}: Reddit takes PNG, JPEG or GIF images`, {
      hint: 'Convert the image to PNG or JPEG.',
    });
  return media;
}

/** Leases an upload (through `lease`, the adapter's authenticated call) and deposits the file; returns its URL. */
export async function uploadImage(
  ctx: AdapterContext,
  media: Media,
  api: string,
  lease: (form: URLSearchParams) => Promise<Lease>,
): Promise<string> {
  const file = await readMediaFile(media, ctx);
  const { args } = await lease(new URLSearchParams({ filepath: file.name, mimetype: file.type }));
  const fields = args?.fields ?? [];
  const key = fields.find((f) => f.name === 'key')?.value;
  if (!args?.action || !key) throw new PlatformError('reddit', `${media.path}: Reddit's upload lease has no address or key`);
  // Leases name the bucket without a scheme (//host): it is the API's own.
  const action = args.action.startsWith('//') ? `${new URL(api).protocol}${args.action}` : args.action;
  const form = new FormData();
  for (const { name, value } of fields) form.append(name, value);
  form.append('file', file.blob, file.name);
  const { data } = await sendRequest<unknown>('reddit', ctx, { method: 'POST', url: action, body: form }, (body) =>
    typeof body === 'string' ? /<Message>([^<]*)<\/Message>/.exec(body)?.[1] : undefined,
  );
  const location = typeof data === 'string' ? /<Location>([^<]+)<\/Location>/.exec(data)?.[1] : undefined;
  return location ?? `${action.replace(/\/+$/, '')}/${key}`;
}
