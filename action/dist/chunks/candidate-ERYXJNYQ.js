import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  checkPosts,
  renderPost,
  targetPlatforms
} from "./chunk-3NJOCSMB.js";
import {
  postingCadence,
  sponsorSaturation
} from "./chunk-7D4YKRYP.js";
import "./chunk-5OAOWV7G.js";
import "./chunk-PFFRYQV4.js";
import "./chunk-D5VXPMST.js";
import "./chunk-3LIYO7YQ.js";
import {
  parsePost
} from "./chunk-5SILHX7E.js";
import "./chunk-D5V65JXJ.js";
import "./chunk-C6CUBHRC.js";
import {
  contentHash
} from "./chunk-RZ3CGBG7.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-2DRRQAKG.js";
import "./chunk-QKSMSPLC.js";

// src/publish/candidate.ts
var REGULAR_MODES = /* @__PURE__ */ new Set(["100644", "100755"]);
async function readCandidates(options) {
  const { sources, reader, tree, posts, config, refused } = options;
  const files = [];
  for (const source of sources) {
    const object = await reader.object(source.blob);
    if (object?.type === "blob") files.push({ source, bytes: object.bytes });
  }
  const report = await checkPosts({
    files: files.map((f) => ({ path: f.source.file, content: f.bytes })),
    config,
    otherPosts: acrossPostsCanRefuse(config) ? await otherPosts(reader, tree, posts, new Set(files.map((f) => f.source.file))) : [],
    mediaExists: (path) => tree.has(path),
    now: options.now
  });
  return files.map(({ source, bytes }, i) => {
    const { blob, ...rest } = source;
    const made = candidate(rest, bytes, config, tree.get(source.file).mode);
    if (!made.findings.some((f) => f.ruleId === "regular-file")) made.findings = report.posts[i].findings;
    if (refused[source.file]) made.refused = refused[source.file];
    made.blob = blob;
    return made;
  });
}
function candidate(source, bytes, config, mode = "100644") {
  if (!REGULAR_MODES.has(mode)) {
    const what = mode === "120000" ? "a symbolic link in git" : `not a regular file in git (mode ${mode})`;
    const message = `${what}: Herald publishes only regular files`;
    return {
      ...source,
      contentHash: contentHash(bytes),
      findings: [
        {
          ruleId: "regular-file",
          severity: "error",
          file: source.file,
          line: 1,
          column: 1,
          message,
          hint: "Commit the post itself, not a link to it."
        }
      ],
      renditions: []
    };
  }
  const parsed = parsePost(source.file, bytes);
  const base = { ...source, contentHash: contentHash(bytes), findings: parsed.findings };
  if (!parsed.ok) return { ...base, renditions: [] };
  const renditions = targetPlatforms(parsed.post, config).map((platform) => renderPost(parsed.post, platform));
  return { ...base, post: parsed.post, renditions };
}
var ACROSS_POSTS = [postingCadence.id, sponsorSaturation.id];
function acrossPostsCanRefuse(config) {
  return ACROSS_POSTS.some((id) => {
    const setting = config.rules[id];
    return (Array.isArray(setting) ? setting[0] : setting) === "error";
  });
}
async function otherPosts(reader, tree, posts, skip) {
  const out = [];
  for (const file of posts) {
    if (skip.has(file)) continue;
    const object = await reader.object(tree.get(file).oid);
    const parsed = object?.type === "blob" ? parsePost(file, object.bytes) : void 0;
    if (parsed?.ok) out.push(parsed.post);
  }
  return out;
}
export {
  candidate,
  readCandidates
};
