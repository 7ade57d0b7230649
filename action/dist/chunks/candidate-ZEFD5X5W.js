import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  renderPost,
  targetPlatforms
} from "./chunk-ZI62ZNWL.js";
import {
  parsePost
} from "./chunk-XT3XOB4D.js";
import "./chunk-2H3IDGSP.js";
import {
  contentHash
} from "./chunk-RZ3CGBG7.js";
import "./chunk-7B676THY.js";
import "./chunk-3AXNMQ3Q.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-JMTOTVEI.js";
import "./chunk-IIS7LJDS.js";

// src/publish/candidate.ts
var REGULAR_MODES = /* @__PURE__ */ new Set(["100644", "100755"]);
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
export {
  candidate
};
