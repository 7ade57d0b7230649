import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/platforms/media.ts
var MIME_TYPES = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  mp4: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm"
};
function mimeType(path) {
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return MIME_TYPES[extension] ?? "application/octet-stream";
}
function fileName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
async function readMediaFile(media, ctx) {
  const bytes = await ctx.readMedia(media.path);
  const type = mimeType(media.path);
  return { media, name: fileName(media.path), type, bytes, blob: new Blob([bytes], { type }) };
}
function describeMedia(media) {
  return { file: media.path, type: mimeType(media.path), alt: media.alt };
}

export {
  mimeType,
  readMediaFile,
  describeMedia
};
