import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// src/platforms/options.ts
function requireOption(platform, config, name, example) {
  const value = config.options[name];
  const text = value === void 0 ? "" : String(value).trim();
  if (text === "") {
    throw new HeraldError(`${platform}: platforms.${platform}.${name} is not set`, {
      hint: `Set it in .github/herald.yml, e.g. ${name}: ${example}`
    });
  }
  return text;
}
function titleOf(request, max) {
  const line = request.rendition.title ?? request.part.text.split("\n").find((l) => l.trim() !== "") ?? request.rendition.postId;
  const plain = line.replace(/^#+\s*/, "").trim();
  return [...plain].length > max ? `${[...plain].slice(0, max - 1).join("")}\u2026` : plain;
}
function firstUrl(text) {
  return /https?:\/\/[^\s<>"')\]]+/.exec(text)?.[0]?.replace(/[.,;:!?]+$/, "");
}

export {
  requireOption,
  titleOf,
  firstUrl
};
