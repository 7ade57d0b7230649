import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/core/ledger/keys.ts
import { createHash } from "node:crypto";
var LEDGER_DIR = "published";
function partKey(postId, platform, index) {
  const digest = createHash("sha256").update(postId).digest("hex").slice(0, 20);
  return `herald-${digest}-${platform}-${index}`;
}
function contentHash(content) {
  return `sha256:${createHash("sha256").update(content).digest("hex")}`;
}
function ledgerPath(postId) {
  return `${LEDGER_DIR}/${postId}.yml`;
}
function postIdOfLedgerPath(path) {
  const match = /^published\/([^/]+)\.yml$/.exec(path);
  return match?.[1];
}
function postIdOfFile(file) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return base.endsWith(".md") ? base.slice(0, -3) : base;
}
function isPostPath(path) {
  if (!path.startsWith("posts/") || !path.endsWith(".md") || /[\u0000-\u001f\u007f\\]/.test(path)) return false;
  const segments = path.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return false;
  return !/^readme\.md$/i.test(segments.at(-1));
}

export {
  LEDGER_DIR,
  partKey,
  contentHash,
  ledgerPath,
  postIdOfLedgerPath,
  postIdOfFile,
  isPostPath
};
