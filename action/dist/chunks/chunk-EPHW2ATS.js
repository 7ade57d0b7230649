import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/core/corrections.ts
var AFTER_PUBLISH = {
  // PUT /api/v1/statuses/:id (docs.joinmastodon.org/methods/statuses/#edit), DELETE /api/v1/statuses/:id.
  mastodon: { edit: true, delete: true },
  // app.bsky.feed.post records are not edited by Bluesky's apps; com.atproto.repo.deleteRecord deletes.
  bluesky: { edit: false, delete: true, note: "Bluesky posts cannot be edited (the apps show the first version)" },
  // DELETE /2/tweets/:id; the API has no edit endpoint.
  x: { edit: false, delete: true, note: "the X API has no endpoint to edit a post" },
  // POST /rest/posts/{urn} with X-RestLi-Method: PARTIAL_UPDATE (commentary), DELETE /rest/posts/{urn}.
  linkedin: { edit: true, delete: true },
  // DELETE /{threads-media-id}; the Threads API has no edit.
  threads: { edit: false, delete: true, note: "the Threads API has no endpoint to edit a post" },
  // PATCH / DELETE /webhooks/{id}/{token}/messages/{message.id}.
  discord: { edit: true, delete: true },
  // chat.update, chat.delete.
  slack: { edit: true, delete: true },
  // PUT /posts/{id} (a revision), DELETE /posts/{id}.
  discourse: { edit: true, delete: true },
  // POST /{page-post-id} with message, DELETE /{page-post-id} (Graph API, pages).
  facebook: { edit: true, delete: true },
  // The Instagram Graph API can neither edit a caption nor delete media.
  instagram: {
    edit: false,
    delete: false,
    note: "the Instagram API can neither edit a caption nor delete a post: change or remove it in the app"
  },
  // POST /api/editusertext edits a text post's body (never the title); POST /api/del deletes.
  // A one-URL text is a link post, an image makes an image post: neither has a body to edit.
  reddit: {
    edit: true,
    delete: true,
    note: "Reddit can edit only a text post's body (never its title, a link post or an image post)",
    editable: (parts) => parts.every((p) => p.media.length === 0 && !/^https?:\/\/\S+$/.test(p.text.trim()))
  },
  // PATCH /v5/pins/{pin_id} (title, description, link, alt text), DELETE /v5/pins/{pin_id}.
  pinterest: { edit: true, delete: true }
};
function canEdit(platform, parts) {
  const can = AFTER_PUBLISH[platform];
  return can.edit && (can.editable?.(parts) ?? true);
}

export {
  AFTER_PUBLISH,
  canEdit
};
