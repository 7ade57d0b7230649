import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  PLATFORM_NAMES
} from "./chunk-5OAOWV7G.js";
import {
  boolean,
  integer,
  stringList
} from "./chunk-D5VXPMST.js";
import {
  localDate,
  localDateFormatter
} from "./chunk-3LIYO7YQ.js";
import {
  PROFILES,
  limitsOf,
  platformConfig,
  postTargets
} from "./chunk-D5V65JXJ.js";
import {
  escapeInline
} from "./chunk-C6CUBHRC.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-QKSMSPLC.js";

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length2 = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length2; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// node_modules/pluralize/pluralize.js
var require_pluralize = __commonJS({
  "node_modules/pluralize/pluralize.js"(exports, module) {
    (function(root, pluralize2) {
      if (typeof __require === "function" && typeof exports === "object" && typeof module === "object") {
        module.exports = pluralize2();
      } else if (typeof define === "function" && define.amd) {
        define(function() {
          return pluralize2();
        });
      } else {
        root.pluralize = pluralize2();
      }
    })(exports, function() {
      var pluralRules = [];
      var singularRules = [];
      var uncountables = {};
      var irregularPlurals = {};
      var irregularSingles = {};
      function sanitizeRule(rule) {
        if (typeof rule === "string") {
          return new RegExp("^" + rule + "$", "i");
        }
        return rule;
      }
      function restoreCase(word2, token) {
        if (word2 === token) return token;
        if (word2 === word2.toLowerCase()) return token.toLowerCase();
        if (word2 === word2.toUpperCase()) return token.toUpperCase();
        if (word2[0] === word2[0].toUpperCase()) {
          return token.charAt(0).toUpperCase() + token.substr(1).toLowerCase();
        }
        return token.toLowerCase();
      }
      function interpolate(str, args) {
        return str.replace(/\$(\d{1,2})/g, function(match, index2) {
          return args[index2] || "";
        });
      }
      function replace(word2, rule) {
        return word2.replace(rule[0], function(match, index2) {
          var result = interpolate(rule[1], arguments);
          if (match === "") {
            return restoreCase(word2[index2 - 1], result);
          }
          return restoreCase(match, result);
        });
      }
      function sanitizeWord(token, word2, rules) {
        if (!token.length || uncountables.hasOwnProperty(token)) {
          return word2;
        }
        var len = rules.length;
        while (len--) {
          var rule = rules[len];
          if (rule[0].test(word2)) return replace(word2, rule);
        }
        return word2;
      }
      function replaceWord(replaceMap, keepMap, rules) {
        return function(word2) {
          var token = word2.toLowerCase();
          if (keepMap.hasOwnProperty(token)) {
            return restoreCase(word2, token);
          }
          if (replaceMap.hasOwnProperty(token)) {
            return restoreCase(word2, replaceMap[token]);
          }
          return sanitizeWord(token, word2, rules);
        };
      }
      function checkWord(replaceMap, keepMap, rules, bool) {
        return function(word2) {
          var token = word2.toLowerCase();
          if (keepMap.hasOwnProperty(token)) return true;
          if (replaceMap.hasOwnProperty(token)) return false;
          return sanitizeWord(token, token, rules) === token;
        };
      }
      function pluralize2(word2, count, inclusive) {
        var pluralized = count === 1 ? pluralize2.singular(word2) : pluralize2.plural(word2);
        return (inclusive ? count + " " : "") + pluralized;
      }
      pluralize2.plural = replaceWord(
        irregularSingles,
        irregularPlurals,
        pluralRules
      );
      pluralize2.isPlural = checkWord(
        irregularSingles,
        irregularPlurals,
        pluralRules
      );
      pluralize2.singular = replaceWord(
        irregularPlurals,
        irregularSingles,
        singularRules
      );
      pluralize2.isSingular = checkWord(
        irregularPlurals,
        irregularSingles,
        singularRules
      );
      pluralize2.addPluralRule = function(rule, replacement) {
        pluralRules.push([sanitizeRule(rule), replacement]);
      };
      pluralize2.addSingularRule = function(rule, replacement) {
        singularRules.push([sanitizeRule(rule), replacement]);
      };
      pluralize2.addUncountableRule = function(word2) {
        if (typeof word2 === "string") {
          uncountables[word2.toLowerCase()] = true;
          return;
        }
        pluralize2.addPluralRule(word2, "$0");
        pluralize2.addSingularRule(word2, "$0");
      };
      pluralize2.addIrregularRule = function(single2, plural) {
        plural = plural.toLowerCase();
        single2 = single2.toLowerCase();
        irregularSingles[single2] = plural;
        irregularPlurals[plural] = single2;
      };
      [
        // Pronouns.
        ["I", "we"],
        ["me", "us"],
        ["he", "they"],
        ["she", "they"],
        ["them", "them"],
        ["myself", "ourselves"],
        ["yourself", "yourselves"],
        ["itself", "themselves"],
        ["herself", "themselves"],
        ["himself", "themselves"],
        ["themself", "themselves"],
        ["is", "are"],
        ["was", "were"],
        ["has", "have"],
        ["this", "these"],
        ["that", "those"],
        // Words ending in with a consonant and `o`.
        ["echo", "echoes"],
        ["dingo", "dingoes"],
        ["volcano", "volcanoes"],
        ["tornado", "tornadoes"],
        ["torpedo", "torpedoes"],
        // Ends with `us`.
        ["genus", "genera"],
        ["viscus", "viscera"],
        // Ends with `ma`.
        ["stigma", "stigmata"],
        ["stoma", "stomata"],
        ["dogma", "dogmata"],
        ["lemma", "lemmata"],
        ["schema", "schemata"],
        ["anathema", "anathemata"],
        // Other irregular rules.
        ["ox", "oxen"],
        ["axe", "axes"],
        ["die", "dice"],
        ["yes", "yeses"],
        ["foot", "feet"],
        ["eave", "eaves"],
        ["goose", "geese"],
        ["tooth", "teeth"],
        ["quiz", "quizzes"],
        ["human", "humans"],
        ["proof", "proofs"],
        ["carve", "carves"],
        ["valve", "valves"],
        ["looey", "looies"],
        ["thief", "thieves"],
        ["groove", "grooves"],
        ["pickaxe", "pickaxes"],
        ["passerby", "passersby"]
      ].forEach(function(rule) {
        return pluralize2.addIrregularRule(rule[0], rule[1]);
      });
      [
        [/s?$/i, "s"],
        [/[^\u0000-\u007F]$/i, "$0"],
        [/([^aeiou]ese)$/i, "$1"],
        [/(ax|test)is$/i, "$1es"],
        [/(alias|[^aou]us|t[lm]as|gas|ris)$/i, "$1es"],
        [/(e[mn]u)s?$/i, "$1s"],
        [/([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$/i, "$1"],
        [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, "$1i"],
        [/(alumn|alg|vertebr)(?:a|ae)$/i, "$1ae"],
        [/(seraph|cherub)(?:im)?$/i, "$1im"],
        [/(her|at|gr)o$/i, "$1oes"],
        [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)(?:a|um)$/i, "$1a"],
        [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$/i, "$1a"],
        [/sis$/i, "ses"],
        [/(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$/i, "$1$2ves"],
        [/([^aeiouy]|qu)y$/i, "$1ies"],
        [/([^ch][ieo][ln])ey$/i, "$1ies"],
        [/(x|ch|ss|sh|zz)$/i, "$1es"],
        [/(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$/i, "$1ices"],
        [/\b((?:tit)?m|l)(?:ice|ouse)$/i, "$1ice"],
        [/(pe)(?:rson|ople)$/i, "$1ople"],
        [/(child)(?:ren)?$/i, "$1ren"],
        [/eaux$/i, "$0"],
        [/m[ae]n$/i, "men"],
        ["thou", "you"]
      ].forEach(function(rule) {
        return pluralize2.addPluralRule(rule[0], rule[1]);
      });
      [
        [/s$/i, ""],
        [/(ss)$/i, "$1"],
        [/(wi|kni|(?:after|half|high|low|mid|non|night|[^\w]|^)li)ves$/i, "$1fe"],
        [/(ar|(?:wo|[ae])l|[eo][ao])ves$/i, "$1f"],
        [/ies$/i, "y"],
        [/\b([pl]|zomb|(?:neck|cross)?t|coll|faer|food|gen|goon|group|lass|talk|goal|cut)ies$/i, "$1ie"],
        [/\b(mon|smil)ies$/i, "$1ey"],
        [/\b((?:tit)?m|l)ice$/i, "$1ouse"],
        [/(seraph|cherub)im$/i, "$1"],
        [/(x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|t[lm]as|gas|(?:her|at|gr)o|[aeiou]ris)(?:es)?$/i, "$1"],
        [/(analy|diagno|parenthe|progno|synop|the|empha|cri|ne)(?:sis|ses)$/i, "$1sis"],
        [/(movie|twelve|abuse|e[mn]u)s$/i, "$1"],
        [/(test)(?:is|es)$/i, "$1is"],
        [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, "$1us"],
        [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor)a$/i, "$1um"],
        [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)a$/i, "$1on"],
        [/(alumn|alg|vertebr)ae$/i, "$1a"],
        [/(cod|mur|sil|vert|ind)ices$/i, "$1ex"],
        [/(matr|append)ices$/i, "$1ix"],
        [/(pe)(rson|ople)$/i, "$1rson"],
        [/(child)ren$/i, "$1"],
        [/(eau)x?$/i, "$1"],
        [/men$/i, "man"]
      ].forEach(function(rule) {
        return pluralize2.addSingularRule(rule[0], rule[1]);
      });
      [
        // Singular words with no plurals.
        "adulthood",
        "advice",
        "agenda",
        "aid",
        "aircraft",
        "alcohol",
        "ammo",
        "analytics",
        "anime",
        "athletics",
        "audio",
        "bison",
        "blood",
        "bream",
        "buffalo",
        "butter",
        "carp",
        "cash",
        "chassis",
        "chess",
        "clothing",
        "cod",
        "commerce",
        "cooperation",
        "corps",
        "debris",
        "diabetes",
        "digestion",
        "elk",
        "energy",
        "equipment",
        "excretion",
        "expertise",
        "firmware",
        "flounder",
        "fun",
        "gallows",
        "garbage",
        "graffiti",
        "hardware",
        "headquarters",
        "health",
        "herpes",
        "highjinks",
        "homework",
        "housework",
        "information",
        "jeans",
        "justice",
        "kudos",
        "labour",
        "literature",
        "machinery",
        "mackerel",
        "mail",
        "media",
        "mews",
        "moose",
        "music",
        "mud",
        "manga",
        "news",
        "only",
        "personnel",
        "pike",
        "plankton",
        "pliers",
        "police",
        "pollution",
        "premises",
        "rain",
        "research",
        "rice",
        "salmon",
        "scissors",
        "series",
        "sewage",
        "shambles",
        "shrimp",
        "software",
        "species",
        "staff",
        "swine",
        "tennis",
        "traffic",
        "transportation",
        "trout",
        "tuna",
        "wealth",
        "welfare",
        "whiting",
        "wildebeest",
        "wildlife",
        "you",
        /pok[eé]mon$/i,
        // Regexes.
        /[^aeiou]ese$/i,
        // "chinese", "japanese"
        /deer$/i,
        // "deer", "reindeer"
        /fish$/i,
        // "fish", "blowfish", "angelfish"
        /measles$/i,
        /o[iu]s$/i,
        // "carnivorous"
        /pox$/i,
        // "chickpox", "smallpox"
        /sheep$/i
      ].forEach(pluralize2.addUncountableRule);
      return pluralize2;
    });
  }
});

// src/core/rules/position.ts
function placeAt(text, offset, start) {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = start.line;
  let lineStart = -1;
  for (let i = text.indexOf("\n"); i !== -1 && i < clamped; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i;
  }
  const column = lineStart === -1 ? start.column + clamped : clamped - lineStart;
  return { line, column };
}
function textSources(post) {
  const sources = [];
  const add2 = (parts, platform) => parts.forEach(
    (part, index2) => sources.push({
      text: part.text,
      line: part.line,
      column: part.column,
      index: index2,
      count: parts.length,
      ...platform ? { platform } : {}
    })
  );
  add2(post.parts);
  for (const [platform, parts] of Object.entries(post.overrides)) {
    if (parts) add2(parts, platform);
  }
  return sources;
}
function sourceLabel(source) {
  const where = [source.platform ? `${source.platform} override` : "", source.count > 1 ? `part ${source.index + 1}` : ""].filter(Boolean).join(", ");
  return where ? `${where}: ` : "";
}
function draftAt(source, offset, length2, message, extra = {}) {
  const start = placeAt(source.text, offset, source);
  const end = placeAt(source.text, offset + length2, source);
  const platform = extra.platform ?? source.platform;
  return {
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    message: `${sourceLabel(source)}${message}`,
    ...platform ? { platform } : {},
    ...extra.hint ? { hint: extra.hint } : {}
  };
}
function fieldPlace(post, field) {
  return { line: post.fieldLines[field] ?? 1, column: 1 };
}
function excerpt(text, offset, length2 = 20) {
  let end = Math.min(text.length, offset + length2);
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end++;
  const slice = text.slice(offset, end).replace(/\s+/g, " ");
  return end < text.length ? `${slice}\u2026` : slice;
}

// src/core/rules/post-day.ts
function checkDates(repo, timeZone) {
  return repo.shared(`local-date ${timeZone}`, () => localDateFormatter(timeZone));
}
function postDay(post, timeZone, localDate2 = localDateFormatter(timeZone)) {
  if (post.publishAt) return localDate2(post.publishAt);
  return pathDay(post.file);
}
function pathDay(file) {
  const name = file.split("/").pop() ?? "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(name) ?? /(?:^|\/)(\d{4})\/(\d{2})\/(\d{2})\/[^/]+$/.exec(file);
  if (!match) return void 0;
  const [y, m, d] = match.slice(1, 4).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? day : void 0;
}
function dayNumber(day) {
  const [y, m, d] = day.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 864e5);
}

// src/core/rules/builtin/posting-cadence.ts
function grouped(repo, config) {
  const key = `posting-cadence ${config.timezone} ${config.platforms.map((p) => `${p.id}:${p.enabled}:${Boolean(p.retired)}`).join(",")}`;
  return repo.shared(key, () => {
    const byPost = /* @__PURE__ */ new Map();
    const bySlot = /* @__PURE__ */ new Map();
    for (const post of repo.posts) {
      const day = postDay(post, config.timezone, checkDates(repo, config.timezone));
      if (!day) continue;
      const slots = postTargets(post, config).map((platform) => {
        const slot = `${day} ${platform}`;
        let list = bySlot.get(slot);
        if (!list) bySlot.set(slot, list = []);
        list.push(post);
        return { platform, posts: list };
      });
      byPost.set(post, { day, slots });
    }
    return { byPost, bySlot };
  });
}
function slotsOf(post, repo, config) {
  const { byPost, bySlot } = grouped(repo, config);
  const known = byPost.get(post);
  if (known) return known;
  const day = postDay(post, config.timezone, checkDates(repo, config.timezone));
  if (!day) return void 0;
  return { day, slots: postTargets(post, config).map((platform) => ({ platform, posts: bySlot.get(`${day} ${platform}`) ?? [] })) };
}
function firstOtherFiles(posts, file, most) {
  const files = [];
  for (const other of posts) {
    if (other.file === file) continue;
    files.push(other.file);
    if (files.length === most) break;
  }
  return files;
}
function slotMessage(platform, posts, day, most, file) {
  const others = firstOtherFiles(posts, file, 6);
  return `${platform}: ${posts.length} posts on ${day} (at most ${most}); also ${others.slice(0, 5).join(", ")}${others.length > 5 ? ", \u2026" : ""}`;
}
var postingCadence = {
  id: "posting-cadence",
  description: "At most `max_per_day` posts go to one platform on one day (days in config.timezone; posts without publish_at count on the date their file name starts with, or their dated folders name: posts/2027/01/15/). The app looks at the posts whose path names a day near those of the PR, and at posts whose path names no day.",
  rationale: "Followers mute accounts that flood their timeline; spreading posts keeps each one seen.",
  defaultSeverity: "warn",
  options: { maxPerDay: integer("Most posts per platform per day.", 3, 1) },
  check({ post, config, repo, options }) {
    const mine = slotsOf(post, repo, config);
    if (!mine) return { findings: [] };
    const findings = [];
    for (const { platform, posts: same } of mine.slots) {
      if (same.length <= options.maxPerDay) continue;
      findings.push({
        ...fieldPlace(post, post.publishAt ? "publish_at" : "platforms"),
        platform,
        message: slotMessage(platform, same, mine.day, options.maxPerDay, post.file),
        hint: "Move this post to another day with publish_at."
      });
    }
    return { findings };
  }
};

// src/core/rules/scan.ts
var URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/giu;
var TRAILING = /[.,;:!?)\]}'"…]+$/u;
function findUrls(text) {
  const found = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    while (TRAILING.test(url)) {
      const trimmed = url.replace(TRAILING, "");
      const opens = (trimmed.match(/\(/g) ?? []).length;
      const closes = (trimmed.match(/\)/g) ?? []).length;
      const kept = url.endsWith(")") && opens > closes ? trimmed + ")" : trimmed;
      if (kept === url) break;
      url = kept;
    }
    found.push({ text: url, offset: match.index });
  }
  return found;
}
function findLinkLabels(text) {
  const found = [];
  for (const match of text.matchAll(/(?<!!)\[([^\]\n]{1,200})\]\(([^)\s]+)\)/gu)) {
    found.push({ text: match[1], offset: match.index + 1 });
  }
  return found;
}
function urlRanges(text) {
  return findUrls(text).map((url) => [url.offset, url.offset + url.text.length]);
}
function inRanges(offset, ranges) {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}
function outsideLinks(text, pattern) {
  const ranges = urlRanges(text);
  const found = [];
  for (const match of text.matchAll(pattern)) {
    if (!inRanges(match.index, ranges)) found.push({ text: match[0], offset: match.index });
  }
  return found;
}
var HASHTAG = new RegExp("(?<![\\p{L}\\p{N}_&/#])#[\\p{L}\\p{M}\\p{N}_]*\\p{L}[\\p{L}\\p{M}\\p{N}_]*", "gu");
function findHashtags(text) {
  return outsideLinks(text, HASHTAG);
}
var PICTO = String.raw`(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\u{1F3FB}-\u{1F3FF}]?\uFE0F?[\u{E0020}-\u{E007F}]*`;
var EMOJI = new RegExp(String.raw`\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|${PICTO}(?:\u200D${PICTO})*`, "gu");
function findEmoji(text) {
  return [...text.matchAll(EMOJI)].map((match) => ({ text: match[0], offset: match.index }));
}
var WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
function findWords(text) {
  return outsideLinks(text, WORD);
}

// src/core/rules/terms.ts
function findTerms(text, terms, allowSuffix = false) {
  if (terms.length === 0) return [];
  const escaped = terms.map(
    (term) => term.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")
  );
  const end = allowSuffix ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}_])";
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join("|")})${end}`, "giu");
  const ranges = urlRanges(text);
  const found = [];
  for (const match of text.matchAll(pattern)) {
    if (!inRanges(match.index, ranges)) found.push({ text: match[0], offset: match.index });
  }
  return found;
}
function wordsKey(text, separator) {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(separator);
}

// src/core/rules/builtin/sponsor-saturation.ts
function mentions(post, sponsor) {
  return post.sponsor?.toLowerCase() === sponsor.toLowerCase() || textSources(post).some((s) => findTerms(s.text, [sponsor]).length > 0);
}
function mentionIndex(repo, sponsors, timeZone) {
  return repo.shared(`sponsor-saturation ${JSON.stringify([sponsors, timeZone])}`, () => {
    const index2 = new Map(sponsors.map((sponsor) => [sponsor, []]));
    for (const post of repo.posts) {
      const day = postDay(post, timeZone, checkDates(repo, timeZone));
      if (!day) continue;
      for (const sponsor of sponsors) if (mentions(post, sponsor)) index2.get(sponsor)?.push({ file: post.file, day: dayNumber(day) });
    }
    return index2;
  });
}
var sponsorSaturation = {
  id: "sponsor-saturation",
  description: "A sponsor from words.sponsors is mentioned in at most `max` posts within any `days` days.",
  rationale: "The accounts serve the community, not advertisers; the charters limit sponsor exposure and sponsor campaigns need the board liaison.",
  defaultSeverity: "warn",
  options: { max: integer("Most posts mentioning one sponsor in the window.", 2, 1), days: integer("Window length in days.", 30, 1) },
  check({ post, config, repo, now, options }) {
    if (config.words.sponsors.length === 0) return { findings: [] };
    const findings = [];
    const day = dayNumber(postDay(post, config.timezone, checkDates(repo, config.timezone)) ?? localDate(now, config.timezone));
    const index2 = mentionIndex(repo, config.words.sponsors, config.timezone);
    for (const sponsor of config.words.sponsors) {
      if (!mentions(post, sponsor)) continue;
      const others = (index2.get(sponsor) ?? []).filter((m) => m.file !== post.file);
      const all = [...others, { file: post.file, day }];
      let worst = [];
      for (const start of all.map((m) => m.day).filter((d) => d > day - options.days && d <= day)) {
        const inWindow = all.filter((m) => m.day >= start && m.day < start + options.days);
        if (inWindow.length > worst.length) worst = inWindow;
      }
      if (worst.length <= options.max) continue;
      const source = textSources(post).find((s) => findTerms(s.text, [sponsor]).length > 0);
      const match = source && findTerms(source.text, [sponsor])[0];
      const message = `sponsor ${sponsor} is mentioned in ${worst.length} posts within ${options.days} days (at most ${options.max}): ${worst.map((m) => m.file).join(", ")}`;
      const hint = "Space sponsor mentions out with publish_at, or combine them into one thank-you post.";
      findings.push(
        source && match ? draftAt(source, match.offset, match.text.length, message, { hint }) : { ...fieldPlace(post, "sponsor"), message, hint }
      );
    }
    return { findings };
  }
};

// src/core/rules/builtin/all-caps.ts
var BUILT_IN_ACRONYMS = "AI API APIs ASAP BSD CD CFP CFPs CI CLI CMS CoC CPU CSS CSV CVE DEI DM DNS DSF EU FAQ FOSS GDPR GPL GPU HTML HTTP HTTPS IDE IoT IP JSON JWT LTS MIT ML NASA NLP OK ORM OS OSS PDF PEP PR PRs PSF Q&A QA REST RFC RSS RSVP SaaS SDK SQL SSH SVG TBA TBD TLS TV UI UK UN URL URLs US USA UTC UX VS WG XML YAML".split(" ");
var HAS_CAPITALS = new RegExp("\\p{Lu}[\\p{Lu}\\p{N}'\u2019-]*\\p{Lu}", "u");
var LOWER = new RegExp("\\p{Ll}", "u");
function allowedFor(acronyms) {
  return new Set([...BUILT_IN_ACRONYMS, ...acronyms].map((word2) => word2.toUpperCase()));
}
var allCaps = {
  id: "all-caps",
  description: "No words in ALL CAPS of `min_length` letters or more, except acronyms (built-in list plus words.acronyms).",
  rationale: "Screen readers spell out or shout capitalised words, and capitals read as shouting to everyone.",
  defaultSeverity: "warn",
  options: { minLength: integer("Shortest all-capital word to report.", 3, 2) },
  check({ post, config, options }) {
    const findings = [];
    const allowed = allowedFor(config.words.acronyms);
    for (const source of textSources(post)) {
      if (!HAS_CAPITALS.test(source.text)) continue;
      for (const word2 of findWords(source.text)) {
        if (word2.text.length < options.minLength || LOWER.test(word2.text)) continue;
        const letters = word2.text.replace(/[^\p{L}]/gu, "");
        if (letters.length < options.minLength || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) continue;
        const bare = word2.text.replace(/['’]s$/u, "").replace(/s$/u, "");
        if (allowed.has(word2.text.toUpperCase()) || allowed.has(bare.toUpperCase())) continue;
        findings.push(
          draftAt(source, word2.offset, word2.text.length, `'${word2.text}' is in capitals`, {
            hint: `Write it in lower case, or add '${word2.text}' to words.acronyms in the config if it is an acronym.`
          })
        );
      }
    }
    return { findings };
  }
};

// src/core/count/graphemes.ts
var segmenter = new Intl.Segmenter(void 0, { granularity: "grapheme" });
function graphemes(text) {
  return segmenter.segment(text);
}
function graphemeCount(text) {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}
function graphemeStart(text, n) {
  let i = 0;
  for (const { index: index2 } of segmenter.segment(text)) if (i++ === n) return index2;
  return text.length;
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
function utf8OverflowAt(text, limit) {
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(limit));
  return read < text.length ? read : void 0;
}
function insidePair(text, index2) {
  return index2 > 0 && (text.charCodeAt(index2) & 64512) === 56320 && (text.charCodeAt(index2 - 1) & 64512) === 55296;
}
function codePointCount(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
function codePointStart(text, n) {
  let seen = 0;
  let index2 = 0;
  for (const char of text) {
    if (seen++ === n) return index2;
    index2 += char.length;
  }
  return text.length;
}

// src/core/rules/builtin/alt-text-length.ts
var altTextLength = {
  id: "alt-text-length",
  description: "Alt text fits each target platform's alt-text limit.",
  rationale: "Platforms refuse or cut longer alt text, and a cut description can say the opposite of the full one.",
  defaultSeverity: "error",
  options: {},
  check({ renditions, config }) {
    const findings = [];
    for (const { platform, parts } of renditions) {
      const limit = limitsOf(config, platform).altText;
      for (const media of parts.flatMap((part) => part.media)) {
        const used = platform === "bluesky" ? graphemeCount(media.alt) : codePointCount(media.alt);
        if (used <= limit) continue;
        findings.push({
          line: media.line,
          column: media.column,
          platform,
          message: `${platform}: alt text of ${media.path} is ${used}/${limit} characters (${used - limit} over)`,
          hint: "Shorten the description; put long transcripts in the post text or a linked page."
        });
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/alt-text-sent.ts
var altTextSent = {
  id: "alt-text-sent",
  description: "Says where a platform's API takes no alt text, so an image would go out there without its description.",
  rationale: "Reviewers should know an image reaches some readers undescribed; they can keep it out of that platform or describe it in the text.",
  defaultSeverity: "warn",
  options: {},
  check({ renditions }) {
    const findings = [];
    for (const { platform, parts } of renditions) {
      const reason = PROFILES[platform].noAltText;
      if (!reason) continue;
      for (const media of parts.flatMap((part) => part.media)) {
        if (media.alt.trim() === "") continue;
        findings.push({
          line: media.line,
          column: media.column,
          platform,
          message: `${platform}: the alt text of ${media.path} is not published there: ${reason}`,
          hint: `Describe the image in the text of the ${PROFILES[platform].name} version (overrides.${platform}), or leave the image out of it.`
        });
      }
    }
    return { findings };
  }
};

// src/core/rules/media.ts
function allMedia(post) {
  const seen = /* @__PURE__ */ new Set();
  const refs = [];
  for (const parts of [post.parts, ...Object.values(post.overrides)]) {
    for (const part of parts ?? []) {
      for (const media of part.media) {
        const key = `${media.path}:${media.line}:${media.column}`;
        if (!seen.has(key)) {
          seen.add(key);
          refs.push({ media, part });
        }
      }
    }
  }
  return refs;
}

// src/core/rules/builtin/alt-text.ts
var FILE_NAME = /^[\w.-]+\.(?:png|jpe?g|gif|webp|avif|heic|svg|bmp|tiff?|mp4|mov|webm|m4v)$/i;
var CAMERA_NAME = /^(?:img|dsc|dscn|pxl|screenshot|screen shot)[\s_-]?\d[\d_ -]*$/i;
function normalise(text) {
  return wordsKey(text, " ");
}
var altText = {
  id: "alt-text",
  description: "Every image and video has alt text that says what it shows: not empty, not a placeholder word, not a file name, not the post text again.",
  rationale: "Blind and low-vision readers hear the alt text instead of seeing the image; the charters commit the groups to accessible posts.",
  defaultSeverity: "error",
  options: {
    meaningless: stringList("Alt texts that say nothing (compared ignoring case and punctuation).", [
      "image",
      "photo",
      "picture",
      "screenshot",
      "img",
      "pic",
      "graphic",
      "alt",
      "alt text",
      "untitled",
      "an image",
      "a photo",
      "a picture",
      "a screenshot"
    ])
  },
  check({ post, options }) {
    const findings = [];
    const meaningless = new Set(options.meaningless.map(normalise));
    for (const { media, part } of allMedia(post)) {
      const alt = media.alt.trim();
      const at = { line: media.line, column: media.column };
      const name = media.path.split("/").pop() ?? media.path;
      let problem;
      if (alt === "") problem = "has no alt text";
      else if (meaningless.has(normalise(alt))) problem = `has the alt text '${alt}', which does not say what it shows`;
      else if (alt === name || FILE_NAME.test(alt) || CAMERA_NAME.test(alt)) problem = `has a file name as alt text ('${alt}')`;
      else if (normalise(alt) === normalise(part.text)) problem = "has the post text as alt text";
      if (problem) {
        findings.push({
          ...at,
          message: `${media.kind} ${media.path} ${problem}`,
          hint: "Describe what the image shows and why it matters here, in a sentence or two."
        });
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/bidi-controls.ts
var BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
var NAMES = {
  "\u202A": "LEFT-TO-RIGHT EMBEDDING",
  "\u202B": "RIGHT-TO-LEFT EMBEDDING",
  "\u202C": "POP DIRECTIONAL FORMATTING",
  "\u202D": "LEFT-TO-RIGHT OVERRIDE",
  "\u202E": "RIGHT-TO-LEFT OVERRIDE",
  "\u2066": "LEFT-TO-RIGHT ISOLATE",
  "\u2067": "RIGHT-TO-LEFT ISOLATE",
  "\u2068": "FIRST STRONG ISOLATE",
  "\u2069": "POP DIRECTIONAL ISOLATE"
};
function describeControl(char) {
  return `U+${char.codePointAt(0).toString(16).toUpperCase()} ${NAMES[char]}`;
}
var HINT = "Delete it: it is invisible in the review, yet reorders what readers see (a link or a word can show reversed). Right-to-left text needs no controls.";
var bidiControls = {
  id: "bidi-controls",
  description: "No invisible bidirectional control characters (embeddings, overrides and isolates, U+202A\u2013202E and U+2066\u20132069) in the text or alt text.",
  rationale: 'They are invisible in the pull request, yet make the published post display differently from what the reviewers approved (the "Trojan Source" trick).',
  defaultSeverity: "error",
  options: {},
  check({ post }) {
    const findings = [];
    for (const source of textSources(post)) {
      for (const match of source.text.matchAll(BIDI_CONTROLS)) {
        findings.push(draftAt(source, match.index, 1, `an invisible bidirectional control, ${describeControl(match[0])}`, { hint: HINT }));
      }
    }
    for (const { media } of allMedia(post)) {
      const found = new Set(media.alt.match(BIDI_CONTROLS) ?? []);
      for (const char of found) {
        findings.push({
          line: media.line,
          column: media.column,
          message: `alt text of ${media.path} has an invisible bidirectional control, ${describeControl(char)}`,
          hint: HINT
        });
      }
    }
    for (const char of new Set(post.contentWarning?.match(BIDI_CONTROLS) ?? [])) {
      findings.push({
        line: post.fieldLines["content_warning"] ?? post.fieldLines["cw"] ?? post.fieldLines["spoiler"] ?? post.fieldLines["spoiler_text"] ?? 1,
        column: 1,
        message: `content_warning has an invisible bidirectional control, ${describeControl(char)}`,
        hint: HINT
      });
    }
    return { findings };
  }
};

// src/core/rules/builtin/code-of-conduct.ts
var LEADING = /^(?:(?:The|A|An|Our|Their|This|That|Join|See|At|In|On|For|To|Welcome|Come|Visit|Attend)\s+)+/u;
var SPACE = /\s/u;
var WORD_CHAR = /[\p{L}\p{N}]/u;
var CAPITAL = new RegExp("\\p{Lu}", "u");
var AFTER = new RegExp("(?:[ \\t]+(?:\\p{Lu}[\\p{L}\\p{N}]*|\\d{2,4}))+", "uy");
function isSpaceAt(text, i) {
  const code = text.charCodeAt(i);
  return code < 128 ? code === 32 || code >= 9 && code <= 13 : SPACE.test(text[i]);
}
function isWordCharAt(text, i) {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57;
  return WORD_CHAR.test(text[i]);
}
function isCapitalAt(text, i) {
  const code = text.charCodeAt(i);
  return code < 128 ? code >= 65 && code <= 90 : CAPITAL.test(text[i]);
}
function capitalisedTailStart(text, end) {
  let i = end;
  for (; ; ) {
    while (i > 0 && isSpaceAt(text, i - 1)) i--;
    let j = i;
    while (j > 0 && isWordCharAt(text, j - 1)) j--;
    if (j > 0 && (text.charCodeAt(j - 1) & 63488) === 55296) return 0;
    if (j === i || !isCapitalAt(text, j) || j === 0 || !isSpaceAt(text, j - 1)) return j;
    i = j;
  }
}
function hasNoCapital(text, from, to) {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || code >= 65 && code <= 90) return false;
  }
  return true;
}
function eventName(source, offset, match) {
  const from = capitalisedTailStart(source.text, offset);
  const before = hasNoCapital(source.text, from, offset) ? "" : (source.text.slice(from, offset).match(new RegExp("(?:\\p{Lu}[\\p{L}\\p{N}]*[ \\t]+)+$", "u"))?.[0] ?? "").replace(LEADING, "");
  AFTER.lastIndex = offset + match.length;
  const after = AFTER.exec(source.text)?.[0] ?? "";
  const name = `${before}${match}${after}`.replace(/\s+/g, " ").trim();
  return new RegExp("^\\p{Lu}|^\\d", "u").test(name) ? name : `the ${name}`;
}
var codeOfConduct = {
  id: "code-of-conduct",
  description: "A post that mentions a conference, meetup, sprint or call for proposals links the event's code of conduct (front matter `code_of_conduct`), or a human confirms it has one.",
  rationale: "The groups only promote events with a code of conduct (the charters).",
  defaultSeverity: "warn",
  options: {
    events: stringList('Words that name an event (matched as word starts, any case: "PyCon" matches "PyConDE").', [
      "conference",
      "summit",
      "meetup",
      "meet-up",
      "sprint",
      "hackathon",
      "unconference",
      "CFP",
      "call for proposals",
      "call for papers",
      "call for talks",
      "call for speakers",
      "DjangoCon",
      "PyCon",
      "EuroPython",
      "JupyterCon",
      "PyData",
      "SciPy conference",
      "FOSDEM"
    ])
  },
  check({ post, options }) {
    if (post.codeOfConduct) return { findings: [] };
    const named = /* @__PURE__ */ new Map();
    let generic;
    for (const source of textSources(post)) {
      for (const match of findTerms(source.text, options.events, true)) {
        const name = eventName(source, match.offset, match.text);
        const mention = { name, source, offset: match.offset, length: match.text.length };
        if (isGeneric(name, match.text)) generic ??= mention;
        else if (!named.has(name.toLowerCase())) named.set(name.toLowerCase(), mention);
      }
    }
    const events = named.size > 0 ? [...named.values()] : generic ? [generic] : [];
    return {
      findings: events.map(
        (e) => draftAt(e.source, e.offset, e.length, `mentions ${e.name} but links no code of conduct`, {
          hint: "The group only promotes events with a code of conduct. Add `code_of_conduct: <url>` to the front matter, or a reviewer ticks the checklist item after finding it on the event's site."
        })
      ),
      checklist: events.map((e) => `Confirm that ${e.name} ${/^the .*[^s]s$/.test(e.name) ? "have" : "has"} a code of conduct`)
    };
  }
};
function isGeneric(name, word2) {
  const bare = name.replace(/^the /, "");
  return bare.toLowerCase() === word2.toLowerCase() && (word2 === word2.toLowerCase() || word2 === word2.toUpperCase());
}

// src/core/rules/builtin/content-warning.ts
var contentWarning = {
  id: "content-warning",
  description: "A post that mentions a term from words.sensitive_topics has a content_warning.",
  rationale: "Readers choose whether to read about distressing topics; Mastodon hides the post behind the warning, other platforms show it first.",
  defaultSeverity: "error",
  options: {},
  check({ post, config }) {
    if (post.contentWarning?.trim()) return { findings: [] };
    const findings = [];
    for (const [topic, terms] of Object.entries(config.words.sensitiveTopics)) {
      for (const source of textSources(post)) {
        const match = findTerms(source.text, terms)[0];
        if (!match) continue;
        findings.push(
          draftAt(
            source,
            match.offset,
            match.text.length,
            `mentions '${match.text}' (topic: ${topic}) but the post has no content_warning`,
            {
              hint: `Add \`content_warning: ${topic}\` (or a clearer wording) to the front matter.`
            }
          )
        );
        break;
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/emoji-count.ts
var emojiCount = {
  id: "emoji-count",
  description: "A part has at most `max` emoji (a flag or a family counts as one).",
  rationale: `Screen readers read each emoji's full name ("party popper"), which drowns the text.`,
  defaultSeverity: "warn",
  options: { max: integer("Most emoji in one part.", 3) },
  check({ post, options }) {
    const findings = [];
    for (const source of textSources(post)) {
      const emoji = findEmoji(source.text);
      const first = emoji[options.max];
      if (first) {
        findings.push(
          draftAt(
            source,
            first.offset,
            first.text.length,
            `${emoji.length} emoji (at most ${options.max}); the extra ones start at ${first.text}`,
            { hint: "Keep the emoji that add meaning." }
          )
        );
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/emoji-repeat.ts
var emojiRepeat = {
  id: "emoji-repeat",
  description: "The same emoji appears at most `max` times in a row (white space between them still counts as a row).",
  rationale: 'A screen reader reads "fire fire fire fire"; one says the same.',
  defaultSeverity: "warn",
  options: { max: integer("Most times one emoji may repeat in a row.", 1, 1) },
  check({ post, options }) {
    const findings = [];
    for (const source of textSources(post)) {
      const emoji = findEmoji(source.text);
      let runStart = 0;
      for (let i = 1; i <= emoji.length; i++) {
        const previous = emoji[i - 1];
        const current = emoji[i];
        const continues = current !== void 0 && previous !== void 0 && current.text === previous.text && source.text.slice(previous.offset + previous.text.length, current.offset).trim() === "";
        if (continues) continue;
        const run = i - runStart;
        const first = emoji[runStart];
        if (run > options.max && first && previous) {
          const length2 = previous.offset + previous.text.length - first.offset;
          findings.push(
            draftAt(source, first.offset, length2, `${first.text} repeated ${run} times in a row (at most ${options.max})`, {
              hint: `Use ${first.text} once.`
            })
          );
        }
        runStart = i;
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/fancy-letters.ts
var FANCY = /(?:[\u{1D400}-\u{1D7FF}\u2102\u210A-\u2113\u2115\u2119-\u211D\u2124\u2128\u212C\u212D\u212F-\u2131\u2133\u2134\u2460-\u24FF\u{1F100}-\u{1F1E5}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u1D00-\u1D22\u026A\u0299\u029C\u029F\u0280\u0274\u0262])+/gu;
function mayBeFancy(text) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 610) continue;
    if (code <= 671 || code >= 7424 && code <= 7458 || code >= 8450 && code <= 8500 || code >= 9312 && code <= 9471)
      return true;
    if (code >= 65296 && code <= 65370 || code === 55349) return true;
    if (code === 55356 && (text.charCodeAt(i + 1) & 65280) === 56576) return true;
  }
  return false;
}
var fancyLetters = {
  id: "fancy-letters",
  description: 'No "fancy" Unicode letters (Mathematical Alphanumeric Symbols such as \u{1D5EF}\u{1D5FC}\u{1D5F9}\u{1D5F1}, circled, fullwidth or small-capital letters).',
  rationale: 'Screen readers spell these out one symbol at a time ("mathematical bold small b ..."), and search cannot find the words.',
  defaultSeverity: "error",
  options: {},
  check({ post }) {
    const findings = [];
    for (const source of textSources(post)) {
      if (!mayBeFancy(source.text)) continue;
      for (const match of source.text.matchAll(FANCY)) {
        const plain = match[0].normalize("NFKC");
        findings.push(
          draftAt(source, match.index, match[0].length, `'${match[0]}' uses fancy Unicode letters`, {
            hint: `Write it in plain letters: '${plain}' (use markdown for emphasis where the platform has it).`
          })
        );
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/hashtag-case.ts
function acceptedOf(hashtags) {
  return new Map(hashtags.map((tag) => [tag.replace(/^#/, "").toLowerCase(), tag.replace(/^#/, "")]));
}
function acronymsOf(words) {
  return new Set(words.map((word2) => word2.toLowerCase()));
}
var hashtagCase = {
  id: "hashtag-case",
  description: "Hashtags that may be several words are written in CamelCase (#OpenSource, not #opensource); words.hashtags lists accepted spellings.",
  rationale: "Screen readers read #OpenSource as two words and #opensource as gibberish; CamelCase also reads faster for everyone.",
  defaultSeverity: "warn",
  options: { minLength: integer("Single-case tags shorter than this many letters are taken to be one word.", 8, 1) },
  check({ post, config, options }) {
    const findings = [];
    const accepted = acceptedOf(config.words.hashtags);
    const acronyms = acronymsOf(config.words.acronyms);
    for (const source of textSources(post)) {
      for (const tag of findHashtags(source.text)) {
        const name = tag.text.slice(1);
        const known = accepted.get(name.toLowerCase());
        if (known !== void 0) {
          if (known !== name) {
            findings.push(
              draftAt(source, tag.offset, tag.text.length, `hashtag ${tag.text} is spelled #${known} in words.hashtags`, {
                hint: `Write #${known}.`
              })
            );
          }
          continue;
        }
        const singleCase = name === name.toLowerCase() || name === name.toUpperCase();
        const letters = name.replace(/[^\p{L}]/gu, "").length;
        if (!singleCase || letters < options.minLength || acronyms.has(name.toLowerCase())) continue;
        findings.push(
          draftAt(
            source,
            tag.offset,
            tag.text.length,
            `hashtag ${tag.text} is all one case; if it is several words, write them in CamelCase`,
            {
              hint: `Capitalise each word (#OpenSource), or add ${tag.text} to words.hashtags in the config if it is one word.`
            }
          )
        );
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/hashtag-count.ts
var hashtagCount = {
  id: "hashtag-count",
  description: "A part has at most `max` hashtags.",
  rationale: "Screen readers read every hashtag aloud; a wall of tags buries the message and reads as spam.",
  defaultSeverity: "warn",
  options: { max: integer("Most hashtags in one part.", 3) },
  check({ post, options }) {
    const findings = [];
    for (const source of textSources(post)) {
      const tags = findHashtags(source.text);
      const first = tags[options.max];
      if (first) {
        findings.push(
          draftAt(
            source,
            first.offset,
            first.text.length,
            `${tags.length} hashtags (at most ${options.max}); the extra ones start at ${first.text}`,
            { hint: "Keep the tags people actually follow." }
          )
        );
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/image-credit.ts
var imageCredit = {
  id: "image-credit",
  description: 'Every image has a credit line (photographer, licence, or "own work").',
  rationale: "The groups only post media they may use and credit the people who made it.",
  defaultSeverity: "error",
  options: { kinds: stringList("Media kinds that need a credit (image, gif, video).", ["image"]) },
  check({ post, options }) {
    const findings = [];
    for (const { media } of allMedia(post)) {
      if (!options.kinds.includes(media.kind) || (media.credit ?? "").trim() !== "") continue;
      findings.push({
        line: media.line,
        column: media.column,
        message: `${media.kind} ${media.path} has no credit`,
        hint: 'Add a credit, e.g. "Photo: Ada Lovelace, CC BY 4.0".'
      });
    }
    return { findings };
  }
};

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn) {
        wrap(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value) {
    done(null, value);
  }
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value) {
  if (!value || typeof value !== "object") {
    return "";
  }
  if ("position" in value || "type" in value) {
    return position(value.position);
  }
  if ("start" in value || "end" in value) {
    return position(value);
  }
  if ("line" in value || "column" in value) {
    return point(value);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value) {
  return value && typeof value === "number" ? value : 1;
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath } from "node:url";

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value) {
    let options;
    if (!value) {
      options = {};
    } else if (isUrl(value)) {
      options = { path: value };
    } else if (typeof value === "string" || isUint8Array(value)) {
      options = { value };
    } else {
      options = value;
    }
    this.cwd = "cwd" in options ? "" : default3.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field2 = order[index2];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename) {
    assertNonEmpty(basename, "basename");
    assertPart(basename, "basename");
    this.path = default2.join(this.dirname || "", basename);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path) {
    if (isUrl(path)) {
      path = fileURLToPath(path);
    }
    assertNonEmpty(path, "path");
    if (this.path !== path) {
      this.history.push(path);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + default2.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path, name) {
  if (!path) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value = proto[property];
    const apply = function() {
      return value.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value;
        return this;
      }
      return own.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve) {
          resolve(file2);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve) {
          resolve(resultingTree);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler2 = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler2);
    assertNode(tree);
    return compiler2(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value === null || value === void 0) {
    } else if (typeof value === "function") {
      addPlugin(value, parameters);
    } else if (typeof value === "object") {
      if (Array.isArray(value)) {
        addList(value);
      } else {
        addPreset(value);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value + "`");
    }
    return this;
    function add2(value2) {
      if (typeof value2 === "function") {
        addPlugin(value2, []);
      } else if (typeof value2 === "object") {
        if (Array.isArray(value2)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value2
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value2);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value2 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add2(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node) {
  if (!isPlainObject(node) || typeof node.type !== "string") {
    throw new TypeError("Expected node, got `" + node + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value) {
  return looksLikeAVFile(value) ? value : new VFile(value);
}
function looksLikeAVFile(value) {
  return Boolean(
    value && typeof value === "object" && "message" in value && "messages" in value
  );
}
function looksLikeAValue(value) {
  return typeof value === "string" || isUint8Array2(value);
}
function isUint8Array2(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// node_modules/nlcst-to-string/lib/index.js
var emptyNodes = [];
function toString(value) {
  let index2 = -1;
  if (!value || !Array.isArray(value) && !value.type) {
    throw new Error("Expected node, not `" + value + "`");
  }
  if ("value" in value) return value.value;
  const children = (Array.isArray(value) ? value : value.children) || emptyNodes;
  const values = [];
  while (++index2 < children.length) {
    values[index2] = toString(children[index2]);
  }
  return values.join("");
}

// node_modules/array-iterate/lib/index.js
var own2 = {}.hasOwnProperty;
function arrayIterate(values, callbackFn, thisArg) {
  let index2 = -1;
  if (!values) {
    throw new Error("Iterate requires that |this| not be " + values);
  }
  if (!own2.call(values, "length")) {
    throw new Error("Iterate requires that |this| has a `length`");
  }
  if (typeof callbackFn !== "function") {
    throw new TypeError("`callback` must be a function");
  }
  while (++index2 < values.length) {
    if (!(index2 in values)) {
      continue;
    }
    const result = callbackFn.call(thisArg, values[index2], index2, values);
    if (typeof result === "number") {
      if (result < 0) {
        index2 = 0;
      }
      index2 = result - 1;
    }
  }
}

// node_modules/unist-util-modify-children/lib/index.js
function modifyChildren(modifier) {
  return modify;
  function modify(parent) {
    if (!parent || !parent.children) {
      throw new Error("Missing children in `parent` for `modifier`");
    }
    arrayIterate(parent.children, iteratee, parent);
  }
  function iteratee(node, index2) {
    return modifier(node, index2, this);
  }
}

// node_modules/parse-latin/lib/plugin/merge-affix-exceptions.js
var mergeAffixExceptions = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    const previous = parent.children[index2 - 1];
    if (previous && "children" in previous && "children" in child && child.children.length > 0) {
      let position3 = -1;
      while (child.children[++position3]) {
        const node = child.children[position3];
        if (node.type === "WordNode") {
          return;
        }
        if (node.type === "SymbolNode" || node.type === "PunctuationNode") {
          const value = toString(node);
          if (value !== "," && value !== ";") {
            return;
          }
          previous.children.push(...child.children);
          if (previous.position && child.position) {
            previous.position.end = child.position.end;
          }
          parent.children.splice(index2, 1);
          return index2;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/expressions.js
var affixSymbol = /^([!"').?\u0F3B\u0F3D\u169C\u2019\u201D\u2026\u203A\u203D\u2046\u207E\u208E\u2309\u230B\u232A\u2769\u276B\u276D\u276F\u2771\u2773\u2775\u27C6\u27E7\u27E9\u27EB\u27ED\u27EF\u2984\u2986\u2988\u298A\u298C\u298E\u2990\u2992\u2994\u2996\u2998\u29D9\u29DB\u29FD\u2E03\u2E05\u2E0A\u2E0D\u2E1D\u2E21\u2E23\u2E25\u2E27\u2E29\u2E56\u2E58\u2E5A\u2E5C\u3009\u300B\u300D\u300F\u3011\u3015\u3017\u3019\u301B\u301E\u301F\uFD3E\uFE18\uFE36\uFE38\uFE3A\uFE3C\uFE3E\uFE40\uFE42\uFE44\uFE48\uFE5A\uFE5C\uFE5E\uFF09\uFF3D\uFF5D\uFF60\uFF63\u00BB\]}])\1*$/;
var newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/;
var terminalMarker = /^([!.?\u2026\u203D]+)$/;
var wordSymbolInner = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;
var numerical = /^(?:[\d\u00B2\u00B3\u00B9\u00BC-\u00BE\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF\u09F4-\u09F9\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0B72-\u0B77\u0BE6-\u0BF2\u0C66-\u0C6F\u0C78-\u0C7E\u0CE6-\u0CEF\u0D58-\u0D5E\u0D66-\u0D78\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F33\u1040-\u1049\u1090-\u1099\u1369-\u137C\u16EE-\u16F0\u17E0-\u17E9\u17F0-\u17F9\u1810-\u1819\u1946-\u194F\u19D0-\u19DA\u1A80-\u1A89\u1A90-\u1A99\u1B50-\u1B59\u1BB0-\u1BB9\u1C40-\u1C49\u1C50-\u1C59\u2070\u2074-\u2079\u2080-\u2089\u2150-\u2182\u2185-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u2CFD\u3007\u3021-\u3029\u3038-\u303A\u3192-\u3195\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\uA620-\uA629\uA6E6-\uA6EF\uA830-\uA835\uA8D0-\uA8D9\uA900-\uA909\uA9D0-\uA9D9\uA9F0-\uA9F9\uAA50-\uAA59\uABF0-\uABF9\uFF10-\uFF19]|\uD800[\uDD07-\uDD33\uDD40-\uDD78\uDD8A\uDD8B\uDEE1-\uDEFB\uDF20-\uDF23\uDF41\uDF4A\uDFD1-\uDFD5]|\uD801[\uDCA0-\uDCA9]|\uD802[\uDC58-\uDC5F\uDC79-\uDC7F\uDCA7-\uDCAF\uDCFB-\uDCFF\uDD16-\uDD1B\uDDBC\uDDBD\uDDC0-\uDDCF\uDDD2-\uDDFF\uDE40-\uDE48\uDE7D\uDE7E\uDE9D-\uDE9F\uDEEB-\uDEEF\uDF58-\uDF5F\uDF78-\uDF7F\uDFA9-\uDFAF]|\uD803[\uDCFA-\uDCFF\uDD30-\uDD39\uDE60-\uDE7E\uDF1D-\uDF26\uDF51-\uDF54\uDFC5-\uDFCB]|\uD804[\uDC52-\uDC6F\uDCF0-\uDCF9\uDD36-\uDD3F\uDDD0-\uDDD9\uDDE1-\uDDF4\uDEF0-\uDEF9]|\uD805[\uDC50-\uDC59\uDCD0-\uDCD9\uDE50-\uDE59\uDEC0-\uDEC9\uDF30-\uDF3B]|\uD806[\uDCE0-\uDCF2\uDD50-\uDD59]|\uD807[\uDC50-\uDC6C\uDD50-\uDD59\uDDA0-\uDDA9\uDF50-\uDF59\uDFC0-\uDFD4]|\uD809[\uDC00-\uDC6E]|\uD81A[\uDE60-\uDE69\uDEC0-\uDEC9\uDF50-\uDF59\uDF5B-\uDF61]|\uD81B[\uDE80-\uDE96]|\uD834[\uDEC0-\uDED3\uDEE0-\uDEF3\uDF60-\uDF78]|\uD835[\uDFCE-\uDFFF]|\uD838[\uDD40-\uDD49\uDEF0-\uDEF9]|\uD839[\uDCF0-\uDCF9]|\uD83A[\uDCC7-\uDCCF\uDD50-\uDD59]|\uD83B[\uDC71-\uDCAB\uDCAD-\uDCAF\uDCB1-\uDCB4\uDD01-\uDD2D\uDD2F-\uDD3D]|\uD83C[\uDD00-\uDD0C]|\uD83E[\uDFF0-\uDFF9])+$/;
var digitStart = /^\d/;
var lowerInitial = /^(?:[a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F-\u0293\u0295-\u02AF\u0371\u0373\u0377\u037B-\u037D\u0390\u03AC-\u03CE\u03D0\u03D1\u03D5-\u03D7\u03D9\u03DB\u03DD\u03DF\u03E1\u03E3\u03E5\u03E7\u03E9\u03EB\u03ED\u03EF-\u03F3\u03F5\u03F8\u03FB\u03FC\u0430-\u045F\u0461\u0463\u0465\u0467\u0469\u046B\u046D\u046F\u0471\u0473\u0475\u0477\u0479\u047B\u047D\u047F\u0481\u048B\u048D\u048F\u0491\u0493\u0495\u0497\u0499\u049B\u049D\u049F\u04A1\u04A3\u04A5\u04A7\u04A9\u04AB\u04AD\u04AF\u04B1\u04B3\u04B5\u04B7\u04B9\u04BB\u04BD\u04BF\u04C2\u04C4\u04C6\u04C8\u04CA\u04CC\u04CE\u04CF\u04D1\u04D3\u04D5\u04D7\u04D9\u04DB\u04DD\u04DF\u04E1\u04E3\u04E5\u04E7\u04E9\u04EB\u04ED\u04EF\u04F1\u04F3\u04F5\u04F7\u04F9\u04FB\u04FD\u04FF\u0501\u0503\u0505\u0507\u0509\u050B\u050D\u050F\u0511\u0513\u0515\u0517\u0519\u051B\u051D\u051F\u0521\u0523\u0525\u0527\u0529\u052B\u052D\u052F\u0560-\u0588\u10D0-\u10FA\u10FD-\u10FF\u13F8-\u13FD\u1C80-\u1C88\u1D00-\u1D2B\u1D6B-\u1D77\u1D79-\u1D9A\u1E01\u1E03\u1E05\u1E07\u1E09\u1E0B\u1E0D\u1E0F\u1E11\u1E13\u1E15\u1E17\u1E19\u1E1B\u1E1D\u1E1F\u1E21\u1E23\u1E25\u1E27\u1E29\u1E2B\u1E2D\u1E2F\u1E31\u1E33\u1E35\u1E37\u1E39\u1E3B\u1E3D\u1E3F\u1E41\u1E43\u1E45\u1E47\u1E49\u1E4B\u1E4D\u1E4F\u1E51\u1E53\u1E55\u1E57\u1E59\u1E5B\u1E5D\u1E5F\u1E61\u1E63\u1E65\u1E67\u1E69\u1E6B\u1E6D\u1E6F\u1E71\u1E73\u1E75\u1E77\u1E79\u1E7B\u1E7D\u1E7F\u1E81\u1E83\u1E85\u1E87\u1E89\u1E8B\u1E8D\u1E8F\u1E91\u1E93\u1E95-\u1E9D\u1E9F\u1EA1\u1EA3\u1EA5\u1EA7\u1EA9\u1EAB\u1EAD\u1EAF\u1EB1\u1EB3\u1EB5\u1EB7\u1EB9\u1EBB\u1EBD\u1EBF\u1EC1\u1EC3\u1EC5\u1EC7\u1EC9\u1ECB\u1ECD\u1ECF\u1ED1\u1ED3\u1ED5\u1ED7\u1ED9\u1EDB\u1EDD\u1EDF\u1EE1\u1EE3\u1EE5\u1EE7\u1EE9\u1EEB\u1EED\u1EEF\u1EF1\u1EF3\u1EF5\u1EF7\u1EF9\u1EFB\u1EFD\u1EFF-\u1F07\u1F10-\u1F15\u1F20-\u1F27\u1F30-\u1F37\u1F40-\u1F45\u1F50-\u1F57\u1F60-\u1F67\u1F70-\u1F7D\u1F80-\u1F87\u1F90-\u1F97\u1FA0-\u1FA7\u1FB0-\u1FB4\u1FB6\u1FB7\u1FBE\u1FC2-\u1FC4\u1FC6\u1FC7\u1FD0-\u1FD3\u1FD6\u1FD7\u1FE0-\u1FE7\u1FF2-\u1FF4\u1FF6\u1FF7\u210A\u210E\u210F\u2113\u212F\u2134\u2139\u213C\u213D\u2146-\u2149\u214E\u2184\u2C30-\u2C5F\u2C61\u2C65\u2C66\u2C68\u2C6A\u2C6C\u2C71\u2C73\u2C74\u2C76-\u2C7B\u2C81\u2C83\u2C85\u2C87\u2C89\u2C8B\u2C8D\u2C8F\u2C91\u2C93\u2C95\u2C97\u2C99\u2C9B\u2C9D\u2C9F\u2CA1\u2CA3\u2CA5\u2CA7\u2CA9\u2CAB\u2CAD\u2CAF\u2CB1\u2CB3\u2CB5\u2CB7\u2CB9\u2CBB\u2CBD\u2CBF\u2CC1\u2CC3\u2CC5\u2CC7\u2CC9\u2CCB\u2CCD\u2CCF\u2CD1\u2CD3\u2CD5\u2CD7\u2CD9\u2CDB\u2CDD\u2CDF\u2CE1\u2CE3\u2CE4\u2CEC\u2CEE\u2CF3\u2D00-\u2D25\u2D27\u2D2D\uA641\uA643\uA645\uA647\uA649\uA64B\uA64D\uA64F\uA651\uA653\uA655\uA657\uA659\uA65B\uA65D\uA65F\uA661\uA663\uA665\uA667\uA669\uA66B\uA66D\uA681\uA683\uA685\uA687\uA689\uA68B\uA68D\uA68F\uA691\uA693\uA695\uA697\uA699\uA69B\uA723\uA725\uA727\uA729\uA72B\uA72D\uA72F-\uA731\uA733\uA735\uA737\uA739\uA73B\uA73D\uA73F\uA741\uA743\uA745\uA747\uA749\uA74B\uA74D\uA74F\uA751\uA753\uA755\uA757\uA759\uA75B\uA75D\uA75F\uA761\uA763\uA765\uA767\uA769\uA76B\uA76D\uA76F\uA771-\uA778\uA77A\uA77C\uA77F\uA781\uA783\uA785\uA787\uA78C\uA78E\uA791\uA793-\uA795\uA797\uA799\uA79B\uA79D\uA79F\uA7A1\uA7A3\uA7A5\uA7A7\uA7A9\uA7AF\uA7B5\uA7B7\uA7B9\uA7BB\uA7BD\uA7BF\uA7C1\uA7C3\uA7C8\uA7CA\uA7D1\uA7D3\uA7D5\uA7D7\uA7D9\uA7F6\uA7FA\uAB30-\uAB5A\uAB60-\uAB68\uAB70-\uABBF\uFB00-\uFB06\uFB13-\uFB17\uFF41-\uFF5A]|\uD801[\uDC28-\uDC4F\uDCD8-\uDCFB\uDD97-\uDDA1\uDDA3-\uDDB1\uDDB3-\uDDB9\uDDBB\uDDBC]|\uD803[\uDCC0-\uDCF2]|\uD806[\uDCC0-\uDCDF]|\uD81B[\uDE60-\uDE7F]|\uD835[\uDC1A-\uDC33\uDC4E-\uDC54\uDC56-\uDC67\uDC82-\uDC9B\uDCB6-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDCCF\uDCEA-\uDD03\uDD1E-\uDD37\uDD52-\uDD6B\uDD86-\uDD9F\uDDBA-\uDDD3\uDDEE-\uDE07\uDE22-\uDE3B\uDE56-\uDE6F\uDE8A-\uDEA5\uDEC2-\uDEDA\uDEDC-\uDEE1\uDEFC-\uDF14\uDF16-\uDF1B\uDF36-\uDF4E\uDF50-\uDF55\uDF70-\uDF88\uDF8A-\uDF8F\uDFAA-\uDFC2\uDFC4-\uDFC9\uDFCB]|\uD837[\uDF00-\uDF09\uDF0B-\uDF1E\uDF25-\uDF2A]|\uD83A[\uDD22-\uDD43])/;
var surrogates = /[\uD800-\uDFFF]/;
var punctuation = /[!"'-),-/:;?[-\]_{}\u00A1\u00A7\u00AB\u00B6\u00B7\u00BB\u00BF\u037E\u0387\u055A-\u055F\u0589\u058A\u05BE\u05C0\u05C3\u05C6\u05F3\u05F4\u0609\u060A\u060C\u060D\u061B\u061D-\u061F\u066A-\u066D\u06D4\u0700-\u070D\u07F7-\u07F9\u0830-\u083E\u085E\u0964\u0965\u0970\u09FD\u0A76\u0AF0\u0C77\u0C84\u0DF4\u0E4F\u0E5A\u0E5B\u0F04-\u0F12\u0F14\u0F3A-\u0F3D\u0F85\u0FD0-\u0FD4\u0FD9\u0FDA\u104A-\u104F\u10FB\u1360-\u1368\u1400\u166E\u169B\u169C\u16EB-\u16ED\u1735\u1736\u17D4-\u17D6\u17D8-\u17DA\u1800-\u180A\u1944\u1945\u1A1E\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B5A-\u1B60\u1B7D\u1B7E\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E\u1C7F\u1CC0-\u1CC7\u1CD3\u2010-\u201F\u2022-\u2027\u2032-\u203A\u203C-\u2043\u2045-\u2051\u2053-\u205E\u207D\u207E\u208D\u208E\u2308-\u230B\u2329\u232A\u2768-\u2775\u27C5\u27C6\u27E6-\u27EF\u2983-\u2998\u29D8-\u29DB\u29FC\u29FD\u2CF9-\u2CFC\u2CFE\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E4F\u2E52-\u2E5D\u3001-\u3003\u3008-\u3011\u3014-\u301F\u3030\u303D\u30A0\u30FB\uA4FE\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7\uA874-\uA877\uA8CE\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA95F\uA9C1-\uA9CD\uA9DE\uA9DF\uAA5C-\uAA5F\uAADE\uAADF\uAAF0\uAAF1\uABEB\uFD3E\uFD3F\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE61\uFE63\uFE68\uFE6A\uFE6B\uFF01-\uFF03\uFF05-\uFF0A\uFF0C-\uFF0F\uFF1A\uFF1B\uFF1F\uFF20\uFF3B-\uFF3D\uFF3F\uFF5B\uFF5D\uFF5F-\uFF65]|\uD800[\uDD00-\uDD02\uDF9F\uDFD0]|\uD801\uDD6F|\uD802[\uDC57\uDD1F\uDD3F\uDE50-\uDE58\uDE7F\uDEF0-\uDEF6\uDF39-\uDF3F\uDF99-\uDF9C]|\uD803[\uDEAD\uDF55-\uDF59\uDF86-\uDF89]|\uD804[\uDC47-\uDC4D\uDCBB\uDCBC\uDCBE-\uDCC1\uDD40-\uDD43\uDD74\uDD75\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDDF\uDE38-\uDE3D\uDEA9]|\uD805[\uDC4B-\uDC4F\uDC5A\uDC5B\uDC5D\uDCC6\uDDC1-\uDDD7\uDE41-\uDE43\uDE60-\uDE6C\uDEB9\uDF3C-\uDF3E]|\uD806[\uDC3B\uDD44-\uDD46\uDDE2\uDE3F-\uDE46\uDE9A-\uDE9C\uDE9E-\uDEA2\uDF00-\uDF09]|\uD807[\uDC41-\uDC45\uDC70\uDC71\uDEF7\uDEF8\uDF43-\uDF4F\uDFFF]|\uD809[\uDC70-\uDC74]|\uD80B[\uDFF1\uDFF2]|\uD81A[\uDE6E\uDE6F\uDEF5\uDF37-\uDF3B\uDF44]|\uD81B[\uDE97-\uDE9A\uDFE2]|\uD82F\uDC9F|\uD836[\uDE87-\uDE8B]|\uD83A[\uDD5E\uDD5F]/;
var word = /[\dA-Za-z\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u052F\u0531-\u0556\u0559\u0560-\u0588\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05EF-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u07FD\u0800-\u082D\u0840-\u085B\u0860-\u086A\u0870-\u0887\u0889-\u088E\u0898-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09F4-\u09F9\u09FC\u09FE\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B55-\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71-\u0B77\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BF2\u0C00-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3C-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C5D\u0C60-\u0C63\u0C66-\u0C6F\u0C78-\u0C7E\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDD\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1-\u0CF3\u0D00-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D63\u0D66-\u0D78\u0D7A-\u0D7F\u0D81-\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECE\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F33\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1369-\u137C\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1715\u171F-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u17F0-\u17F9\u180B-\u180D\u180F-\u1819\u1820-\u1878\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19DA\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ACE\u1B00-\u1B4C\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1C90-\u1CBA\u1CBD-\u1CBF\u1CD0-\u1CD2\u1CD4-\u1CFA\u1D00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2070\u2071\u2074-\u2079\u207F-\u2089\u2090-\u209C\u20D0-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2150-\u2189\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u2C00-\u2CE4\u2CEB-\u2CF3\u2CFD\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u3192-\u3195\u31A0-\u31BF\u31F0-\u31FF\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA672\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7CA\uA7D0\uA7D1\uA7D3\uA7D5-\uA7D9\uA7F2-\uA827\uA82C\uA830-\uA835\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD07-\uDD33\uDD40-\uDD78\uDD8A\uDD8B\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0-\uDEFB\uDF00-\uDF23\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDD70-\uDD7A\uDD7C-\uDD8A\uDD8C-\uDD92\uDD94\uDD95\uDD97-\uDDA1\uDDA3-\uDDB1\uDDB3-\uDDB9\uDDBB\uDDBC\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67\uDF80-\uDF85\uDF87-\uDFB0\uDFB2-\uDFBA]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC58-\uDC76\uDC79-\uDC9E\uDCA7-\uDCAF\uDCE0-\uDCF2\uDCF4\uDCF5\uDCFB-\uDD1B\uDD20-\uDD39\uDD80-\uDDB7\uDDBC-\uDDCF\uDDD2-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE35\uDE38-\uDE3A\uDE3F-\uDE48\uDE60-\uDE7E\uDE80-\uDE9F\uDEC0-\uDEC7\uDEC9-\uDEE6\uDEEB-\uDEEF\uDF00-\uDF35\uDF40-\uDF55\uDF58-\uDF72\uDF78-\uDF91\uDFA9-\uDFAF]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2\uDCFA-\uDD27\uDD30-\uDD39\uDE60-\uDE7E\uDE80-\uDEA9\uDEAB\uDEAC\uDEB0\uDEB1\uDEFD-\uDF27\uDF30-\uDF54\uDF70-\uDF85\uDFB0-\uDFCB\uDFE0-\uDFF6]|\uD804[\uDC00-\uDC46\uDC52-\uDC75\uDC7F-\uDCBA\uDCC2\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD44-\uDD47\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDC9-\uDDCC\uDDCE-\uDDDA\uDDDC\uDDE1-\uDDF4\uDE00-\uDE11\uDE13-\uDE37\uDE3E-\uDE41\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3B-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC5E-\uDC61\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB8\uDEC0-\uDEC9\uDF00-\uDF1A\uDF1D-\uDF2B\uDF30-\uDF3B\uDF40-\uDF46]|\uD806[\uDC00-\uDC3A\uDCA0-\uDCF2\uDCFF-\uDD06\uDD09\uDD0C-\uDD13\uDD15\uDD16\uDD18-\uDD35\uDD37\uDD38\uDD3B-\uDD43\uDD50-\uDD59\uDDA0-\uDDA7\uDDAA-\uDDD7\uDDDA-\uDDE1\uDDE3\uDDE4\uDE00-\uDE3E\uDE47\uDE50-\uDE99\uDE9D\uDEB0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC6C\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59\uDD60-\uDD65\uDD67\uDD68\uDD6A-\uDD8E\uDD90\uDD91\uDD93-\uDD98\uDDA0-\uDDA9\uDEE0-\uDEF6\uDF00-\uDF10\uDF12-\uDF3A\uDF3E-\uDF42\uDF50-\uDF59\uDFB0\uDFC0-\uDFD4]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|\uD80B[\uDF90-\uDFF0]|[\uD80C\uD81C-\uD820\uD822\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879\uD880-\uD883\uD885-\uD887][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2F\uDC40-\uDC55]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDE70-\uDEBE\uDEC0-\uDEC9\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF5B-\uDF61\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDE40-\uDE96\uDF00-\uDF4A\uDF4F-\uDF87\uDF8F-\uDF9F\uDFE0\uDFE1\uDFE3\uDFE4\uDFF0\uDFF1]|\uD821[\uDC00-\uDFF7]|\uD823[\uDC00-\uDCD5\uDD00-\uDD08]|\uD82B[\uDFF0-\uDFF3\uDFF5-\uDFFB\uDFFD\uDFFE]|\uD82C[\uDC00-\uDD22\uDD32\uDD50-\uDD52\uDD55\uDD64-\uDD67\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD833[\uDF00-\uDF2D\uDF30-\uDF46]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44\uDEC0-\uDED3\uDEE0-\uDEF3\uDF60-\uDF78]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD837[\uDF00-\uDF1E\uDF25-\uDF2A]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A\uDC30-\uDC6D\uDC8F\uDD00-\uDD2C\uDD30-\uDD3D\uDD40-\uDD49\uDD4E\uDE90-\uDEAE\uDEC0-\uDEF9]|\uD839[\uDCD0-\uDCF9\uDFE0-\uDFE6\uDFE8-\uDFEB\uDFED\uDFEE\uDFF0-\uDFFE]|\uD83A[\uDC00-\uDCC4\uDCC7-\uDCD6\uDD00-\uDD4B\uDD50-\uDD59]|\uD83B[\uDC71-\uDCAB\uDCAD-\uDCAF\uDCB1-\uDCB4\uDD01-\uDD2D\uDD2F-\uDD3D\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD83C[\uDD00-\uDD0C]|\uD83E[\uDFF0-\uDFF9]|\uD869[\uDC00-\uDEDF\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF39\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uD884[\uDC00-\uDF4A\uDF50-\uDFFF]|\uD888[\uDC00-\uDFAF]|\uDB40[\uDD00-\uDDEF]/;
var whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

// node_modules/parse-latin/lib/plugin/merge-affix-symbol.js
var mergeAffixSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children.length > 0 && index2 > 0) {
      const previous = parent.children[index2 - 1];
      const first = child.children[0];
      const second = child.children[1];
      if (previous && previous.type === "SentenceNode" && (first.type === "SymbolNode" || first.type === "PunctuationNode") && affixSymbol.test(toString(first))) {
        child.children.shift();
        previous.children.push(first);
        if (first.position && previous.position) {
          previous.position.end = first.position.end;
        }
        if (second && second.position && child.position) {
          child.position.start = second.position.start;
        }
        return index2 - 1;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/break-implicit-sentences.js
var breakImplicitSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if (child.type !== "SentenceNode") {
      return;
    }
    const children = child.children;
    let position3 = 0;
    while (++position3 < children.length - 1) {
      const node = children[position3];
      if (node.type !== "WhiteSpaceNode" || toString(node).split(/\r\n|\r|\n/).length < 3) {
        continue;
      }
      child.children = children.slice(0, position3);
      const insertion = {
        type: "SentenceNode",
        children: children.slice(position3 + 1)
      };
      const tail = children[position3 - 1];
      const head = children[position3 + 1];
      parent.children.splice(index2 + 1, 0, node, insertion);
      if (child.position && tail.position && head.position) {
        const end = child.position.end;
        child.position.end = tail.position.end;
        insertion.position = { start: head.position.start, end };
      }
      return index2 + 1;
    }
  }
);

// node_modules/parse-latin/lib/plugin/make-final-white-space-siblings.js
var makeFinalWhiteSpaceSiblings = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph | Root>}
   */
  function(child, index2, parent) {
    if ("children" in child) {
      const tail = child.children[child.children.length - 1];
      if (tail && tail.type === "WhiteSpaceNode") {
        child.children.pop();
        parent.children.splice(index2 + 1, 0, tail);
        const previous = child.children[child.children.length - 1];
        if (previous && previous.position && child.position) {
          child.position.end = previous.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/unist-util-visit-children/lib/index.js
function visitChildren(visitor) {
  return visit2;
  function visit2(parent) {
    const children = parent && parent.children;
    let index2 = -1;
    if (!children) {
      throw new Error("Missing children in `parent` for `visit`");
    }
    while (++index2 in children) {
      visitor(children[index2], index2, parent);
    }
  }
}

// node_modules/parse-latin/lib/plugin/make-initial-white-space-siblings.js
var makeInitialWhiteSpaceSiblings = visitChildren(
  /**
   * @type {import('unist-util-visit-children').Visitor<Paragraph | Root>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children) {
      const head = child.children[0];
      if (head && head.type === "WhiteSpaceNode") {
        child.children.shift();
        parent.children.splice(index2, 0, head);
        const next = child.children[0];
        if (next && next.position && child.position) {
          child.position.start = next.position.start;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-final-word-symbol.js
var mergeFinalWordSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (index2 > 0 && (child.type === "SymbolNode" || child.type === "PunctuationNode") && toString(child) === "-") {
      const children = parent.children;
      const previous = children[index2 - 1];
      const next = children[index2 + 1];
      if ((!next || next.type !== "WordNode") && previous && previous.type === "WordNode") {
        children.splice(index2, 1);
        previous.children.push(child);
        if (previous.position && child.position) {
          previous.position.end = child.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-initial-digit-sentences.js
var mergeInitialDigitSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    const previous = parent.children[index2 - 1];
    if (previous && previous.type === "SentenceNode" && child.type === "SentenceNode") {
      const head = child.children[0];
      if (head && head.type === "WordNode" && digitStart.test(toString(head))) {
        previous.children.push(...child.children);
        parent.children.splice(index2, 1);
        if (previous.position && child.position) {
          previous.position.end = child.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-initial-lower-case-letter-sentences.js
var mergeInitialLowerCaseLetterSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if (child.type === "SentenceNode" && index2 > 0) {
      const previous = parent.children[index2 - 1];
      const children = child.children;
      if (children.length > 0 && previous.type === "SentenceNode") {
        let position3 = -1;
        while (children[++position3]) {
          const node = children[position3];
          if (node.type === "WordNode") {
            if (!lowerInitial.test(toString(node))) {
              return;
            }
            previous.children.push(...children);
            parent.children.splice(index2, 1);
            if (previous.position && child.position) {
              previous.position.end = child.position.end;
            }
            return index2;
          }
          if (node.type === "SymbolNode" || node.type === "PunctuationNode") {
            return;
          }
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-initial-word-symbol.js
var mergeInitialWordSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (child.type !== "SymbolNode" && child.type !== "PunctuationNode" || toString(child) !== "&") {
      return;
    }
    const children = parent.children;
    const next = children[index2 + 1];
    if (index2 > 0 && children[index2 - 1].type === "WordNode" || !(next && next.type === "WordNode")) {
      return;
    }
    children.splice(index2, 1);
    next.children.unshift(child);
    if (next.position && child.position) {
      next.position.start = child.position.start;
    }
    return index2 - 1;
  }
);

// node_modules/parse-latin/lib/plugin/merge-initialisms.js
var mergeInitialisms = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (index2 > 0 && child.type === "PunctuationNode" && toString(child) === ".") {
      const previous = parent.children[index2 - 1];
      if (previous.type === "WordNode" && previous.children && previous.children.length !== 1 && previous.children.length % 2 !== 0) {
        let position3 = previous.children.length;
        let isAllDigits = true;
        while (previous.children[--position3]) {
          const otherChild = previous.children[position3];
          const value = toString(otherChild);
          if (position3 % 2 === 0) {
            if (value.length > 1) {
              return;
            }
            if (!numerical.test(value)) {
              isAllDigits = false;
            }
          } else if (value !== ".") {
            if (position3 < previous.children.length - 2) {
              break;
            } else {
              return;
            }
          }
        }
        if (!isAllDigits) {
          parent.children.splice(index2, 1);
          previous.children.push(child);
          if (previous.position && child.position) {
            previous.position.end = child.position.end;
          }
          return index2;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-inner-word-symbol.js
var mergeInnerWordSymbol = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    if (index2 > 0 && (child.type === "SymbolNode" || child.type === "PunctuationNode")) {
      const siblings = parent.children;
      const previous = siblings[index2 - 1];
      if (previous && previous.type === "WordNode") {
        let position3 = index2 - 1;
        const tokens = [];
        let queue = [];
        while (siblings[++position3]) {
          const sibling = siblings[position3];
          if (sibling.type === "WordNode") {
            tokens.push(...queue, ...sibling.children);
            queue = [];
          } else if ((sibling.type === "SymbolNode" || sibling.type === "PunctuationNode") && wordSymbolInner.test(toString(sibling))) {
            queue.push(sibling);
          } else {
            break;
          }
        }
        if (tokens.length > 0) {
          if (queue.length > 0) {
            position3 -= queue.length;
          }
          siblings.splice(index2, position3 - index2);
          previous.children.push(...tokens);
          const last = tokens[tokens.length - 1];
          if (previous.position && last.position) {
            previous.position.end = last.position.end;
          }
          return index2;
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-inner-word-slash.js
var mergeInnerWordSlash = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Sentence>}
   */
  function(child, index2, parent) {
    const siblings = parent.children;
    const previous = siblings[index2 - 1];
    if (previous && previous.type === "WordNode" && (child.type === "SymbolNode" || child.type === "PunctuationNode") && toString(child) === "/") {
      const previousValue = toString(previous);
      let tail = child;
      const queue = [child];
      let count = 1;
      let nextValue = "";
      const next = siblings[index2 + 1];
      if (next && next.type === "WordNode") {
        nextValue = toString(next);
        tail = next;
        queue.push(...next.children);
        count++;
      }
      if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
        previous.children.push(...queue);
        siblings.splice(index2, count);
        if (previous.position && tail.position) {
          previous.position.end = tail.position.end;
        }
        return index2;
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-non-word-sentences.js
var mergeNonWordSentences = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if ("children" in child) {
      let position3 = -1;
      while (child.children[++position3]) {
        if (child.children[position3].type === "WordNode") {
          return;
        }
      }
      const previous = parent.children[index2 - 1];
      if (previous && "children" in previous) {
        previous.children.push(...child.children);
        parent.children.splice(index2, 1);
        if (previous.position && child.position) {
          previous.position.end = child.position.end;
        }
        return index2;
      }
      const next = parent.children[index2 + 1];
      if (next && "children" in next) {
        next.children.unshift(...child.children);
        if (next.position && child.position) {
          next.position.start = child.position.start;
        }
        parent.children.splice(index2, 1);
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-prefix-exceptions.js
var abbreviationPrefix = new RegExp(
  "^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$"
);
var mergePrefixExceptions = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children.length > 1) {
      const period = child.children[child.children.length - 1];
      if (period && (period.type === "PunctuationNode" || period.type === "SymbolNode") && toString(period) === ".") {
        const node = child.children[child.children.length - 2];
        if (node && node.type === "WordNode" && abbreviationPrefix.test(toString(node).toLowerCase())) {
          node.children.push(period);
          child.children.pop();
          if (period.position && node.position) {
            node.position.end = period.position.end;
          }
          const next = parent.children[index2 + 1];
          if (next && next.type === "SentenceNode") {
            child.children.push(...next.children);
            parent.children.splice(index2 + 1, 1);
            if (next.position && child.position) {
              child.position.end = next.position.end;
            }
            return index2 - 1;
          }
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/merge-remaining-full-stops.js
var mergeRemainingFullStops = visitChildren(
  /**
   * @type {import('unist-util-visit-children').Visitor<Paragraph>}
   */
  // eslint-disable-next-line complexity
  function(child, _, _parent) {
    if ("children" in child) {
      let position3 = child.children.length;
      let hasFoundDelimiter = false;
      while (child.children[--position3]) {
        const grandchild = child.children[position3];
        if (grandchild.type !== "SymbolNode" && grandchild.type !== "PunctuationNode") {
          if (grandchild.type === "WordNode") {
            hasFoundDelimiter = true;
          }
          continue;
        }
        if (!terminalMarker.test(toString(grandchild))) {
          continue;
        }
        if (!hasFoundDelimiter) {
          hasFoundDelimiter = true;
          continue;
        }
        if (toString(grandchild) !== ".") {
          continue;
        }
        const previous = child.children[position3 - 1];
        const next = child.children[position3 + 1];
        if (previous && previous.type === "WordNode") {
          const nextNext = child.children[position3 + 2];
          if (next && nextNext && next.type === "WhiteSpaceNode" && toString(nextNext) === ".") {
            continue;
          }
          child.children.splice(position3, 1);
          previous.children.push(grandchild);
          if (grandchild.position && previous.position) {
            previous.position.end = grandchild.position.end;
          }
          position3--;
        } else if (next && next.type === "WordNode") {
          child.children.splice(position3, 1);
          next.children.unshift(grandchild);
          if (grandchild.position && next.position) {
            next.position.start = grandchild.position.start;
          }
        }
      }
    }
  }
);

// node_modules/parse-latin/lib/plugin/remove-empty-nodes.js
var removeEmptyNodes = modifyChildren(
  /**
   * @type {import('unist-util-modify-children').Modifier<Paragraph | Root>}
   */
  function(child, index2, parent) {
    if ("children" in child && child.children.length === 0) {
      parent.children.splice(index2, 1);
      return index2;
    }
  }
);

// node_modules/parse-latin/lib/plugin/patch-position.js
var patchPosition = visitChildren(
  /**
   * @type {import('unist-util-visit-children').Visitor<Paragraph | Root | Sentence>}
   */
  function(child, index2, node) {
    const siblings = node.children;
    if (child.position && index2 < 1 && /* c8 ignore next */
    (!node.position || !node.position.start)) {
      patch(node);
      node.position.start = child.position.start;
    }
    if (child.position && index2 === siblings.length - 1 && (!node.position || !node.position.end)) {
      patch(node);
      node.position.end = child.position.end;
    }
  }
);
function patch(node) {
  if (!node.position) {
    node.position = {};
  }
}

// node_modules/parse-latin/lib/index.js
var ParseLatin = class {
  /**
   * Create a new parser.
   *
   * This additionally supports `retext`-like call: where an instance is
   * created for each file, and the file is given on construction.
   *
   * @param {string | null | undefined} [doc]
   *   Value to parse (optional).
   * @param {VFile | null | undefined} [file]
   *   Corresponding file (optional).
   */
  constructor(doc, file) {
    const value = file || doc;
    this.doc = value ? String(value) : void 0;
    this.tokenizeRootPlugins = [...this.tokenizeRootPlugins];
    this.tokenizeParagraphPlugins = [...this.tokenizeParagraphPlugins];
    this.tokenizeSentencePlugins = [...this.tokenizeSentencePlugins];
  }
  /**
   * Turn natural language into a syntax tree.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Root}
   *   Tree.
   */
  parse(value) {
    return this.tokenizeRoot(value || this.doc);
  }
  /**
   * Parse as a root.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Root}
   *   Built tree.
   */
  tokenizeRoot(value) {
    const paragraph = this.tokenizeParagraph(value);
    const result = {
      type: "RootNode",
      children: splitNode(paragraph, "WhiteSpaceNode", newLine)
    };
    let index2 = -1;
    while (this.tokenizeRootPlugins[++index2]) {
      this.tokenizeRootPlugins[index2](result);
    }
    return result;
  }
  /**
   * Parse as a paragraph.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Paragraph}
   *   Built tree.
   */
  tokenizeParagraph(value) {
    const sentence = this.tokenizeSentence(value);
    const result = {
      type: "ParagraphNode",
      children: splitNode(sentence, "PunctuationNode", terminalMarker)
    };
    let index2 = -1;
    while (this.tokenizeParagraphPlugins[++index2]) {
      this.tokenizeParagraphPlugins[index2](result);
    }
    return result;
  }
  /**
   * Parse as a sentence.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Sentence}
   *   Built tree.
   */
  tokenizeSentence(value) {
    const children = this.tokenize(value);
    const result = { type: "SentenceNode", children };
    let index2 = -1;
    while (this.tokenizeSentencePlugins[++index2]) {
      this.tokenizeSentencePlugins[index2](result);
    }
    return result;
  }
  /**
   *  Transform a `value` into a list of nlcsts.
   *
   * @param {string | null | undefined} [value]
   *   Value to parse (optional).
   * @returns {Array<SentenceContent>}
   *   Built sentence content.
   */
  tokenize(value) {
    const children = [];
    if (!value) {
      return children;
    }
    const currentPoint = { line: 1, column: 1, offset: 0 };
    let from = 0;
    let index2 = 0;
    let start = { ...currentPoint };
    let previousType;
    let previous;
    while (index2 < value.length) {
      const current = value.charAt(index2);
      const currentType = whiteSpace.test(current) ? "WhiteSpaceNode" : punctuation.test(current) ? "PunctuationNode" : word.test(current) ? "WordNode" : "SymbolNode";
      if (from < index2 && previousType && currentType && !(previousType === currentType && // Words or white space continue.
      (previousType === "WordNode" || previousType === "WhiteSpaceNode" || // Same character of punctuation or symbol also continues.
      current === previous || // Surrogates of  punctuation or symbol also continue.
      surrogates.test(current)))) {
        children.push(createNode(previousType, value.slice(from, index2)));
        from = index2;
        start = { ...currentPoint };
      }
      if (current === "\r" || current === "\n" && previous !== "\r") {
        currentPoint.line++;
        currentPoint.column = 1;
      } else if (current !== "\n") {
        currentPoint.column++;
      }
      currentPoint.offset++;
      previousType = currentType;
      previous = current;
      index2++;
    }
    if (previousType && from < index2) {
      children.push(createNode(previousType, value.slice(from, index2)));
    }
    return children;
    function createNode(type, value2) {
      return type === "WordNode" ? {
        type: "WordNode",
        children: [
          {
            type: "TextNode",
            value: value2,
            position: { start, end: { ...currentPoint } }
          }
        ],
        position: { start, end: { ...currentPoint } }
      } : { type, value: value2, position: { start, end: { ...currentPoint } } };
    }
  }
};
ParseLatin.prototype.tokenizeSentencePlugins = [
  mergeInitialWordSymbol,
  mergeFinalWordSymbol,
  mergeInnerWordSymbol,
  mergeInnerWordSlash,
  mergeInitialisms,
  patchPosition
];
ParseLatin.prototype.tokenizeParagraphPlugins = [
  mergeNonWordSentences,
  mergeAffixSymbol,
  mergeInitialLowerCaseLetterSentences,
  mergeInitialDigitSentences,
  mergePrefixExceptions,
  mergeAffixExceptions,
  mergeRemainingFullStops,
  makeInitialWhiteSpaceSiblings,
  makeFinalWhiteSpaceSiblings,
  breakImplicitSentences,
  removeEmptyNodes,
  patchPosition
];
ParseLatin.prototype.tokenizeRootPlugins = [
  makeInitialWhiteSpaceSiblings,
  makeFinalWhiteSpaceSiblings,
  removeEmptyNodes,
  patchPosition
];
function splitNode(node, childType, expression) {
  const result = [];
  let index2 = -1;
  let start = 0;
  while (++index2 < node.children.length) {
    const token = node.children[index2];
    if (index2 === node.children.length - 1 || token.type === childType && expression.test(toString(token))) {
      const parent = {
        type: node.type,
        children: node.children.slice(start, index2 + 1)
      };
      const first = node.children[start];
      const last = token;
      if (first.position && last.position) {
        parent.position = {
          start: first.position.start,
          end: last.position.end
        };
      }
      result.push(parent);
      start = index2 + 1;
    }
  }
  return result;
}

// node_modules/retext-latin/lib/index.js
function retextLatin() {
  const self = (
    /** @type {import('unified').Processor<Root>} */
    this
  );
  self.parser = parser;
  function parser(value) {
    const parser2 = new ParseLatin();
    add(parser2.tokenizeParagraphPlugins, self.data("nlcstParagraphExtensions"));
    add(parser2.tokenizeRootPlugins, self.data("nlcstRootExtensions"));
    add(parser2.tokenizeSentencePlugins, self.data("nlcstSentenceExtensions"));
    return parser2.parse(value);
  }
}
function add(list, values) {
  if (values) list.unshift(...values);
}

// node_modules/retext-stringify/lib/index.js
function retextStringify() {
  const self = (
    /** @type {import('unified').Processor<undefined, undefined, undefined, Root, string>} */
    // @ts-expect-error -- TS in JSDoc doesn’t understand `this`.
    this
  );
  self.compiler = compiler;
}
function compiler(tree) {
  return toString(tree);
}

// node_modules/retext/index.js
var retext = unified().use(retextLatin).use(retextStringify).freeze();

// node_modules/nlcst-normalize/lib/index.js
function normalize(value, options) {
  let result = (typeof value === "string" ? value : toString(value)).toLowerCase().replace(/’/g, "'");
  if (!options || !options.allowDashes) {
    result = result.replace(/-/g, "");
  }
  if (!options || !options.allowApostrophes) {
    result = result.replace(/'/g, "");
  }
  return result;
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok2;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks.length) {
      if (checks[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all);
  function all(node) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node
    );
    let key;
    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check) {
  return castFactory(type);
  function type(node) {
    return node && node.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value, index2, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node, index2, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node && typeof node === "object" ? node : {}
    );
    if (typeof value.type === "string") {
      const name = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit2, "name", {
        value: "node (" + color(node.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit2;
    function visit2() {
      const matches = !check || is2(node, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node, parents, index2));
        if (result[0] === EXIT) {
          return result;
        }
      }
      if ("children" in node && node.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit && matches) {
        const exitResult = toResult(exit(node, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
}

// node_modules/unist-util-visit/lib/index.js
function visit(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, maybeReverse) {
  let check;
  let visitors;
  let reverse;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    reverse = maybeReverse;
  } else {
    visitors = /** @type {Visitor | Visitors} */
    testOrEnterOrVisitors;
    reverse = enterOrVisitorsOrReverse;
  }
  if (typeof visitors === "function") {
    visitParents(tree, check, wrap2(visitors), reverse);
  } else {
    visitParents(tree, check, wrapVisitors(visitors), reverse);
  }
}
function wrapVisitors(visitors) {
  if (!visitors || typeof visitors !== "object") return visitors;
  return {
    enter: typeof visitors.enter === "function" ? wrap2(visitors.enter) : visitors.enter,
    exit: typeof visitors.exit === "function" ? wrap2(visitors.exit) : visitors.exit
  };
}
function wrap2(visitor) {
  return overload;
  function overload(node, parents, index2) {
    return visitor(node, index2, parents[parents.length - 1]);
  }
}

// node_modules/nlcst-is-literal/lib/index.js
var single = [
  "-",
  // Hyphen-minus
  "\u2013",
  // En dash
  "\u2014",
  // Em dash
  ":",
  // Colon
  ";"
  // Semi-colon
];
var pairs = {
  ",": [","],
  "-": ["-"],
  "\u2013": ["\u2013"],
  "\u2014": ["\u2014"],
  '"': ['"'],
  "'": ["'"],
  "\u2018": ["\u2019"],
  "\u201A": ["\u2019"],
  "\u2019": ["\u2019", "\u201A"],
  "\u201C": ["\u201D"],
  "\u201D": ["\u201D"],
  "\u201E": ["\u201D", "\u201C"],
  "\xAB": ["\xBB"],
  "\xBB": ["\xAB"],
  "\u2039": ["\u203A"],
  "\u203A": ["\u2039"],
  "(": [")"],
  "[": ["]"],
  "{": ["}"],
  "\u27E8": ["\u27E9"],
  "\u300C": ["\u300D"]
};
var open = Object.keys(pairs);
function isLiteral(parent, index2) {
  if (!(parent && parent.children)) {
    throw new Error("Parent must be a node");
  }
  const siblings = parent.children;
  if (index2 !== null && typeof index2 === "object" && "type" in index2) {
    index2 = siblings.indexOf(index2);
    if (index2 === -1) {
      throw new Error("Node must be a child of `parent`");
    }
  }
  if (typeof index2 !== "number" || Number.isNaN(index2)) {
    throw new TypeError("Index must be a number");
  }
  return Boolean(
    !containsWord(parent, -1, index2) && siblingDelimiter(parent, index2, 1, single) || !containsWord(parent, index2, siblings.length) && siblingDelimiter(parent, index2, -1, single) || isWrapped(parent, index2)
  );
}
function isWrapped(parent, position3) {
  const previous = siblingDelimiter(parent, position3, -1, open);
  if (previous) {
    return siblingDelimiter(parent, position3, 1, pairs[toString(previous)]) !== void 0;
  }
  return false;
}
function siblingDelimiter(parent, position3, step, delimiters) {
  let index2 = position3 + step;
  while (index2 > -1 && index2 < parent.children.length) {
    const sibling = parent.children[index2];
    if (sibling.type === "WordNode" || sibling.type === "SourceNode") {
      break;
    }
    if (sibling.type !== "WhiteSpaceNode") {
      return delimiters.includes(toString(sibling)) ? sibling : void 0;
    }
    index2 += step;
  }
}
function containsWord(parent, start, end) {
  while (++start < end) {
    if (parent.children[start].type === "WordNode") {
      return true;
    }
  }
  return false;
}

// node_modules/nlcst-search/lib/index.js
var own3 = {}.hasOwnProperty;
function search(tree, phrases, handler, options) {
  const config = options || {};
  if (!tree || !tree.type) {
    throw new Error("Expected node");
  }
  if (typeof phrases !== "object") {
    throw new TypeError("Expected object for phrases");
  }
  const byWord = { "*": [] };
  let index2 = -1;
  while (++index2 < phrases.length) {
    const phrase = phrases[index2];
    const firstWord = normalize(phrase.split(" ", 1)[0], config);
    if (own3.call(byWord, firstWord)) {
      byWord[firstWord].push(phrase);
    } else {
      byWord[firstWord] = [phrase];
    }
  }
  visit(tree, "WordNode", (node, position3, parent) => {
    if (!parent || position3 === void 0 || !config.allowLiterals && isLiteral(parent, position3)) {
      return;
    }
    const word2 = normalize(node, config);
    const phrases2 = own3.call(byWord, word2) ? [...byWord["*"], ...byWord[word2]] : byWord["*"];
    let index3 = -1;
    while (++index3 < phrases2.length) {
      const result = test(phrases2[index3], position3, parent);
      if (result) {
        handler(result, position3, parent, phrases2[index3]);
      }
    }
  });
  function test(phrase, position3, parent) {
    const siblings = parent.children;
    const start = position3;
    const expressions = phrase.split(" ").slice(1);
    let index3 = -1;
    position3++;
    while (++index3 < expressions.length) {
      while (position3 < siblings.length) {
        if (siblings[position3].type !== "WhiteSpaceNode") break;
        position3++;
      }
      if (!siblings[position3] || siblings[position3].type !== "WordNode" || expressions[index3] !== "*" && normalize(expressions[index3], config) !== normalize(siblings[position3], config)) {
        return;
      }
      position3++;
    }
    return siblings.slice(start, position3);
  }
}

// node_modules/quotation/index.js
var quotation = (
  /**
   * @type {{
   *   (value: string, open?: string | null | undefined, close?: string | null | undefined): string
   *   (value: ReadonlyArray<string>, open?: string | null | undefined, close?: string | null | undefined): string[]
   * }}
   */
  /**
   * @param {ReadonlyArray<string> | string} value
   * @param {string | null | undefined} open
   * @param {string | null | undefined} close
   * @returns {Array<string> | string}
   */
  (function(value, open2, close) {
    const start = open2 || '"';
    const end = close || start;
    let index2 = -1;
    if (Array.isArray(value)) {
      const list = (
        /** @type {ReadonlyArray<string>} */
        value
      );
      const result = [];
      while (++index2 < list.length) {
        result[index2] = start + list[index2] + end;
      }
      return result;
    }
    if (typeof value === "string") {
      return start + value + end;
    }
    throw new TypeError("Expected string or array of strings");
  })
);

// node_modules/unist-util-position/lib/index.js
var pointEnd = point2("end");
var pointStart = point2("start");
function point2(type) {
  return point3;
  function point3(node) {
    const point4 = node && node.position && node.position[type] || {};
    if (typeof point4.line === "number" && point4.line > 0 && typeof point4.column === "number" && point4.column > 0) {
      return {
        line: point4.line,
        column: point4.column,
        offset: typeof point4.offset === "number" && point4.offset > -1 ? point4.offset : void 0
      };
    }
  }
}

// node_modules/retext-equality/lib/create-plugin.js
var emptyOptions = {};
var emptyList = [];
function createPlugin(patterns2, lang) {
  const source = "retext-equality" + (lang === "en" ? "" : "-" + lang);
  const handlers = { basic, or };
  const byId = /* @__PURE__ */ new Map();
  const byPhrase = /* @__PURE__ */ new Map();
  const apostrophes = /* @__PURE__ */ new Set();
  unpack();
  return function(options) {
    const settings = options || emptyOptions;
    const ignore = settings.ignore || emptyList;
    const binary = settings.binary || false;
    const noNormalize = [];
    const normalize2 = [];
    for (const item of byPhrase.keys()) {
      if (ignore.includes(item)) {
        continue;
      }
      if (apostrophes.has(item)) {
        noNormalize.push(item);
      } else {
        normalize2.push(item);
      }
    }
    return function(tree, file) {
      visit(tree, "ParagraphNode", function(node) {
        const matchesById = /* @__PURE__ */ new Map();
        search(node, normalize2, handle);
        search(node, noNormalize, handle, { allowApostrophes: true });
        for (const [id, matches] of matchesById.entries()) {
          const pattern = byId.get(id);
          ok(pattern);
          const kind = !binary && pattern.type === "or" ? "basic" : pattern.type;
          handlers[kind](matches, pattern, file);
        }
        return SKIP;
        function handle(match, position3, parent, phrase) {
          const id = byPhrase.get(phrase);
          ok(id);
          if (phrase !== phrase.toLowerCase() && toString(match) !== phrase) {
            return;
          }
          const pattern = byId.get(id);
          ok(pattern);
          let matches = matchesById.get(id);
          if (!matches) {
            matches = [];
            matchesById.set(id, matches);
          }
          matches.push({
            end: position3 + match.length - 1,
            nodes: match,
            parent,
            start: position3,
            type: pattern.inconsiderate[phrase]
          });
        }
      });
    };
  };
  function unpack() {
    let index2 = -1;
    while (++index2 < patterns2.length) {
      const pattern = patterns2[index2];
      byId.set(pattern.id, pattern);
      let phrase;
      for (phrase in pattern.inconsiderate) {
        if (Object.hasOwn(pattern.inconsiderate, phrase)) {
          byPhrase.set(phrase, pattern.id);
          if (pattern.apostrophe) apostrophes.add(phrase);
        }
      }
    }
  }
  function basic(matches, pattern, file) {
    let index2 = -1;
    while (++index2 < matches.length) {
      warn(file, matches[index2], pattern);
    }
  }
  function or(matches, pattern, file) {
    let index2 = -1;
    while (++index2 < matches.length) {
      const match = matches[index2];
      const siblings = match.parent.children;
      const next = matches[index2 + 1];
      if (next && next.parent === match.parent && next.type !== match.type) {
        let start = match.end;
        while (++start < next.start) {
          const sibling = siblings[start];
          if (sibling.type === "WhiteSpaceNode" || sibling.type === "WordNode" && /(and|or)/.test(normalize(sibling)) || sibling.type === "PunctuationNode" && normalize(sibling) === "/") {
            continue;
          }
          break;
        }
        if (start === next.start) {
          index2++;
          continue;
        }
      }
      warn(file, match, pattern);
    }
  }
  function warn(file, match, pattern) {
    const actual = toString(match.nodes);
    let expected;
    if (pattern.considerate) {
      expected = Object.keys(pattern.considerate);
      if (actual.charAt(0).toUpperCase() === actual.charAt(0)) {
        let index2 = -1;
        while (++index2 < expected.length) {
          expected[index2] = expected[index2].charAt(0).toUpperCase() + expected[index2].slice(1);
        }
      }
    }
    const end = pointEnd(match.nodes[match.nodes.length - 1]);
    const start = pointStart(match.nodes[0]);
    const message = file.message(
      "Unexpected potentially insensitive use of " + quotation(actual, "`") + (pattern.condition ? ", " + pattern.condition : "") + ", " + (expected ? "in somes cases " + quotation(expected, "`").join(", ") + " may be better" : "try not to use it"),
      {
        ancestors: [match.parent],
        /* c8 ignore next -- verbose to test. */
        place: end && start ? { start, end } : void 0,
        ruleId: pattern.id,
        source
      }
    );
    message.actual = actual;
    message.expected = expected;
    message.note = pattern.note;
    message.url = "https://github.com/retextjs/retext-equality#readme";
  }
}

// node_modules/retext-equality/lib/patterns-en.js
var patterns = [
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "non-disabled": "a"
    },
    "id": "ablebodied",
    "inconsiderate": {
      "ablebodied": "a"
    },
    "note": "Can imply that people with disabilities lack the ability to use their bodies well. Sometimes `typical` can be used. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "performer": "a",
      "star": "a",
      "artist": "a",
      "entertainer": "a"
    },
    "id": "actor-actress",
    "inconsiderate": {
      "actress": "female",
      "actor": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "performers": "a",
      "stars": "a",
      "artists": "a",
      "entertainers": "a"
    },
    "id": "actors-actresses",
    "inconsiderate": {
      "actresses": "female",
      "actors": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "disorganized": "a",
      "distracted": "a",
      "energetic": "a",
      "hyperactive": "a",
      "impetuous": "a",
      "impulsive": "a",
      "inattentive": "a",
      "restless": "a",
      "unfocused": "a"
    },
    "id": "add",
    "inconsiderate": {
      "ADD": "a",
      "adhd": "a",
      "a.d.d.": "a",
      "a.d.h.d.": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with a drug addiction": "a",
      "person recovering from a drug addiction": "a"
    },
    "id": "addict",
    "inconsiderate": {
      "addict": "a",
      "junkie": "a"
    },
    "note": "Addiction is a neurobiological disease. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "people with a drug addiction": "a",
      "people recovering from a drug addiction": "a"
    },
    "id": "addicts",
    "inconsiderate": {
      "addicts": "a",
      "junkies": "a"
    },
    "note": "Addiction is a neurobiological disease. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with AIDS": "a"
    },
    "id": "aids-victim",
    "inconsiderate": {
      "suffering from aids": "a",
      "suffer from aids": "a",
      "suffers from aids": "a",
      "afflicted with aids": "a",
      "victim of aids": "a",
      "aids victim": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "pilot": "a",
      "aviator": "a",
      "airstaff": "a"
    },
    "id": "aircrewwoman-airman",
    "inconsiderate": {
      "aircrewwoman": "female",
      "aircrew woman": "female",
      "aircrewman": "male",
      "airman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "pilots": "a",
      "aviators": "a",
      "airstaff": "a"
    },
    "id": "aircrewwomen-airmen",
    "inconsiderate": {
      "aircrewwomen": "female",
      "aircrew women": "female",
      "aircrewmen": "male",
      "airmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "someone with an alcohol problem": "a"
    },
    "id": "alcoholic",
    "inconsiderate": {
      "alcoholic": "a",
      "alcohol abuser": "a"
    },
    "note": "Alcoholism is a neurobiological disease. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "cabinet member": "a"
    },
    "id": "alderman-alderwoman",
    "inconsiderate": {
      "alderwoman": "female",
      "alderman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "cabinet": "a",
      "cabinet members": "a",
      "alderperson": "a"
    },
    "id": "aldermen-alderwomen",
    "inconsiderate": {
      "alderwomen": "female",
      "aldermen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "graduate": "a"
    },
    "id": "alumna-alumnus",
    "inconsiderate": {
      "alumna": "female",
      "alumnus": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "graduates": "a"
    },
    "id": "alumnae-alumni",
    "inconsiderate": {
      "alumnae": "female",
      "alumni": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with an amputation": "a"
    },
    "id": "amputee",
    "inconsiderate": {
      "amputee": "a"
    },
    "note": "Refer to the person, rather than the condition, first. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "ancient civilization": "a",
      "ancient people": "a"
    },
    "id": "ancient-man",
    "inconsiderate": {
      "ancient man": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "assembly person": "a",
      "assembly worker": "a"
    },
    "id": "assemblyman-assemblywoman",
    "inconsiderate": {
      "assemblywoman": "female",
      "assemblyman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "psychiatric hospital": "a",
      "mental health hospital": "a"
    },
    "id": "asylum",
    "inconsiderate": {
      "asylum": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "relative": "a"
    },
    "id": "aunt-uncle",
    "inconsiderate": {
      "kinswoman": "female",
      "aunt": "female",
      "kinsman": "male",
      "uncle": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "relatives": "a"
    },
    "id": "aunts-uncles",
    "inconsiderate": {
      "kinswomen": "female",
      "aunts": "female",
      "kinsmen": "male",
      "uncles": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "author": "a",
      "writer": "a"
    },
    "id": "authoress",
    "inconsiderate": {
      "authoress": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "average consumer": "a",
      "average household": "a",
      "average homemaker": "a"
    },
    "id": "average-housewife",
    "inconsiderate": {
      "average housewife": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "average person": "a"
    },
    "id": "average-man",
    "inconsiderate": {
      "average man": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "average wage earner": "a",
      "average taxpayer": "a"
    },
    "id": "average-working-man",
    "inconsiderate": {
      "average working man": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "aviator": "a"
    },
    "id": "aviatrix",
    "inconsiderate": {
      "aviatrix": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "empty": "a",
      "sterile": "a",
      "infertile": "a"
    },
    "id": "barren",
    "inconsiderate": {
      "barren": "a"
    },
    "note": "Source: https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "id": "basically",
    "inconsiderate": {
      "basically": "a"
    },
    "note": "It\u2019s probably not that basic. If you\u2019re going to explain a confusing previous sentence with a clearer next sentence, why not drop the former and only use the latter? (source: https://css-tricks.com/words-avoid-educational-writing/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "non-discrimination law": "a",
      "non-discrimination ordinance": "a"
    },
    "id": "bathroom-bill",
    "inconsiderate": {
      "bathroom bill": "a"
    },
    "note": "A term created and used by far-right extremists to oppose nondiscrimination laws that protect transgender people (source: https://www.glaad.org/reference/transgender)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "chaos": "a",
      "hectic": "a",
      "pandemonium": "a"
    },
    "id": "bedlam",
    "inconsiderate": {
      "bedlam": "a",
      "madhouse": "a",
      "loony bin": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "bisexual": "a"
    },
    "id": "bi",
    "inconsiderate": {
      "bi": "a"
    },
    "note": "Avoid using slang shorthand (source: https://www.glaad.org/reference/style)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "enthusiastic": "a",
      "spree": "a"
    },
    "id": "binge",
    "inconsiderate": {
      "binge": "a"
    },
    "note": "Binge might be insensitive towards folks with eating or drinking disorders (source: https://github.com/retextjs/retext-equality/issues/110)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "fluctuating": "a",
      "person with bipolar disorder": "a"
    },
    "id": "bipolar",
    "inconsiderate": {
      "bipolar": "a"
    },
    "note": "Only use terms describing mental illness when referring to a professionally diagnosed medical condition. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "has a disability": "a",
      "person with a disability": "a",
      "people with disabilities": "a"
    },
    "id": "birth-defect",
    "inconsiderate": {
      "birth defect": "a"
    },
    "note": "Assumes/implies that a person with a disability is deficient or inferior to others. When possible, specify the functional ability or its restriction. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "unethical hacker": "a",
      "malicious actor": "a"
    },
    "id": "blackhat",
    "inconsiderate": {
      "blackhat": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "blocklist": "a",
      "wronglist": "a",
      "banlist": "a",
      "deny list": "a"
    },
    "id": "blacklist",
    "inconsiderate": {
      "blacklist": "a",
      "black list": "a"
    },
    "note": "Replace racially-charged language with more accurate and inclusive words",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "blocklisted": "a",
      "wronglisted": "a",
      "banlisted": "a",
      "deny-listed": "a"
    },
    "id": "blacklisted",
    "inconsiderate": {
      "blacklisted": "a"
    },
    "note": "Replace racially-charged language with more accurate and inclusive words",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "blocklisting": "a",
      "wronglisting": "a",
      "banlisting": "a",
      "deny-listing": "a"
    },
    "id": "blacklisting",
    "inconsiderate": {
      "blacklisting": "a"
    },
    "note": "Replace racially-charged language with more accurate and inclusive words",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "bogeymonster": "a"
    },
    "id": "bogeyman-bogeywoman",
    "inconsiderate": {
      "bogeywoman": "female",
      "bogeyman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "bogeymonster": "a"
    },
    "id": "bogieman-bogiewoman",
    "inconsiderate": {
      "bogiewoman": "female",
      "bogieman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "bogeymonsters": "a"
    },
    "id": "bogiemen-bogiewomen",
    "inconsiderate": {
      "bogiewomen": "female",
      "bogiemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "bonder": "a"
    },
    "id": "bondsman-bondswoman",
    "inconsiderate": {
      "bondswoman": "female",
      "bondsman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "bonders": "a"
    },
    "id": "bondsmen-bondswomen",
    "inconsiderate": {
      "bondswomen": "female",
      "bondsmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "thin": "a",
      "slim": "a"
    },
    "id": "bony",
    "inconsiderate": {
      "anorexic": "a",
      "bony": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "boogeymonster": "a"
    },
    "id": "boogeyman-boogeywoman",
    "inconsiderate": {
      "boogeywoman": "female",
      "boogeyman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "boogeymonster": "a"
    },
    "id": "boogieman-boogiewoman",
    "inconsiderate": {
      "boogiewoman": "female",
      "boogieman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "boogeymonsters": "a"
    },
    "id": "boogiemen-boogiewomen",
    "inconsiderate": {
      "boogiewomen": "female",
      "boogiemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "assigned male at birth": "a",
      "designated male at birth": "a"
    },
    "id": "born-a-man",
    "inconsiderate": {
      "biologically male": "a",
      "born a man": "a",
      "genetically male": "a"
    },
    "note": "Assigned birth gender is complicated; gender identity is more than what your parents decided you were at birth",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "assigned female at birth": "a",
      "designated female at birth": "a"
    },
    "id": "born-a-woman",
    "inconsiderate": {
      "biologically female": "a",
      "born a woman": "a",
      "genetically female": "a"
    },
    "note": "Assigned birth gender is complicated; gender identity is more than what your parents decided you were at birth",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "condition": "when referring to a person",
    "considerate": {
      "kid": "a",
      "child": "a",
      "youth": "a"
    },
    "id": "boy-girl",
    "inconsiderate": {
      "girl": "female",
      "boy": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "partner": "a",
      "friend": "a",
      "significant other": "a"
    },
    "id": "boyfriend-girlfriend",
    "inconsiderate": {
      "girlfriend": "female",
      "boyfriend": "male"
    },
    "note": "Source: https://www.bustle.com/articles/108321-6-reasons-to-refer-to-your-significant-other-as-your-partner",
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "partners": "a",
      "friends": "a",
      "significant others": "a"
    },
    "id": "boyfriends-girlfriends",
    "inconsiderate": {
      "girlfriends": "female",
      "boyfriends": "male"
    },
    "note": "Source: https://www.bustle.com/articles/108321-6-reasons-to-refer-to-your-significant-other-as-your-partner",
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "childhood": "a"
    },
    "id": "boyhood-girlhood",
    "inconsiderate": {
      "girlhood": "female",
      "boyhood": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "childish": "a"
    },
    "id": "boyish-girly",
    "inconsiderate": {
      "girly": "female",
      "girlish": "female",
      "boyish": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "spouse": "a",
      "newlywed": "a"
    },
    "id": "bride-groom",
    "inconsiderate": {
      "bride": "female",
      "groom": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "sibling": "a"
    },
    "id": "brother-sister",
    "inconsiderate": {
      "sister": "female",
      "brother": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "the human family": "a"
    },
    "id": "brotherhood-of-man",
    "inconsiderate": {
      "brotherhood of man": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "kinship": "a",
      "community": "a"
    },
    "id": "brotherhood-sisterhood",
    "inconsiderate": {
      "sisterhood": "female",
      "brotherhood": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "siblings": "a"
    },
    "id": "brothers-sisters",
    "inconsiderate": {
      "sisters": "female",
      "brothers": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with prominent teeth": "a",
      "prominent teeth": "a"
    },
    "id": "buckteeth",
    "inconsiderate": {
      "bucktoothed": "a",
      "buckteeth": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "bug report": "a",
      "snapshot": "a"
    },
    "id": "bugreport",
    "inconsiderate": {
      "bugreport": "a"
    },
    "note": "Avoid using `bugreport`, as the word `bugre` is a slur in Brazilian Portuguese",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "model": "a"
    },
    "id": "calendar-girl",
    "inconsiderate": {
      "calendar girl": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "escort": "a",
      "prostitute": "a",
      "sex worker": "a"
    },
    "id": "call-girl",
    "inconsiderate": {
      "call girl": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "camera operator": "a",
      "camera person": "a"
    },
    "id": "cameraman-camerawoman",
    "inconsiderate": {
      "camerawoman": "female",
      "cameraman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "camera operators": "a"
    },
    "id": "cameramen-camerawomen",
    "inconsiderate": {
      "camerawomen": "female",
      "cameramen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "cattle rancher": "a"
    },
    "id": "cattleman-cattlewoman",
    "inconsiderate": {
      "cattlewoman": "female",
      "cattleman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "cattle ranchers": "a"
    },
    "id": "cattlemen-cattlewomen",
    "inconsiderate": {
      "cattlewomen": "female",
      "cattlemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "troglodyte": "a",
      "hominidae": "a"
    },
    "id": "caveman-cavewoman",
    "inconsiderate": {
      "cavewoman": "female",
      "caveman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "troglodytae": "a",
      "troglodyti": "a",
      "troglodytes": "a",
      "hominids": "a"
    },
    "id": "cavemen-cavewomen",
    "inconsiderate": {
      "cavewomen": "female",
      "cavemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "chair": "a",
      "head": "a",
      "chairperson": "a",
      "coordinator": "a",
      "committee head": "a",
      "moderator": "a",
      "presiding officer": "a"
    },
    "id": "chairman-chairwoman",
    "inconsiderate": {
      "chairwoman": "female",
      "chairman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "chairs": "a",
      "chairpersons": "a",
      "coordinators": "a"
    },
    "id": "chairmen-chairwomen",
    "inconsiderate": {
      "chairwomen": "female",
      "chairmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "officer": "a",
      "police officer": "a"
    },
    "id": "chick-cop-policeman",
    "inconsiderate": {
      "policewoman": "female",
      "policeman": "male",
      "chick cop": "female"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "cleric": "a",
      "practicing Christian": "a",
      "pillar of the Church": "a"
    },
    "id": "churchman",
    "inconsiderate": {
      "churchman": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "id": "clearly",
    "inconsiderate": {
      "clearly": "a"
    },
    "note": "If it\u2019s self-evident then maybe you don\u2019t need to describe it. If it isn\u2019t, don\u2019t say it. (source: https://css-tricks.com/words-avoid-educational-writing/)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "clergyperson": "a",
      "clergy": "a",
      "cleric": "a"
    },
    "id": "clergyman-clergywoman",
    "inconsiderate": {
      "clergywoman": "female",
      "clergyman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "clergies": "a",
      "clerics": "a"
    },
    "id": "clergymen-clergywomen",
    "inconsiderate": {
      "clergywomen": "female",
      "clergymen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "die by suicide": "a"
    },
    "id": "commit-suicide",
    "inconsiderate": {
      "commit suicide": "a",
      "complete suicide": "a",
      "successful suicide": "a"
    },
    "note": "Committing suicide is not successful/unsuccessful, that sends the wrong message (source: https://www.afsp.org/news-events/for-the-media/reporting-on-suicide, https://www.speakingofsuicide.com/2013/04/13/language/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "died by suicide": "a"
    },
    "id": "committed-suicide",
    "inconsiderate": {
      "committed suicide": "a",
      "completed suicide": "a"
    },
    "note": "Source: https://www.afsp.org/news-events/for-the-media/reporting-on-suicide, https://www.speakingofsuicide.com/2013/04/13/language/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "committee member": "a"
    },
    "id": "committee-man-committee-woman",
    "inconsiderate": {
      "committee woman": "female",
      "committee man": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "common person": "a",
      "average person": "a"
    },
    "id": "common-girl-common-man",
    "inconsiderate": {
      "common girl": "female",
      "common man": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "member of congress": "a",
      "congress person": "a",
      "legislator": "a",
      "representative": "a"
    },
    "id": "congressman-congresswoman",
    "inconsiderate": {
      "congresswoman": "female",
      "congressman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "members of congress": "a",
      "congress persons": "a",
      "legislators": "a",
      "representatives": "a"
    },
    "id": "congressmen-congresswomen",
    "inconsiderate": {
      "congresswomen": "female",
      "congressmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "council member": "a"
    },
    "id": "councilman-councilwoman",
    "inconsiderate": {
      "councilwoman": "female",
      "councilman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "council members": "a"
    },
    "id": "councilmen-councilwomen",
    "inconsiderate": {
      "councilwomen": "female",
      "councilmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "country person": "a"
    },
    "id": "countryman-countrywoman",
    "inconsiderate": {
      "countrywoman": "female",
      "countryman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "country folk": "a"
    },
    "id": "countrymen-countrywomen",
    "inconsiderate": {
      "countrywomen": "female",
      "countrymen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "cowhand": "a"
    },
    "id": "cowboy-cowgirl",
    "inconsiderate": {
      "cowgirl": "female",
      "cowboy": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "cowhands": "a"
    },
    "id": "cowboys-cowgirls",
    "inconsiderate": {
      "cowgirls": "female",
      "cowboys": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "creep": "a",
      "fool": "a"
    },
    "id": "cretin",
    "inconsiderate": {
      "cretin": "a"
    },
    "note": "Source: https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "parent": "a"
    },
    "id": "dad-mom",
    "inconsiderate": {
      "mama": "female",
      "mother": "female",
      "mom": "female",
      "mum": "female",
      "momma": "female",
      "mommy": "female",
      "papa": "male",
      "father": "male",
      "dad": "male",
      "pop": "male",
      "daddy": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "parents": "a"
    },
    "id": "dads-moms",
    "inconsiderate": {
      "mamas": "female",
      "mothers": "female",
      "moms": "female",
      "mums": "female",
      "mommas": "female",
      "mommies": "female",
      "papas": "male",
      "fathers": "male",
      "dads": "male",
      "daddies": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "absurd": "a",
      "foolish": "a"
    },
    "id": "daft",
    "inconsiderate": {
      "daft": "a"
    },
    "note": "Source: https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "official": "a",
      "owner": "a",
      "expert": "a",
      "superior": "a",
      "chief": "a",
      "ruler": "a"
    },
    "id": "dame-lord",
    "inconsiderate": {
      "dame": "female",
      "lord": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "officials": "a",
      "chiefs": "a",
      "rulers": "a"
    },
    "id": "dames-lords",
    "inconsiderate": {
      "dames": "female",
      "lords": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "child": "a"
    },
    "id": "daughter-son",
    "inconsiderate": {
      "daughter": "female",
      "son": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "children": "a"
    },
    "id": "daughters-sons",
    "inconsiderate": {
      "daughters": "female",
      "sons": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "careless": "a",
      "heartless": "a",
      "indifferent": "a",
      "insensitive": "a"
    },
    "id": "deaf-to",
    "inconsiderate": {
      "blind to": "a",
      "blind eye to": "a",
      "blinded by": "a",
      "deaf to": "a",
      "deaf ear to": "a",
      "deafened by": "a"
    },
    "note": "Source: https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "deaf": "a"
    },
    "id": "deafmute",
    "inconsiderate": {
      "deaf and dumb": "a",
      "deafmute": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "courier": "a",
      "messenger": "a"
    },
    "id": "delivery-boy-delivery-girl",
    "inconsiderate": {
      "delivery girl": "female",
      "delivery boy": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "sad": "a",
      "blue": "a",
      "bummed out": "a",
      "person with seasonal affective disorder": "a",
      "person with psychotic depression": "a",
      "person with postpartum depression": "a"
    },
    "id": "depressed",
    "inconsiderate": {
      "depressed": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "concierge": "a"
    },
    "id": "doorman-doorwoman",
    "inconsiderate": {
      "doorwoman": "female",
      "doorman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "concierges": "a"
    },
    "id": "doormen-doorwomen",
    "inconsiderate": {
      "doorwomen": "female",
      "doormen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Down Syndrome": "a"
    },
    "id": "downs-syndrome",
    "inconsiderate": {
      "downs syndrome": "a"
    },
    "note": "Source: https://media.specialolympics.org/soi/files/press-kit/2014_FactSheet_Final.pdf",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "foolish": "a",
      "ludicrous": "a",
      "speechless": "a",
      "silent": "a"
    },
    "id": "dumb",
    "inconsiderate": {
      "dumb": "a"
    },
    "note": "Dumb here is used in 2 different contexts , the inability to talk or as a curse word. (source: https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "test double": "a",
      "placeholder": "a",
      "fake": "a",
      "stub": "a"
    },
    "id": "dummy",
    "inconsiderate": {
      "dummyvariable": "a",
      "dummyvalue": "a",
      "dummyobject": "a",
      "dummy": "a"
    },
    "note": "Dummy can refer to the inability to talk or be used as a derogatory word meaning stupid. In computer programming it is used where a value or behavior is unimportant. There are better alternatives for other use cases also.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with dwarfism": "a",
      "little person": "a",
      "little people": "a",
      "LP": "a",
      "person of short stature": "a"
    },
    "id": "dwarf",
    "inconsiderate": {
      "vertically challenged": "a",
      "midget": "a",
      "small person": "a",
      "dwarf": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/,https://www.lpaonline.org/faq-#Midget",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with dyslexia": "a"
    },
    "id": "dyslexic",
    "inconsiderate": {
      "dyslexic": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "id": "easy",
    "inconsiderate": {
      "easy": "a",
      "easily": "a"
    },
    "note": "It\u2019s probably not that easy. Even if it is, you probably don\u2019t need to specifically say it. (source: https://css-tricks.com/words-avoid-educational-writing/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "english coordinator": "a",
      "senior teacher of english": "a"
    },
    "id": "english-master",
    "inconsiderate": {
      "english master": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "the english": "a"
    },
    "id": "englishmen",
    "inconsiderate": {
      "englishmen": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with epilepsy": "a"
    },
    "id": "epileptic",
    "inconsiderate": {
      "epileptic": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Inuit": "a"
    },
    "id": "eskimo",
    "inconsiderate": {
      "eskimo": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Inuits": "a"
    },
    "id": "eskimos",
    "inconsiderate": {
      "eskimos": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "id": "everyone-knows",
    "inconsiderate": {
      "everyone knows": "a"
    },
    "note": "If it\u2019s self-evident then maybe you don\u2019t need to describe it. If it isn\u2019t, don\u2019t say it. (source: https://css-tricks.com/words-avoid-educational-writing/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "executor": "a"
    },
    "id": "executrix",
    "inconsiderate": {
      "executrix": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "gay": "a"
    },
    "id": "fag",
    "inconsiderate": {
      "fag": "a",
      "faggot": "a",
      "dyke": "a",
      "homo": "a",
      "sodomite": "a"
    },
    "note": "Derogatory terms for LGBTQ+ people are offensive (source: https://www.glaad.org/reference/offensive)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "suicide attempt": "a",
      "attempted suicide": "a"
    },
    "id": "failed-suicide",
    "inconsiderate": {
      "failed suicide": "a",
      "failed attempt": "a",
      "suicide failure": "a"
    },
    "note": "Attempted suicide should not be depicted as a failure (source: https://www.speakingofsuicide.com/2013/04/13/language, https://www.afsp.org/news-events/for-the-media/reporting-on-suicide)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "with family support needs": "a"
    },
    "id": "family-burden",
    "inconsiderate": {
      "family burden": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "founder of": "a"
    },
    "id": "father-of-*",
    "inconsiderate": {
      "father of *": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "native tongue": "a",
      "native language": "a"
    },
    "id": "father-tongue-mother-tongue",
    "inconsiderate": {
      "mother tongue": "female",
      "father tongue": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "native land": "a",
      "homeland": "a"
    },
    "id": "fatherland-motherland",
    "inconsiderate": {
      "motherland": "female",
      "fatherland": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "camaraderie": "a",
      "community": "a",
      "organization": "a"
    },
    "id": "fellowship",
    "inconsiderate": {
      "fellowship": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "humans": "a"
    },
    "id": "females-males",
    "inconsiderate": {
      "females": "female",
      "males": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "humanly": "a",
      "mature": "a"
    },
    "id": "feminin-manly",
    "inconsiderate": {
      "feminin": "female",
      "dudely": "male",
      "manly": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "humanity": "a"
    },
    "id": "femininity-manliness",
    "inconsiderate": {
      "femininity": "female",
      "manliness": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "fire fighter": "a",
      "fire officer": "a"
    },
    "id": "fireman-firewoman",
    "inconsiderate": {
      "firewoman": "female",
      "fireman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "fire fighters": "a"
    },
    "id": "firemen-firewomen",
    "inconsiderate": {
      "firewomen": "female",
      "firemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "fisher": "a",
      "crew member": "a",
      "fisherfolk": "a",
      "angler": "a"
    },
    "id": "fisherman-fisherwoman",
    "inconsiderate": {
      "fisherwoman": "female",
      "fisherman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "fishers": "a"
    },
    "id": "fishermen-fisherwomen",
    "inconsiderate": {
      "fisherwomen": "female",
      "fishermen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "ancestor": "a"
    },
    "id": "forefather-foremother",
    "inconsiderate": {
      "foremother": "female",
      "forefather": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "ancestors": "a"
    },
    "id": "forefathers-foremothers",
    "inconsiderate": {
      "foremothers": "female",
      "forefathers": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "supervisor": "a",
      "shift boss": "a"
    },
    "id": "foreman-forewoman",
    "inconsiderate": {
      "forewoman": "female",
      "foreman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "supervisors": "a",
      "shift bosses": "a"
    },
    "id": "foremen-forewomen",
    "inconsiderate": {
      "forewomen": "female",
      "foremen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "the founders": "a",
      "founding leaders": "a",
      "forebears": "a"
    },
    "id": "founding-father",
    "inconsiderate": {
      "founding father": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "french": "a",
      "the french": "a"
    },
    "id": "frenchmen",
    "inconsiderate": {
      "frenchmen": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "first-year student": "a",
      "fresher": "a"
    },
    "id": "freshman",
    "inconsiderate": {
      "freshman": "male",
      "freshwoman": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "first-year students": "a",
      "freshers": "a"
    },
    "id": "freshmen-freshwomen",
    "inconsiderate": {
      "freshwomen": "female",
      "freshmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "figureheads": "a"
    },
    "id": "front-men,-frontmen-front-women,-frontwomen",
    "inconsiderate": {
      "front women, frontwomen": "female",
      "front men, frontmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "lead": "a",
      "front": "a",
      "figurehead": "a"
    },
    "id": "frontman,-front-man-frontwoman,-front-woman",
    "inconsiderate": {
      "frontwoman, front woman": "female",
      "frontman, front man": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "person": "a",
      "friend": "a",
      "pal": "a",
      "folk": "a",
      "individual": "a"
    },
    "id": "gal-guy",
    "inconsiderate": {
      "woman": "female",
      "gal": "female",
      "lady": "female",
      "babe": "female",
      "bimbo": "female",
      "chick": "female",
      "guy": "male",
      "lad": "male",
      "fellow": "male",
      "dude": "male",
      "bro": "male",
      "gentleman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "people": "a",
      "persons": "a",
      "folks": "a"
    },
    "id": "gals-man",
    "inconsiderate": {
      "women": "female",
      "girls": "female",
      "gals": "female",
      "ladies": "female",
      "man": "male",
      "boys": "male",
      "men": "male",
      "guys": "male",
      "dudes": "male",
      "gents": "male",
      "gentlemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "garbage collector": "a",
      "waste collector": "a",
      "trash collector": "a"
    },
    "id": "garbageman-garbagewoman",
    "inconsiderate": {
      "garbagewoman": "female",
      "garbageman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "garbage collectors": "a",
      "waste collectors": "a",
      "trash collectors": "a"
    },
    "id": "garbagemen-garbagewomen",
    "inconsiderate": {
      "garbagewomen": "female",
      "garbagemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "gay issues": "a"
    },
    "id": "gay-agenda",
    "inconsiderate": {
      "gay agenda": "a",
      "homosexual agenda": "a"
    },
    "note": "Used by anti-LGBTQ+ extremists to create a climate of fear around LGBTQ+ issues (source: https://www.glaad.org/reference/offensive)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "gay lives": "a",
      "gay/lesbian lives": "a"
    },
    "id": "gay-lifestyle",
    "inconsiderate": {
      "gay lifestyle": "a",
      "homosexual lifestyle": "a"
    },
    "note": "Implies that being LGBTQ+ is a choice (source: https://www.glaad.org/reference/offensive)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "equal rights": "a",
      "civil rights for gay people": "a"
    },
    "id": "gay-rights",
    "inconsiderate": {
      "special rights": "a",
      "gay rights": "a"
    },
    "note": "LGBTQ+ rights are human rights (source: https://www.glaad.org/reference/style)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "pronoun": "a",
      "pronouns": "a"
    },
    "id": "gender-pronoun",
    "inconsiderate": {
      "preferred pronoun": "a",
      "preferred pronouns": "a",
      "gender pronoun": "a",
      "gender pronouns": "a"
    },
    "note": "Preferred pronoun sounds like it is optional to use someone's correct pronoun (source: https://www.selfdefined.app/definitions/pronouns/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "projects": "a",
      "urban": "a"
    },
    "id": "ghetto",
    "inconsiderate": {
      "ghetto": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with a limp": "a"
    },
    "id": "gimp",
    "inconsiderate": {
      "cripple": "a",
      "crippled": "a",
      "gimp": "a"
    },
    "note": "Refer to the specific disability.",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "godparent": "a",
      "elder": "a",
      "patron": "a"
    },
    "id": "godfather-godmother",
    "inconsiderate": {
      "godmother": "female",
      "patroness": "female",
      "godfather": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "a person who is not Jewish": "a",
      "not Jewish": "a"
    },
    "id": "goy",
    "inconsiderate": {
      "goyim": "a",
      "goyum": "a",
      "goy": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "grandparent": "a",
      "ancestor": "a"
    },
    "id": "gramps-granny",
    "inconsiderate": {
      "granny": "female",
      "grandma": "female",
      "grandmother": "female",
      "grandpappy": "male",
      "granddaddy": "male",
      "gramps": "male",
      "grandpa": "male",
      "grandfather": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "grandchild": "a"
    },
    "id": "granddaughter-grandson",
    "inconsiderate": {
      "granddaughter": "female",
      "grandson": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "grandchildren": "a"
    },
    "id": "granddaughters-grandsons",
    "inconsiderate": {
      "granddaughters": "female",
      "grandsons": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "legacy policy": "a",
      "legacy clause": "a",
      "deprecation policy": "a"
    },
    "id": "grandfather-clause",
    "inconsiderate": {
      "grandfather clause": "a",
      "grandfather policy": "a"
    },
    "note": "Avoid using phrases referring to racist United States \u201CJim Crow\u201D laws. (source: https://en.wikipedia.org/wiki/Grandfather_clause#Origin)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "deprecated": "a",
      "legacy": "a"
    },
    "id": "grandfathered",
    "inconsiderate": {
      "grandfathered": "a"
    },
    "note": "Avoid using phrases referring to racist United States \u201CJim Crow\u201D laws. (source: https://en.wikipedia.org/wiki/Grandfather_clause#Origin)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "deprecate": "a"
    },
    "id": "grandfathering",
    "inconsiderate": {
      "grandfathering": "a"
    },
    "note": "Avoid using phrases referring to racist United States \u201CJim Crow\u201D laws. (source: https://en.wikipedia.org/wiki/Grandfather_clause#Origin)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "grandparents": "a",
      "ancestors": "a"
    },
    "id": "grandfathers-grandmothers",
    "inconsiderate": {
      "grandmothers": "female",
      "grandfathers": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Nomad": "a",
      "Traveler": "a",
      "Roma": "a",
      "Romani": "a"
    },
    "id": "gyp",
    "inconsiderate": {
      "gyppo": "a",
      "gypsy": "a",
      "Gipsy": "a",
      "gyp": "a"
    },
    "note": "Gypsy is insensitive, use Roma or Romani. They\u2019re not Egyptian as the name suggests. (source: en.wikipedia.org/wiki/Romani_people#cite_ref-80)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with a handicap": "a",
      "accessible": "a"
    },
    "id": "handicapped",
    "inconsiderate": {
      "handicapped": "a"
    },
    "note": "Refer to the person, rather than the disability, first. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "accessible parking": "a"
    },
    "id": "handicapped-parking",
    "inconsiderate": {
      "handicapped parking": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "artisan": "a",
      "craftsperson": "a",
      "skilled worker": "a"
    },
    "id": "handyman-handywoman",
    "inconsiderate": {
      "handywoman": "female",
      "craftswoman": "female",
      "handyman": "male",
      "craftsman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "artisans": "a",
      "craftspersons": "a",
      "skilled workers": "a"
    },
    "id": "handymen-handywomen",
    "inconsiderate": {
      "handywomen": "female",
      "craftswomen": "female",
      "handymen": "male",
      "craftsmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "the app froze": "a",
      "the app stopped responding": "a",
      "the app stopped responding to events": "a",
      "the app became unresponsive": "a"
    },
    "id": "hang",
    "inconsiderate": {
      "hang": "a",
      "hanged": "a"
    },
    "note": "When describing the behavior of computer software, using the word \u201Changed\u201D needlessly invokes the topic of death by self-harm or lynching.  Consider using the word \u201Cfroze\u201D or the phrase \u201Cstopped responding to events\u201D or \u201Cbecame unresponsive\u201D instead.",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "guillotine": "a"
    },
    "id": "hangman-hangwoman",
    "inconsiderate": {
      "hangwoman": "female",
      "hangman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "guillotines": "a"
    },
    "id": "hangmen-hangwomen",
    "inconsiderate": {
      "hangwomen": "female",
      "hangmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "cleft-lip and palate": "a"
    },
    "id": "harelip",
    "inconsiderate": {
      "harelip": "a",
      "hare lip": "a"
    },
    "note": "Source: https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with a cleft-lip and palate": "a"
    },
    "id": "harelipped",
    "inconsiderate": {
      "harelipped": "a",
      "cleftlipped": "a"
    },
    "note": "Sometimes it's cleft lip or palate, not both. Specify when possible. (source: https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html)",
    "type": "basic"
  },
  {
    "apostrophe": true,
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "they": "a",
      "it": "a"
    },
    "id": "he-she",
    "inconsiderate": {
      "she": "female",
      "he": "male",
      "she'd": "female",
      "he'd": "male",
      "she'll": "female",
      "he'll": "male",
      "she's": "female",
      "he's": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "hard of hearing": "a",
      "partially deaf": "a",
      "partial hearing loss": "a",
      "deaf": "a"
    },
    "id": "hearing-impaired",
    "inconsiderate": {
      "hearing impaired": "a",
      "hearing impairment": "a"
    },
    "note": "When possible, ask the person what they prefer. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "sidekick": "a"
    },
    "id": "henchman-henchwoman",
    "inconsiderate": {
      "henchwoman": "female",
      "henchman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "sidekicks": "a"
    },
    "id": "henchmen-henchwomen",
    "inconsiderate": {
      "henchwomen": "female",
      "henchmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "condition": "when referring to a person",
    "considerate": {
      "their": "a",
      "theirs": "a",
      "them": "a"
    },
    "id": "her-him",
    "inconsiderate": {
      "her": "female",
      "hers": "female",
      "him": "male",
      "his": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person who is intersex": "a",
      "person": "a",
      "intersex person": "a"
    },
    "id": "hermaphrodite",
    "inconsiderate": {
      "hermaphrodite": "a",
      "pseudohermaphrodite": "a",
      "pseudo hermaphrodite": "a"
    },
    "note": "These terms are stigmatizing to patients and their families because intersex status is more complicated than the mere presence or absence of certain gonadal tissues (source: http://www.isna.org/node/979)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "intersex": "a"
    },
    "id": "hermaphroditic",
    "inconsiderate": {
      "hermaphroditic": "a",
      "pseudohermaphroditic": "a",
      "pseudo hermaphroditic": "a"
    },
    "note": "These terms are stigmatizing to patients and their families because intersex status is more complicated than the mere presence or absence of certain gonadal tissues (source: http://www.isna.org/node/979)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "role-model": "a",
      "mentor": "a"
    },
    "id": "hero-heroine",
    "inconsiderate": {
      "heroine": "female",
      "hero": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "role-models": "a",
      "mentor": "a"
    },
    "id": "heroes-heroines",
    "inconsiderate": {
      "heroines": "female",
      "heroes": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "themselves": "a",
      "theirself": "a",
      "self": "a"
    },
    "id": "herself-himself",
    "inconsiderate": {
      "herself": "female",
      "himself": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "transgender person": "a",
      "person": "a"
    },
    "id": "heshe",
    "inconsiderate": {
      "shemale": "a",
      "she male": "a",
      "heshe": "a",
      "shehe": "a"
    },
    "note": "This word dehumanizes transgender people (source: https://www.reddit.com/r/asktransgender/comments/23wbq1/is_the_term_shemale_seen_as_offensive/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "gay": "a",
      "gay man": "a",
      "lesbian": "a",
      "gay person/people": "a"
    },
    "id": "homosexual",
    "inconsiderate": {
      "homosexual": "a"
    },
    "note": "This term has a clinical history and is used to imply LGBTQ+ people are diseased or psychologically/emotionally disordered (source: https://www.glaad.org/reference/offensive)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "couple": "a"
    },
    "id": "homosexual-couple",
    "inconsiderate": {
      "homosexual couple": "a"
    },
    "note": "Avoid labeling something as LGBTQ+ unless you would call the same thing \u201Cstraight\u201D (source: https://www.glaad.org/reference/offensive)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "gay marriage": "a",
      "same-sex marriage": "a"
    },
    "id": "homosexual-marriage",
    "inconsiderate": {
      "homosexual marriage": "a"
    },
    "note": "Homosexual has a clinical history and is used to imply LGBTQ+ people are diseased or psychologically/emotionally disordered (source: https://www.glaad.org/reference/style)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "relationship": "a"
    },
    "id": "homosexual-relations",
    "inconsiderate": {
      "homosexual relations": "a",
      "homosexual relationship": "a"
    },
    "note": "Avoid labeling something as LGBTQ+ unless you would call the same thing \u201Cstraight\u201D (source: https://www.glaad.org/reference/offensive)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "presenter": "a",
      "entertainer": "a",
      "emcee": "a"
    },
    "id": "host-hostess",
    "inconsiderate": {
      "hostess": "female",
      "host": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "presenters": "a",
      "entertainers": "a",
      "emcees": "a"
    },
    "id": "hostesses-hosts",
    "inconsiderate": {
      "hostesses": "female",
      "hosts": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "house worker": "a",
      "domestic help": "a"
    },
    "id": "housemaid",
    "inconsiderate": {
      "housemaid": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female"
    ],
    "considerate": {
      "homemaker": "a",
      "homeworker": "a"
    },
    "id": "housewife",
    "inconsiderate": {
      "housewife": "female"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female"
    ],
    "considerate": {
      "homemakers": "a",
      "homeworkers": "a"
    },
    "id": "housewives",
    "inconsiderate": {
      "housewives": "female"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "partner": "a",
      "significant other": "a",
      "spouse": "a"
    },
    "id": "husband-wife",
    "inconsiderate": {
      "wife": "female",
      "husband": "male"
    },
    "note": "Source: https://www.bustle.com/articles/108321-6-reasons-to-refer-to-your-significant-other-as-your-partner",
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "partners": "a",
      "significant others": "a",
      "spouses": "a"
    },
    "id": "husbands-wives",
    "inconsiderate": {
      "wives": "female",
      "husbands": "male"
    },
    "note": "Source: https://www.bustle.com/articles/108321-6-reasons-to-refer-to-your-significant-other-as-your-partner",
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Jewish person": "a"
    },
    "id": "hymie",
    "inconsiderate": {
      "shlomo": "a",
      "shyster": "a",
      "hymie": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "foolish": "a",
      "ludicrous": "a",
      "silly": "a"
    },
    "id": "idiot",
    "inconsiderate": {
      "feebleminded": "a",
      "feeble minded": "a",
      "idiot": "a",
      "imbecile": "a"
    },
    "note": "Source: https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "enemy territory": "a"
    },
    "id": "indian-country",
    "inconsiderate": {
      "Indian country": "a"
    },
    "note": "Avoid using phrases referring to the genocidal United States \u201CIndian Removal\u201D laws. (source: https://newsmaven.io/indiancountrytoday/archive/off-the-reservation-a-teachable-moment-nW1d7U0JRkOszhtg8N1V1A/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "go back on one\u2019s offer": "a"
    },
    "id": "indian-give",
    "inconsiderate": {
      "indian give": "a",
      "indian giver": "a"
    },
    "note": "Avoid using phrases referring to colonial stereotypes regarding Native Americans.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "industrial civilization": "a",
      "industrial people": "a"
    },
    "id": "industrial-man",
    "inconsiderate": {
      "industrial man": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "incredibly": "a"
    },
    "id": "insanely",
    "inconsiderate": {
      "insanely": "a"
    },
    "note": "Describe the behavior or illness without derogatory words.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "restlessness": "a",
      "sleeplessness": "a"
    },
    "id": "insomnia",
    "inconsiderate": {
      "insomnia": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person who has insomnia": "a"
    },
    "id": "insomniac",
    "inconsiderate": {
      "insomniac": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "people who have insomnia": "a"
    },
    "id": "insomniacs",
    "inconsiderate": {
      "insomniacs": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "insurance agent": "a"
    },
    "id": "insurance-man-insurance-woman",
    "inconsiderate": {
      "insurance woman": "female",
      "insurance man": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "insurance agents": "a"
    },
    "id": "insurance-men-insurance-women",
    "inconsiderate": {
      "insurance women": "female",
      "insurance men": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with an intellectual disability": "a"
    },
    "id": "intellectually-disabled",
    "inconsiderate": {
      "intellectually disabled": "a",
      "has intellectual issues": "a",
      "suffers from intellectual disabilities": "a",
      "suffering from intellectual disabilities": "a",
      "suffering from an intellectual disability": "a",
      "afflicted with intellectual disabilities": "a",
      "afflicted with a intellectual disability": "a"
    },
    "note": "Assumes that a person with an intellectual disability has a reduced quality of life. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "people with intellectual disabilities": "a"
    },
    "id": "intellectually-disabled-people",
    "inconsiderate": {
      "intellectually disabled people": "a"
    },
    "note": "Refer to the person, rather than the disability, first. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "turned off": "a",
      "has a disability": "a",
      "person with a disability": "a",
      "people with disabilities": "a"
    },
    "id": "invalid",
    "inconsiderate": {
      "disabled": "a",
      "invalid": "a"
    },
    "note": "Refer to the person, rather than the disability, first.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "muslim": "a",
      "person of Islamic faith": "a",
      "fanatic": "a",
      "zealot": "a",
      "follower of islam": "a",
      "follower of the islamic faith": "a"
    },
    "id": "islamist",
    "inconsiderate": {
      "islamist": "a"
    },
    "note": "Source: https://www.usnews.com/news/newsgram/articles/2013/04/04/the-associated-press-revises-islamist-another-politically-charged-term",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "muslims": "a",
      "people of Islamic faith": "a",
      "fanatics": "a",
      "zealots": "a"
    },
    "id": "islamists",
    "inconsiderate": {
      "islamists": "a"
    },
    "note": "Source: https://www.usnews.com/news/newsgram/articles/2013/04/04/the-associated-press-revises-islamist-another-politically-charged-term",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "cleaner": "a"
    },
    "id": "janitor-janitress",
    "inconsiderate": {
      "cleaning lady": "female",
      "cleaning girl": "female",
      "cleaning woman": "female",
      "janitress": "female",
      "cleaning man": "male",
      "cleaning boy": "male",
      "janitor": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "cleaners": "a",
      "housekeeping": "a"
    },
    "id": "janitors-janitresses",
    "inconsiderate": {
      "cleaning ladies": "female",
      "cleaning girls": "female",
      "janitresses": "female",
      "cleaning men": "male",
      "janitors": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Japanese person": "a",
      "Japanese people": "a"
    },
    "id": "japs",
    "inconsiderate": {
      "japs": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "journeyperson": "a"
    },
    "id": "journeyman-journeywoman",
    "inconsiderate": {
      "journeywoman": "female",
      "journeyman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "journeypersons": "a"
    },
    "id": "journeymen-journeywomen",
    "inconsiderate": {
      "journeywomen": "female",
      "journeymen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "id": "just",
    "inconsiderate": {
      "just": "a"
    },
    "note": "Not everything is as easy as you might think. And if it isn\u2019t easy for the reader, it can hurt. (source: https://css-tricks.com/words-avoid-educational-writing/)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "ruler": "a"
    },
    "id": "king-queen",
    "inconsiderate": {
      "empress": "female",
      "queen": "female",
      "emperor": "male",
      "king": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "power behind the throne": "a"
    },
    "id": "kingmaker-queenmaker",
    "inconsiderate": {
      "queenmaker": "female",
      "kingmaker": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "rulers": "a"
    },
    "id": "kings-queens",
    "inconsiderate": {
      "empresses": "female",
      "queens": "female",
      "emperors": "male",
      "kings": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "jumbo": "a",
      "gigantic": "a"
    },
    "id": "kingsize-queensize",
    "inconsiderate": {
      "queensize": "female",
      "kingsize": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "doctor": "a"
    },
    "id": "lady-doctor",
    "inconsiderate": {
      "lady doctor": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female"
    ],
    "considerate": {
      "courteous": "a",
      "cultured": "a"
    },
    "id": "ladylike",
    "inconsiderate": {
      "ladylike": "female"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "boring": "a",
      "dull": "a"
    },
    "id": "lame",
    "inconsiderate": {
      "lame": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "proprietors": "a",
      "building managers": "a"
    },
    "id": "landladies-landlords",
    "inconsiderate": {
      "landladies": "female",
      "landlords": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "proprietor": "a",
      "building manager": "a"
    },
    "id": "landlady-landlord",
    "inconsiderate": {
      "landlady": "female",
      "landlord": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Latinx": "a"
    },
    "id": "latino",
    "inconsiderate": {
      "latino": "a",
      "latina": "a"
    },
    "note": "Whenever possible, try to be gender inclusive.",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "civilian": "a"
    },
    "id": "layman-laywoman",
    "inconsiderate": {
      "laywoman": "female",
      "layman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "civilians": "a"
    },
    "id": "laymen-laywomen",
    "inconsiderate": {
      "laywomen": "female",
      "laymen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "lead": "a"
    },
    "id": "leading-lady",
    "inconsiderate": {
      "leading lady": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with learning disabilities": "a"
    },
    "id": "learning-disabled",
    "inconsiderate": {
      "learning disabled": "a"
    },
    "note": "Refer to the person, rather than the disability, first.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "disagreeable": "a",
      "uneducated": "a",
      "ignorant": "a",
      "naive": "a",
      "inconsiderate": "a"
    },
    "id": "libtard",
    "inconsiderate": {
      "fucktard": "a",
      "libtard": "a",
      "contard": "a"
    },
    "note": "Source: https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "resolutely": "a",
      "bravely": "a"
    },
    "id": "like-a-man",
    "inconsiderate": {
      "like a man": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "I haven\u2019t seen you in a long time": "a",
      "it\u2019s been a long time": "a"
    },
    "id": "long-time-no-see",
    "inconsiderate": {
      "long time no hear": "a",
      "long time no see": "a"
    },
    "note": "Avoid using phrases that implicitly mock people with limited knowledge of the English language. (source: https://www.npr.org/sections/codeswitch/2014/03/09/288300303/who-first-said-long-time-no-see-and-in-which-language)",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "fanatic": "a",
      "zealot": "a",
      "enthusiast": "a"
    },
    "id": "madman",
    "inconsiderate": {
      "madman": "male",
      "mad man": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "fanatics": "a",
      "zealots": "a",
      "enthusiasts": "a"
    },
    "id": "madmen",
    "inconsiderate": {
      "madmen": "male",
      "mad men": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "virgin": "a"
    },
    "id": "maiden",
    "inconsiderate": {
      "maiden": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female"
    ],
    "considerate": {
      "first flight": "a"
    },
    "id": "maiden-flight",
    "inconsiderate": {
      "maiden flight": "female"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female"
    ],
    "considerate": {
      "birth name": "a"
    },
    "id": "maiden-name",
    "inconsiderate": {
      "maiden name": "female"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "first race": "a"
    },
    "id": "maiden-race",
    "inconsiderate": {
      "maiden race": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "first speech": "a"
    },
    "id": "maiden-speech",
    "inconsiderate": {
      "maiden speech": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female"
    ],
    "considerate": {
      "first voyage": "a"
    },
    "id": "maiden-voyage",
    "inconsiderate": {
      "maiden voyage": "female"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "improve": "a"
    },
    "id": "make-*-great-again",
    "inconsiderate": {
      "make * great again": "a",
      "make * * great again": "a",
      "make * * * great again": "a",
      "make * * * * great again": "a",
      "make * * * * * great again": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "staff a desk": "a"
    },
    "id": "man-a-desk",
    "inconsiderate": {
      "man a desk": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "strong enough": "a"
    },
    "id": "man-enough",
    "inconsiderate": {
      "man enough": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "ordinary citizen": "a",
      "typical person": "a",
      "average person": "a"
    },
    "id": "man-in-the-street",
    "inconsiderate": {
      "man in the street": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "dynamo": "a"
    },
    "id": "man-of-action",
    "inconsiderate": {
      "man of action": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "scholar": "a",
      "writer": "a",
      "literary figure": "a"
    },
    "id": "man-of-letters",
    "inconsiderate": {
      "man of letters": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "farmer": "a",
      "rural worker": "a",
      "grazier": "a",
      "landowner": "a",
      "rural community": "a",
      "country people": "a",
      "country folk": "a"
    },
    "id": "man-of-the-land",
    "inconsiderate": {
      "man of the land": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "sophisticate": "a"
    },
    "id": "man-of-the-world",
    "inconsiderate": {
      "man of the world": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "staff the booth": "a"
    },
    "id": "man-the-booth",
    "inconsiderate": {
      "man the booth": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "keep an eye on things": "a",
      "keep shop": "a",
      "provide coverage": "a",
      "cover things": "a",
      "take charge": "a"
    },
    "id": "man-the-fort",
    "inconsiderate": {
      "man the fort": "a"
    },
    "note": "Avoid using terms that implies colonialism/genocide against Indigenous peoples",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "answer the phones": "a"
    },
    "id": "man-the-phones",
    "inconsiderate": {
      "man the phones": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "adulthood": "a",
      "personhood": "a",
      "maturity": "a"
    },
    "id": "manhood-womanhood",
    "inconsiderate": {
      "womanhood": "female",
      "masculinity": "male",
      "manhood": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "staff hour": "a",
      "hour of work": "a"
    },
    "id": "manhour",
    "inconsiderate": {
      "manhour": "male",
      "man hour": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "staff hours": "a",
      "hours of work": "a",
      "hours of labor": "a",
      "hours": "a"
    },
    "id": "manhours",
    "inconsiderate": {
      "manhours": "male",
      "man hours": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "fanatic": "a",
      "zealot": "a",
      "enthusiast": "a"
    },
    "id": "maniac",
    "inconsiderate": {
      "maniac": "a"
    },
    "note": "Source: https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with schizophrenia": "a"
    },
    "id": "manic",
    "inconsiderate": {
      "suffers from schizophrenia": "a",
      "suffering from schizophrenia": "a",
      "afflicted with schizophrenia": "a",
      "manic": "a"
    },
    "note": "Assumes a person with schizophrenia experiences a reduced quality of life. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "humankind": "a"
    },
    "id": "mankind",
    "inconsiderate": {
      "mankind": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "manufactured": "a",
      "artificial": "a",
      "synthetic": "a",
      "machine-made": "a",
      "constructed": "a"
    },
    "id": "manmade",
    "inconsiderate": {
      "manmade": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "staffed": "a",
      "crewed": "a",
      "piloted": "a"
    },
    "id": "manned",
    "inconsiderate": {
      "manned": "a"
    },
    "note": "Using gender neutral language means users will help to break up gender stereotypes.",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "human resources": "a",
      "workforce": "a",
      "personnel": "a",
      "staff": "a",
      "labor": "a",
      "labor force": "a",
      "staffing": "a",
      "combat personnel": "a"
    },
    "id": "manpower",
    "inconsiderate": {
      "manpower": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "a faithful dog": "a"
    },
    "id": "mans-best-friend",
    "inconsiderate": {
      "mans best friend": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "a demanding task": "a",
      "a big job": "a"
    },
    "id": "mansized-task",
    "inconsiderate": {
      "mansized task": "a",
      "man sized task": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "shooter": "a"
    },
    "id": "marksman-markswoman",
    "inconsiderate": {
      "markswoman": "female",
      "marksman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "shooters": "a"
    },
    "id": "marksmen-markswomen",
    "inconsiderate": {
      "markswomen": "female",
      "marksmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "primary": "a",
      "lead": "a",
      "hub": "a",
      "reference": "a"
    },
    "id": "master",
    "inconsiderate": {
      "master": "a"
    },
    "note": "Avoid using the term `master`; these suggestions are for the computer term, but there are better alternatives for other cases too",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "pass key": "a",
      "original": "a"
    },
    "id": "master-key",
    "inconsiderate": {
      "master key": "a",
      "master copy": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "emcee": "a",
      "moderator": "a",
      "convenor": "a"
    },
    "id": "master-of-ceremonies",
    "inconsiderate": {
      "master of ceremonies": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "grand scheme": "a",
      "guiding principles": "a"
    },
    "id": "master-plan",
    "inconsiderate": {
      "master plan": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "become skilled": "a"
    },
    "id": "master-the-art",
    "inconsiderate": {
      "master the art": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "skilled": "a",
      "authoritative": "a",
      "commanding": "a"
    },
    "id": "masterful",
    "inconsiderate": {
      "masterful": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "genius": "a",
      "creator": "a",
      "instigator": "a",
      "oversee": "a",
      "launch": "a",
      "originate": "a"
    },
    "id": "mastermind",
    "inconsiderate": {
      "mastermind": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "work of genius": "a",
      "chef d\u2019oeuvre": "a"
    },
    "id": "masterpiece",
    "inconsiderate": {
      "masterpiece": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "vision": "a",
      "comprehensive plan": "a"
    },
    "id": "masterplan",
    "inconsiderate": {
      "masterplan": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "primaries": "a",
      "hubs": "a",
      "references": "a"
    },
    "id": "masters",
    "inconsiderate": {
      "masters": "a"
    },
    "note": "Avoid using the term `master`; these suggestions are for the computer term, but there are better alternatives for other cases too",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "trump card": "a",
      "stroke of genius": "a"
    },
    "id": "masterstroke",
    "inconsiderate": {
      "masterstroke": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "parental": "a",
      "warm": "a",
      "intimate": "a"
    },
    "id": "maternal-paternal",
    "inconsiderate": {
      "maternal": "female",
      "paternal": "male",
      "fraternal": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "parental": "a"
    },
    "id": "maternity-paternity",
    "inconsiderate": {
      "maternity": "female",
      "paternity": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "scientists": "a"
    },
    "id": "men-of-science",
    "inconsiderate": {
      "men of science": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "intermediary": "a",
      "go-between": "a"
    },
    "id": "middleman-middlewoman",
    "inconsiderate": {
      "middlewoman": "female",
      "middleman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "intermediaries": "a",
      "go-betweens": "a"
    },
    "id": "middlemen-middlewomen",
    "inconsiderate": {
      "middlewomen": "female",
      "middlemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "birthing nurse": "a"
    },
    "id": "midwife",
    "inconsiderate": {
      "midwife": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "milk person": "a"
    },
    "id": "milkman-milkwoman",
    "inconsiderate": {
      "milkwoman": "female",
      "milkman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "milk people": "a"
    },
    "id": "milkmen-milkwomen",
    "inconsiderate": {
      "milkwomen": "female",
      "milkmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "whine": "a",
      "complain": "a",
      "cry": "a"
    },
    "id": "moan",
    "inconsiderate": {
      "bitch": "a",
      "moan": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "whining": "a",
      "complaining": "a",
      "crying": "a"
    },
    "id": "moaning",
    "inconsiderate": {
      "bitching": "a",
      "moaning": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "modern civilization": "a",
      "modern people": "a"
    },
    "id": "modern-man",
    "inconsiderate": {
      "modern man": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with Down Syndrome": "a"
    },
    "id": "mongoloid",
    "inconsiderate": {
      "mongoloid": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female"
    ],
    "considerate": {
      "loving": "a",
      "warm": "a",
      "nurturing": "a"
    },
    "id": "motherly",
    "inconsiderate": {
      "motherly": "female"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female"
    ],
    "considerate": {
      "ms.": "a"
    },
    "id": "mrs-",
    "inconsiderate": {
      "miss.": "female",
      "mrs.": "female"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person who has multiple sclerosis": "a"
    },
    "id": "multiple-sclerosis-victim",
    "inconsiderate": {
      "suffers from multiple sclerosis": "a",
      "suffering from multiple sclerosis": "a",
      "victim of multiple sclerosis": "a",
      "multiple sclerosis victim": "a",
      "afflicted with multiple sclerosis": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "dissatisfied": "a",
      "frustrated": "a"
    },
    "id": "natives-are-restless",
    "inconsiderate": {
      "natives are restless": "a",
      "natives are becoming restless": "a",
      "natives are getting restless": "a",
      "natives are growing restless": "a"
    },
    "note": "Avoid using phrases referring to colonial stereotypes regarding indigenous peoples. (source: https://tvtropes.org/pmwiki/pmwiki.php/Main/TheNativesAreRestless)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "nibling": "a",
      "sibling\u2019s child": "a"
    },
    "id": "nephew-niece",
    "inconsiderate": {
      "niece": "female",
      "nephew": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "niblings": "a",
      "sibling\u2019s children": "a"
    },
    "id": "nephews-nieces",
    "inconsiderate": {
      "nieces": "female",
      "nephews": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "anchor": "a",
      "journalist": "a"
    },
    "id": "newsman-newswoman",
    "inconsiderate": {
      "newswoman": "female",
      "newspaperwoman": "female",
      "anchorwoman": "female",
      "newsman": "male",
      "newspaperman": "male",
      "anchorman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "anchors": "a",
      "journalists": "a"
    },
    "id": "newsmen-newswomen",
    "inconsiderate": {
      "newswomen": "female",
      "newspaperwomen": "female",
      "anchorwomen": "female",
      "newsmen": "male",
      "newspapermen": "male",
      "anchormen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "unoccupied territory": "a",
      "wasteland": "a",
      "deathtrap": "a"
    },
    "id": "no-mans-land",
    "inconsiderate": {
      "no mans land": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "noble": "a"
    },
    "id": "nobleman-noblewoman",
    "inconsiderate": {
      "noblewoman": "female",
      "nobleman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "nobles": "a"
    },
    "id": "noblemen-noblewomen",
    "inconsiderate": {
      "noblewomen": "female",
      "noblemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person of color": "a",
      "people of color": "a"
    },
    "id": "nonwhite",
    "inconsiderate": {
      "nonwhite": "a",
      "non white": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "rude": "a",
      "malicious": "a",
      "mean": "a",
      "disgusting": "a",
      "incredible": "a",
      "vile": "a",
      "person with symptoms of mental illness": "a",
      "person with mental illness": "a",
      "person with symptoms of a mental disorder": "a",
      "person with a mental disorder": "a"
    },
    "id": "nuts",
    "inconsiderate": {
      "batshit": "a",
      "psycho": "a",
      "crazy": "a",
      "delirious": "a",
      "insane": "a",
      "insanity": "a",
      "loony": "a",
      "lunacy": "a",
      "lunatic": "a",
      "mentally ill": "a",
      "psychopathology": "a",
      "mental defective": "a",
      "moron": "a",
      "moronic": "a",
      "nuts": "a",
      "mental case": "a",
      "mental": "a"
    },
    "note": "Describe the behavior or illness without derogatory words. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "id": "obvious",
    "inconsiderate": {
      "obvious": "a",
      "obviously": "a"
    },
    "note": "Not everything is as obvious as you might think. And if it isn\u2019t obvious to the reader, it can hurt. (source: https://css-tricks.com/words-avoid-educational-writing/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "has an anxiety disorder": "a",
      "obsessive": "a",
      "pedantic": "a",
      "niggly": "a",
      "picky": "a"
    },
    "id": "ocd",
    "inconsiderate": {
      "neurotic": "a",
      "ocd": "a",
      "o.c.d": "a",
      "o.c.d.": "a"
    },
    "note": "Only use terms describing mental illness when referring to a professionally diagnosed medical condition. (source: https://english.stackexchange.com/questions/247550/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "id": "of-course",
    "inconsiderate": {
      "of course": "a"
    },
    "note": "If it\u2019s self-evident then maybe you don\u2019t need to describe it. If it isn\u2019t, don\u2019t say it. (source: https://css-tricks.com/words-avoid-educational-writing/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "disobey": "a",
      "endure": "a",
      "object to": "a",
      "oppose": "a",
      "resist": "a"
    },
    "id": "off-reserve",
    "inconsiderate": {
      "jump the reservation": "a",
      "off reserve": "a",
      "off the reservation": "a"
    },
    "note": "Avoid using phrases referring to the genocidal United States \u201CIndian Removal\u201D laws. (source: http://blog.nativepartnership.org/off-the-reservation/,https://www.wsj.com/articles/off-the-reservation-is-a-phrase-with-a-dark-past-1462552837,https://www.npr.org/sections/codeswitch/2014/06/29/326690947/should-saying-someone-is-off-the-reservation-be-off-limits,https://nowtoronto.com/news/native-references-and-terms-that-are-offensive-to-indigenous-people/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "administrative staff": "a"
    },
    "id": "office-girls",
    "inconsiderate": {
      "office girls": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "notary": "a",
      "consumer advocate": "a",
      "trouble shooter": "a",
      "omsbudperson": "a",
      "mediator": "a"
    },
    "id": "ombudsman-ombudswoman",
    "inconsiderate": {
      "ombudswoman": "female",
      "ombudsman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "notaries": "a",
      "omsbudpersons": "a",
      "omsbudpeople": "a",
      "mediators": "a"
    },
    "id": "ombudsmen-ombudswomen",
    "inconsiderate": {
      "ombudswomen": "female",
      "ombudsmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "defend": "a"
    },
    "id": "on-the-warpath",
    "inconsiderate": {
      "circle the wagons": "a",
      "on the warpath": "a"
    },
    "note": "Avoid using phrases referring to colonial stereotypes regarding Native Americans. (source: https://idioms.thefreedictionary.com/circle+the+wagons,https://idioms.thefreedictionary.com/go+on+the+warpath)",
    "type": "basic"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "upstaging": "a",
      "competitiveness": "a"
    },
    "id": "oneupmanship",
    "inconsiderate": {
      "oneupmanship": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Asian person": "a"
    },
    "id": "oriental",
    "inconsiderate": {
      "oriental": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Asian people": "a"
    },
    "id": "orientals",
    "inconsiderate": {
      "orientals": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "own person": "a"
    },
    "id": "own-man-own-woman",
    "inconsiderate": {
      "own woman": "female",
      "own man": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "fit of terror": "a",
      "scare": "a"
    },
    "id": "panic-attack",
    "inconsiderate": {
      "panic attack": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with paraplegia": "a"
    },
    "id": "paraplegic",
    "inconsiderate": {
      "paraplegic": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Filipinos": "a",
      "Filipino people": "a"
    },
    "id": "pinoys",
    "inconsiderate": {
      "pinoys": "a",
      "pinays": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "poet": "a"
    },
    "id": "poetess",
    "inconsiderate": {
      "poetess": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "officers": "a",
      "police officers": "a"
    },
    "id": "policemen-policewomen",
    "inconsiderate": {
      "policewomen": "female",
      "policemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "mail carrier": "a",
      "letter carrier": "a",
      "postal worker": "a"
    },
    "id": "postman-postwoman",
    "inconsiderate": {
      "postwoman": "female",
      "mailwoman": "female",
      "postman": "male",
      "mailman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "mail carriers": "a",
      "letter carriers": "a",
      "postal workers": "a"
    },
    "id": "postmen-postwomen",
    "inconsiderate": {
      "postwomen": "female",
      "mailwomen": "female",
      "postmen": "male",
      "mailmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "conference": "a",
      "gathering": "a",
      "meeting": "a"
    },
    "id": "powwow",
    "inconsiderate": {
      "pow wow": "a",
      "powwow": "a"
    },
    "note": "Avoid casually using this term, which refers to traditional indigenous celebration ceremonies that were banned by genocidal laws in the United States and Canada \u2014 Native people died fighting for this right. (source: https://twitter.com/chadloder/status/1203507070772793345,http://nativeappropriations.com/2012/09/paul-frank-offends-every-native-person-on-the-planet-with-fashion-night-out-dream-catchin-pow-wow.html,https://www.britannica.com/topic/powwow,https://nowtoronto.com/news/native-references-and-terms-that-are-offensive-to-indigenous-people/)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "heir": "a"
    },
    "id": "prince-princess",
    "inconsiderate": {
      "princess": "female",
      "prince": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "heirs": "a"
    },
    "id": "princes-princesses",
    "inconsiderate": {
      "princesses": "female",
      "princes": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with a psychotic condition": "a",
      "person with psychosis": "a"
    },
    "id": "psychotic",
    "inconsiderate": {
      "psychotic": "a",
      "suffers from psychosis": "a",
      "suffering from psychosis": "a",
      "afflicted with psychosis": "a",
      "victim of psychosis": "a"
    },
    "note": "Only use terms describing mental illness when referring to a professionally diagnosed medical condition.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "go for it": "a",
      "take a chance": "a",
      "make a move": "a",
      "take action": "a"
    },
    "id": "pull-the-trigger",
    "inconsiderate": {
      "pull the trigger": "a"
    },
    "note": "Avoid using terms that relate to gun violence.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with quadriplegia": "a"
    },
    "id": "quadriplegic",
    "inconsiderate": {
      "quadriplegic": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "railway worker": "a"
    },
    "id": "railwayman",
    "inconsiderate": {
      "railwayman": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Native American": "a"
    },
    "id": "redskin",
    "inconsiderate": {
      "red indian": "a",
      "pocahontas": "a",
      "redskin": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Native American People": "a"
    },
    "id": "redskins",
    "inconsiderate": {
      "red indians": "a",
      "redskins": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "treatment": "a"
    },
    "id": "rehab",
    "inconsiderate": {
      "rehab": "a",
      "detox": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "treatment center": "a"
    },
    "id": "rehab-center",
    "inconsiderate": {
      "rehab center": "a",
      "detox center": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "repairer": "a",
      "technician": "a"
    },
    "id": "repairman-repairwoman",
    "inconsiderate": {
      "repairwoman": "female",
      "repairman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "technicians": "a"
    },
    "id": "repairmen-repairwomen",
    "inconsiderate": {
      "repairwomen": "female",
      "repairmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "silly": "a",
      "dullard": "a",
      "person with Down Syndrome": "a",
      "person with developmental disabilities": "a",
      "delay": "a",
      "hold back": "a"
    },
    "id": "retard",
    "inconsiderate": {
      "retard": "a",
      "retarded": "a",
      "short bus": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "sillies": "a",
      "dullards": "a",
      "people with developmental disabilities": "a",
      "people with Down\u2019s Syndrome": "a",
      "delays": "a",
      "holds back": "a"
    },
    "id": "retards",
    "inconsiderate": {
      "retards": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "business executive": "a",
      "entrepreneur": "a",
      "business person": "a",
      "professional": "a"
    },
    "id": "salaryman-salarywoman",
    "inconsiderate": {
      "businesswoman": "female",
      "salarywoman": "female",
      "businessman": "male",
      "salaryman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "business executives": "a",
      "entrepreneurs": "a"
    },
    "id": "salarymen-salarywomen",
    "inconsiderate": {
      "businesswomen": "female",
      "salarywomen": "female",
      "career girl": "female",
      "career woman": "female",
      "businessmen": "male",
      "salarymen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "salesperson": "a",
      "sales clerk": "a",
      "sales rep": "a",
      "sales agent": "a",
      "sales attendant": "a",
      "seller": "a",
      "shop assistant": "a"
    },
    "id": "saleslady-salesman",
    "inconsiderate": {
      "saleswoman": "female",
      "sales woman": "female",
      "saleslady": "female",
      "salesman": "male",
      "sales man": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "sales clerks": "a",
      "sales reps": "a",
      "sales agents": "a",
      "sellers": "a"
    },
    "id": "salesmen-saleswomen",
    "inconsiderate": {
      "saleswomen": "female",
      "sales women": "female",
      "salesladies": "female",
      "salesmen": "male",
      "sales men": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "fairy": "a"
    },
    "id": "sandman-sandwoman",
    "inconsiderate": {
      "sandwoman": "female",
      "sandman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "fairies": "a"
    },
    "id": "sandmen-sandwomen",
    "inconsiderate": {
      "sandwomen": "female",
      "sandmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "correct": "a",
      "adequate": "a",
      "sufficient": "a",
      "consistent": "a",
      "valid": "a",
      "coherent": "a",
      "sensible": "a",
      "reasonable": "a"
    },
    "id": "sane",
    "inconsiderate": {
      "sane": "a"
    },
    "note": "When describing a mathematical or programmatic value, using the word \u201Csane\u201D needlessly invokes the topic of mental health.  Consider using a domain-specific or neutral term instead.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "check": "a",
      "assertion": "a",
      "validation": "a",
      "smoke test": "a"
    },
    "id": "sanity-check",
    "inconsiderate": {
      "sanity check": "a"
    },
    "note": "When describing a mathematical or programmatic value, using the phrase \u201Csanity check\u201D needlessly invokes the topic of mental health.  Consider using simply \u201Ccheck\u201D, or a domain-specific or neutral term, instead.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "simple": "a",
      "indigenous": "a",
      "hunter-gatherer": "a"
    },
    "id": "savage",
    "inconsiderate": {
      "primitive": "a",
      "savage": "a",
      "stone age": "a"
    },
    "note": "Avoid using terms that imply a group has not changed over time and that they are inferior",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with schizophrenia": "a"
    },
    "id": "schizo",
    "inconsiderate": {
      "schizophrenic": "a",
      "schizo": "a"
    },
    "note": "Only use terms describing mental illness when referring to a professionally diagnosed medical condition. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with dementia": "a"
    },
    "id": "senile",
    "inconsiderate": {
      "demented": "a",
      "senile": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "soldier": "a",
      "service representative": "a"
    },
    "id": "serviceman-servicewoman",
    "inconsiderate": {
      "servicewoman": "female",
      "serviceman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "soldiers": "a",
      "service representatives": "a"
    },
    "id": "servicemen-servicewomen",
    "inconsiderate": {
      "servicewomen": "female",
      "servicemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "sex reassignment surgery": "a",
      "gender confirmation surgery": "a"
    },
    "id": "sex-change-operation",
    "inconsiderate": {
      "sex change operation": "a"
    },
    "note": "Shift focus away from the assigned sex and towards the identified gender (source: https://www.glaad.org/reference/transgender)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "transition": "a",
      "gender confirmation surgery": "a"
    },
    "id": "sexchange",
    "inconsiderate": {
      "sexchange": "a",
      "sex change": "a"
    },
    "note": "Avoid overemphasizing surgery when discussing transgender people or the process of transition - it\u2019s not a necessary component (source: https://www.glaad.org/reference/transgender)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "sexual orientation": "a",
      "orientation": "a"
    },
    "id": "sexual-preference",
    "inconsiderate": {
      "sexual preference": "a"
    },
    "note": "Implies that being LGBTQ+ is a choice (source: https://www.glaad.org/reference/offensive)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "promoter": "a"
    },
    "id": "showman-showwoman",
    "inconsiderate": {
      "showwoman": "female",
      "showman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "promoters": "a"
    },
    "id": "showmen-showwomen",
    "inconsiderate": {
      "showwomen": "female",
      "show women": "female",
      "showmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "id": "simple",
    "inconsiderate": {
      "simple": "a",
      "simply": "a"
    },
    "note": "It\u2019s probably not that simple. Even if it is, you probably don\u2019t need to specifically say it. (source: https://css-tricks.com/words-avoid-educational-writing/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "secondary": "a",
      "worker": "a",
      "replica": "a",
      "node": "a"
    },
    "id": "slave",
    "inconsiderate": {
      "slave": "a"
    },
    "note": "Avoid using the term `slave`; these suggestions are for the computer term, but there are better alternatives for other cases too",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "secondaries": "a",
      "workers": "a",
      "replicas": "a",
      "nodes": "a"
    },
    "id": "slaves",
    "inconsiderate": {
      "slaves": "a"
    },
    "note": "Avoid using the term `slave`; these suggestions are for the computer term, but there are better alternatives for other cases too",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with a personality disorder": "a",
      "person with psychopathic personality": "a"
    },
    "id": "sociopath",
    "inconsiderate": {
      "sociopath": "a"
    },
    "note": "Only use terms describing mental illness when referring to a professionally diagnosed medical condition. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "people with psychopathic personalities": "a",
      "people with a personality disorder": "a"
    },
    "id": "sociopaths",
    "inconsiderate": {
      "sociopaths": "a"
    },
    "note": "Only use terms describing mental illness when referring to a professionally diagnosed medical condition. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "complex culture": "a"
    },
    "id": "sophisticated-culture",
    "inconsiderate": {
      "sophisticated culture": "a"
    },
    "note": "Avoid using terms that make some groups sound inferior. Replace \u201Csophisticated\u201D with a neutral term such as \u201Ccomplex\u201D",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "complex technology": "a"
    },
    "id": "sophisticated-technology",
    "inconsiderate": {
      "sophisticated technology": "a"
    },
    "note": "Avoid using terms that make some groups sound inferior. Replace \u201Csophisticated\u201D with a neutral term such as \u201Ccomplex\u201D",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "astronaut": "a"
    },
    "id": "spaceman-spacewoman",
    "inconsiderate": {
      "spacewoman": "female",
      "spaceman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "astronauts": "a"
    },
    "id": "spacemen-spacewomen",
    "inconsiderate": {
      "spacewomen": "female",
      "spacemen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "a Black person": "a"
    },
    "id": "spade",
    "inconsiderate": {
      "spade": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with cerebral palsy": "a",
      "twitch": "a",
      "flinch": "a"
    },
    "id": "spastic",
    "inconsiderate": {
      "spastic": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person with cerebral palsy": "a",
      "twitch": "a",
      "flinch": "a",
      "hectic": "a"
    },
    "id": "spaz",
    "inconsiderate": {
      "spaz": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "has a disability": "a",
      "person with a disability": "a",
      "people with disabilities": "a"
    },
    "id": "special",
    "inconsiderate": {
      "challenged": "a",
      "diffability": "a",
      "differently abled": "a",
      "handicapable": "a",
      "special": "a",
      "special needs": "a",
      "specially abled": "a"
    },
    "note": "Euphemisms for disabilities can be infantilizing. (source: http://cdrnys.org/blog/disability-dialogue/the-disability-dialogue-4-disability-euphemisms-that-need-to-bite-the-dust/,https://www.autistichoya.com/p/ableist-words-and-terms-to-avoid.html)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "athletes": "a",
      "Special Olympics athletes": "a"
    },
    "id": "special-olympians",
    "inconsiderate": {
      "special olympians": "a",
      "special olympic athletes": "a"
    },
    "note": "When possible, use the exact discipline of sport. (source: https://media.specialolympics.org/soi/files/press-kit/2014_FactSheet_Final.pdf)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "speaker": "a",
      "spokesperson": "a",
      "representative": "a"
    },
    "id": "spokesman-spokeswoman",
    "inconsiderate": {
      "spokeswoman": "female",
      "spokesman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "speakers": "a",
      "spokespersons": "a"
    },
    "id": "spokesmen-spokeswomen",
    "inconsiderate": {
      "spokeswomen": "female",
      "spokesmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "athlete": "a",
      "sports person": "a"
    },
    "id": "sportsman-sportswoman",
    "inconsiderate": {
      "sportswoman": "female",
      "sportsman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "fair": "a",
      "sporting": "a"
    },
    "id": "sportsmanlike",
    "inconsiderate": {
      "sportsmanlike": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "fairness": "a",
      "good humor": "a",
      "sense of fair play": "a"
    },
    "id": "sportsmanship",
    "inconsiderate": {
      "sportsmanship": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "athletes": "a",
      "sports persons": "a"
    },
    "id": "sportsmen-sportswomen",
    "inconsiderate": {
      "sportswomen": "female",
      "sportsmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "stuttering": "a",
      "disfluency of speech": "a"
    },
    "id": "stammering",
    "inconsiderate": {
      "stammering": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "senator": "a"
    },
    "id": "statesman-stateswoman",
    "inconsiderate": {
      "stateswoman": "female",
      "statesman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "diplomatic": "a"
    },
    "id": "statesmanlike",
    "inconsiderate": {
      "statesmanlike": "a",
      "statesman like": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "step-sibling": "a"
    },
    "id": "stepbrother-stepsister",
    "inconsiderate": {
      "stepsister": "female",
      "stepbrother": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "step-siblings": "a"
    },
    "id": "stepbrothers-stepsisters",
    "inconsiderate": {
      "stepsisters": "female",
      "stepbrothers": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "step-parent": "a"
    },
    "id": "stepdad-stepmom",
    "inconsiderate": {
      "stepmom": "female",
      "stepmother": "female",
      "stepdad": "male",
      "stepfather": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "step-parents": "a"
    },
    "id": "stepfathers-stepmothers",
    "inconsiderate": {
      "stepmothers": "female",
      "stepfathers": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "flight attendant": "a"
    },
    "id": "steward-stewardess",
    "inconsiderate": {
      "stewardess": "female",
      "steward": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "flight attendants": "a"
    },
    "id": "stewardesses-stewards",
    "inconsiderate": {
      "stewardesses": "female",
      "stewards": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "cattle worker": "a",
      "farmhand": "a",
      "drover": "a"
    },
    "id": "stockman",
    "inconsiderate": {
      "stockman": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "id": "straightforward",
    "inconsiderate": {
      "straight forward": "a",
      "straightforward": "a",
      "straight forwardly": "a",
      "straightforwardly": "a"
    },
    "note": "It\u2019s probably not that straight forward. Even if it is, you probably don\u2019t need to specifically say it.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "individual who has had a stroke": "a"
    },
    "id": "stroke-victim",
    "inconsiderate": {
      "stroke victim": "a",
      "suffering from a stroke": "a",
      "victim of a stroke": "a"
    },
    "note": "Refer to the person, rather than the condition, first.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person who stutters": "a"
    },
    "id": "stutterer",
    "inconsiderate": {
      "stutterer": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "has a disability": "a",
      "person with a disability": "a",
      "people with disabilities": "a"
    },
    "id": "suffers-from-disabilities",
    "inconsiderate": {
      "suffers from disabilities": "a",
      "suffering from disabilities": "a",
      "suffering from a disability": "a",
      "afflicted with disabilities": "a",
      "afflicted with a disability": "a"
    },
    "note": "Assumes that a person with a disability has a reduced quality of life. (source: https://ncdj.org/style-guide/)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "person who has muscular dystrophy": "a"
    },
    "id": "suffers-from-md",
    "inconsiderate": {
      "suffers from muscular dystrophy": "a",
      "afflicted with muscular dystrophy": "a",
      "suffers from MD": "a",
      "afflicted with MD": "a"
    },
    "note": "Refer to a person's condition as a state, not as an affliction. (source: https://ncdj.org/style-guide)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "a note from the deceased": "a"
    },
    "id": "suicide-note",
    "inconsiderate": {
      "suicide note": "a"
    },
    "note": "Source: https://www.afsp.org/news-events/for-the-media/reporting-on-suicide",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "rise in suicides": "a"
    },
    "id": "suicide-pact",
    "inconsiderate": {
      "suicide epidemic": "a",
      "epidemic of suicides": "a",
      "suicide pact": "a"
    },
    "note": "Using sensational words can cause copycat suicides or contagion (source: https://www.afsp.org/news-events/for-the-media/reporting-on-suicide)",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "titan": "a"
    },
    "id": "superman-superwoman",
    "inconsiderate": {
      "superwoman": "female",
      "superman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "titans": "a"
    },
    "id": "supermen-superwomen",
    "inconsiderate": {
      "superwomen": "female",
      "supermen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "tax commissioner": "a",
      "tax office": "a",
      "tax collector": "a"
    },
    "id": "tax-man",
    "inconsiderate": {
      "tax man": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "too many chefs in the kitchen": "a",
      "too many cooks spoil the broth": "a"
    },
    "id": "too-many-chiefs",
    "inconsiderate": {
      "too many chiefs": "a"
    },
    "note": "Avoid using phrases referring to colonial stereotypes regarding Native Americans. (source: https://idioms.thefreedictionary.com/too+many+chiefs+and+not+enough+Indians)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "favorite": "a",
      "inspiration": "a",
      "personal interest": "a",
      "personality type": "a"
    },
    "id": "totem",
    "inconsiderate": {
      "animal spirit": "a",
      "dream catcher": "a",
      "spirit animal": "a",
      "totem": "a"
    },
    "note": "Avoid using terms that oversimplify the complex and varied beliefs of indigenous religions. (source: https://www.worldreligionnews.com/opinion/spirit-animal-not-joke-oppression,https://www.spiralnature.com/spirituality/spirit-animal-cultural-appropriation)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Tourette syndrome": "a"
    },
    "id": "tourettes-syndrome",
    "inconsiderate": {
      "tourettes syndrome": "a",
      "tourettes disorder": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "Arabs": "a",
      "Middle Eastern People": "a"
    },
    "id": "towel-heads",
    "inconsiderate": {
      "towel heads": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "service entrance": "a"
    },
    "id": "tradesmans-entrance",
    "inconsiderate": {
      "tradesmans entrance": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "transgender": "a"
    },
    "id": "tranny",
    "inconsiderate": {
      "tranny": "a"
    },
    "note": "Derogatory terms for LGBTQ+ people are offensive (source: https://www.glaad.org/reference/style)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "transgender": "a"
    },
    "id": "transgendered",
    "inconsiderate": {
      "transgendered": "a"
    },
    "note": "Transgender is already an adjective (source: https://www.glaad.org/reference/transgender)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "being transgender": "a",
      "the movement for transgender equality": "a"
    },
    "id": "transgenderism",
    "inconsiderate": {
      "transgenderism": "a"
    },
    "note": "This is a term used by anti-transgender activists to dehumanize transgender people and reduce who they are to a condition (source: https://www.glaad.org/reference/transgender)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "transgender people": "a"
    },
    "id": "transgenders",
    "inconsiderate": {
      "transgenders": "a"
    },
    "note": "Transgender should be used as an adjective, not as a noun (source: https://www.glaad.org/reference/transgender)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "cross-dresser": "a"
    },
    "id": "transvestite",
    "inconsiderate": {
      "transvestite": "a"
    },
    "note": "Avoid using outdated / offensive terms (source: https://www.glaad.org/reference/transgender)",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "society": "a",
      "community": "a"
    },
    "id": "tribe",
    "inconsiderate": {
      "tribe": "a"
    },
    "note": "Avoid using terms that make some groups sound inferior",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "inhumane": "a"
    },
    "id": "unmanly-unwomanly",
    "inconsiderate": {
      "unwomanly": "female",
      "unwomenly": "female",
      "unmanly": "male",
      "unmenly": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "robotic": "a",
      "automated": "a"
    },
    "id": "unmanned",
    "inconsiderate": {
      "unmanned": "a"
    },
    "note": "Using gender neutral language means users will help to break up gender stereotypes.",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "usher": "a"
    },
    "id": "usherette",
    "inconsiderate": {
      "usherette": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "sustain an injury": "a",
      "receive an injury": "a"
    },
    "id": "victim-of-an-injury",
    "inconsiderate": {
      "suffer from an injury": "a",
      "suffers from an injury": "a",
      "suffering from an injury": "a",
      "afflicted with an injury": "a",
      "victim of an injury": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "sustain injuries": "a",
      "receive injuries": "a"
    },
    "id": "victim-of-injuries",
    "inconsiderate": {
      "suffer from injuries": "a",
      "suffers from injuries": "a",
      "suffering from injuries": "a",
      "afflicted with injuries": "a",
      "victim of injuries": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "polio": "a",
      "person who had polio": "a"
    },
    "id": "victim-of-polio",
    "inconsiderate": {
      "infantile paralysis": "a",
      "suffers from polio": "a",
      "suffering from polio": "a",
      "suffering from a polio": "a",
      "afflicted with polio": "a",
      "afflicted with a polio": "a",
      "victim of polio": "a"
    },
    "note": "Source: https://ncdj.org/style-guide/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "foolish": "a",
      "ludicrous": "a",
      "unintelligent": "a"
    },
    "id": "wacko",
    "inconsiderate": {
      "simpleton": "a",
      "stupid": "a",
      "wacko": "a",
      "whacko": "a",
      "low iq": "a"
    },
    "note": "Source: http://www.mmonjejr.com/2014/02/deconstructing-stupid.html",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "server": "a"
    },
    "id": "waiter-waitress",
    "inconsiderate": {
      "waitress": "female",
      "waiter": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "servers": "a"
    },
    "id": "waiters-waitresses",
    "inconsiderate": {
      "waitresses": "female",
      "waiters": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "watcher": "a"
    },
    "id": "watchman-watchwoman",
    "inconsiderate": {
      "watchwoman": "female",
      "watchman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "watchers": "a"
    },
    "id": "watchmen-watchwomen",
    "inconsiderate": {
      "watchwomen": "female",
      "watchmen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "weather forecaster": "a",
      "meteorologist": "a"
    },
    "id": "weatherman-weatherwoman",
    "inconsiderate": {
      "weatherwoman": "female",
      "weatherman": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "weather forecasters": "a",
      "meteorologists": "a"
    },
    "id": "weathermen-weatherwomen",
    "inconsiderate": {
      "weatherwomen": "female",
      "weathermen": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "uses a wheelchair": "a"
    },
    "id": "wheelchair-bound",
    "inconsiderate": {
      "confined to a wheelchair": "a",
      "bound to a wheelchair": "a",
      "restricted to a wheelchair": "a",
      "wheelchair bound": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "ethical hacker": "a",
      "security researcher": "a"
    },
    "id": "whitehat",
    "inconsiderate": {
      "whitehat": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "passlist": "a",
      "alrightlist": "a",
      "safelist": "a",
      "allow list": "a"
    },
    "id": "whitelist",
    "inconsiderate": {
      "whitelist": "a",
      "white list": "a"
    },
    "note": "Replace racially-charged language with more accurate and inclusive words",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "passlisted": "a",
      "alrightlisted": "a",
      "safelisted": "a",
      "allow-listed": "a"
    },
    "id": "whitelisted",
    "inconsiderate": {
      "whitelisted": "a"
    },
    "note": "Replace racially-charged language with more accurate and inclusive words",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "passlisting": "a",
      "alrightlisting": "a",
      "safelisting": "a",
      "allow-listing": "a"
    },
    "id": "whitelisting",
    "inconsiderate": {
      "whitelisting": "a"
    },
    "note": "Replace racially-charged language with more accurate and inclusive words",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "bereaved": "a"
    },
    "id": "widow-widower",
    "inconsiderate": {
      "widow": "female",
      "widows": "female",
      "widower": "male",
      "widowers": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "tank top": "a",
      "sleeveless undershirt": "a"
    },
    "id": "wifebeater",
    "inconsiderate": {
      "wife beater": "a",
      "wifebeater": "a"
    },
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "lawyer": "a"
    },
    "id": "woman-lawyer",
    "inconsiderate": {
      "woman lawyer": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "painter": "a"
    },
    "id": "woman-painter",
    "inconsiderate": {
      "woman painter": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "a"
    ],
    "considerate": {
      "wage or salary earning woman": "a",
      "two-income family": "a"
    },
    "id": "working-wife",
    "inconsiderate": {
      "working mother": "a",
      "working wife": "a"
    },
    "note": "Source: https://radyananda.wordpress.com/2009/06/06/nonsexist-alternative-language-handbook-for-conscious-writers/",
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "worker": "a",
      "wage earner": "a",
      "taxpayer": "a"
    },
    "id": "workman-workwoman",
    "inconsiderate": {
      "workwoman": "female",
      "working woman": "female",
      "workman": "male",
      "working man": "male"
    },
    "type": "or"
  },
  {
    "categories": [
      "male"
    ],
    "considerate": {
      "quality construction": "a",
      "expertise": "a"
    },
    "id": "workmanship",
    "inconsiderate": {
      "workmanship": "male"
    },
    "type": "basic"
  },
  {
    "categories": [
      "female",
      "male"
    ],
    "considerate": {
      "workers": "a"
    },
    "id": "workmen-workwomen",
    "inconsiderate": {
      "workwomen": "female",
      "workmen": "male"
    },
    "type": "or"
  }
];

// node_modules/retext-equality/lib/en.js
var retextEquality = createPlugin(patterns, "en");
var en_default = retextEquality;

// node_modules/cuss/index.js
var cuss = {
  abbo: 1,
  abeed: 2,
  abid: 1,
  abo: 1,
  abortion: 1,
  abuse: 1,
  addict: 1,
  addicts: 1,
  adult: 0,
  africa: 0,
  african: 0,
  africoon: 2,
  alla: 1,
  allah: 0,
  "alligator bait": 2,
  alligatorbait: 2,
  amateur: 0,
  american: 0,
  anal: 1,
  analannie: 2,
  analsex: 1,
  angie: 0,
  angry: 0,
  anus: 1,
  arab: 0,
  arabs: 0,
  arabush: 2,
  arabushs: 2,
  areola: 1,
  argie: 2,
  armo: 2,
  armos: 2,
  aroused: 0,
  arse: 2,
  "arse bandit": 2,
  arsehole: 2,
  asian: 0,
  ass: 2,
  assassin: 0,
  assassinate: 0,
  assassination: 0,
  assault: 0,
  assbagger: 2,
  assblaster: 2,
  assclown: 2,
  asscowboy: 2,
  asses: 2,
  assfuck: 2,
  assfucker: 2,
  asshat: 2,
  asshole: 2,
  assholes: 2,
  asshore: 2,
  assjockey: 2,
  asskiss: 2,
  asskisser: 2,
  assklown: 2,
  asslick: 2,
  asslicker: 2,
  asslover: 2,
  assman: 2,
  assmonkey: 2,
  assmunch: 2,
  assmuncher: 2,
  asspacker: 2,
  asspirate: 2,
  asspuppies: 2,
  assranger: 2,
  asswhore: 2,
  asswipe: 2,
  athletesfoot: 1,
  attack: 0,
  australian: 0,
  babe: 1,
  babies: 0,
  backdoor: 0,
  backdoorman: 2,
  backseat: 0,
  badfuck: 2,
  balllicker: 2,
  balls: 1,
  ballsack: 1,
  banana: 0,
  bananas: 0,
  banging: 1,
  baptist: 0,
  barelylegal: 2,
  barf: 2,
  barface: 2,
  barfface: 2,
  bast: 0,
  bastard: 1,
  "batty boy": 2,
  bazongas: 2,
  bazooms: 2,
  beanbag: 2,
  beanbags: 2,
  beaner: 2,
  beaners: 2,
  beaney: 2,
  beaneys: 2,
  beast: 0,
  beastality: 1,
  beastial: 1,
  beastiality: 1,
  beatoff: 2,
  beatyourmeat: 2,
  beaver: 0,
  bender: 0,
  bent: 0,
  bestial: 1,
  bestiality: 1,
  bi: 0,
  biatch: 2,
  bible: 0,
  bicurious: 1,
  bigass: 2,
  bigbastard: 2,
  bigbutt: 2,
  bigger: 0,
  bisexual: 0,
  bitch: 1,
  bitcher: 2,
  bitches: 1,
  bitchez: 2,
  bitchin: 2,
  bitching: 2,
  bitchslap: 2,
  bitchy: 2,
  biteme: 2,
  black: 0,
  blackman: 1,
  blackout: 0,
  blacks: 1,
  blind: 0,
  blow: 0,
  blowjob: 2,
  bluegum: 2,
  bluegums: 2,
  boang: 2,
  boche: 2,
  boches: 2,
  bogan: 2,
  bohunk: 2,
  bollick: 2,
  bollock: 2,
  bollocks: 2,
  bomb: 0,
  bombers: 0,
  bombing: 0,
  bombs: 0,
  bomd: 0,
  bondage: 1,
  boner: 2,
  bong: 2,
  boob: 1,
  boobies: 2,
  boobs: 1,
  booby: 2,
  boody: 2,
  boom: 0,
  boong: 2,
  boonga: 2,
  boongas: 2,
  boongs: 2,
  boonie: 2,
  boonies: 2,
  bootlip: 2,
  bootlips: 2,
  booty: 2,
  bootycall: 2,
  bosch: 0,
  bosche: 2,
  bosches: 2,
  boschs: 2,
  "bounty bar": 1,
  "bounty bars": 1,
  bountybar: 1,
  bra: 0,
  brea5t: 2,
  breast: 0,
  breastjob: 2,
  breastlover: 2,
  breastman: 2,
  brothel: 1,
  brownie: 0,
  brownies: 0,
  buddhahead: 2,
  buddhaheads: 2,
  buffies: 2,
  buffy: 0,
  bufter: 2,
  bufty: 2,
  bugger: 2,
  buggered: 2,
  buggery: 2,
  bule: 2,
  bules: 2,
  bullcrap: 2,
  bulldike: 2,
  bulldyke: 2,
  bullshit: 2,
  "bum boy": 2,
  "bum chum": 2,
  "bum robber": 2,
  bumblefuck: 2,
  bumfuck: 2,
  bung: 2,
  bunga: 2,
  bungas: 2,
  bunghole: 2,
  buried: 0,
  burn: 0,
  "burr head": 2,
  "burr heads": 2,
  burrhead: 2,
  burrheads: 2,
  butchbabes: 2,
  butchdike: 2,
  butchdyke: 2,
  butt: 0,
  buttbang: 2,
  buttface: 2,
  buttfuck: 2,
  buttfucker: 2,
  buttfuckers: 2,
  butthead: 2,
  buttman: 2,
  buttmunch: 2,
  buttmuncher: 2,
  buttpirate: 2,
  buttplug: 1,
  buttstain: 2,
  byatch: 2,
  cacker: 2,
  "camel jockey": 2,
  "camel jockeys": 2,
  cameljockey: 2,
  cameltoe: 2,
  canadian: 0,
  cancer: 0,
  carpetmuncher: 2,
  carruth: 2,
  catholic: 0,
  catholics: 0,
  cemetery: 0,
  chav: 2,
  "cheese eating surrender monkey": 2,
  "cheese eating surrender monkies": 2,
  "cheeseeating surrender monkey": 2,
  "cheeseeating surrender monkies": 2,
  cheesehead: 2,
  cheeseheads: 2,
  cherrypopper: 2,
  "chi chi man": 2,
  chickslick: 2,
  childrens: 0,
  chin: 0,
  "china swede": 2,
  "china swedes": 2,
  chinaman: 2,
  chinamen: 2,
  chinaswede: 2,
  chinaswedes: 2,
  chinese: 0,
  "ching chong": 2,
  "ching chongs": 2,
  chingchong: 2,
  chingchongs: 2,
  chink: 2,
  chinks: 2,
  chinky: 2,
  choad: 2,
  chode: 2,
  chonkies: 2,
  chonky: 2,
  chonkys: 2,
  christ: 0,
  "christ killer": 2,
  "christ killers": 2,
  christian: 0,
  chug: 2,
  chugs: 2,
  chunger: 2,
  chungers: 2,
  chunkies: 2,
  chunky: 2,
  chunkys: 2,
  church: 0,
  cigarette: 0,
  cigs: 0,
  clamdigger: 2,
  clamdiver: 2,
  clansman: 2,
  clansmen: 2,
  clanswoman: 2,
  clanswomen: 2,
  clit: 1,
  clitoris: 1,
  clogwog: 2,
  cocaine: 1,
  cock: 1,
  cockblock: 2,
  cockblocker: 2,
  cockcowboy: 2,
  cockfight: 2,
  cockhead: 2,
  cockknob: 2,
  cocklicker: 2,
  cocklover: 2,
  cocknob: 2,
  cockqueen: 2,
  cockrider: 2,
  cocksman: 2,
  cocksmith: 2,
  cocksmoker: 2,
  cocksucer: 2,
  cocksuck: 2,
  cocksucked: 2,
  cocksucker: 2,
  cocksucking: 2,
  cocktail: 0,
  cocktease: 2,
  cocky: 2,
  coconut: 0,
  coconuts: 0,
  cohee: 2,
  coitus: 1,
  color: 0,
  colored: 0,
  coloured: 0,
  commie: 2,
  communist: 0,
  condom: 1,
  conservative: 0,
  conspiracy: 0,
  coolie: 2,
  coolies: 2,
  cooly: 2,
  coon: 2,
  "coon ass": 2,
  "coon asses": 2,
  coonass: 2,
  coonasses: 2,
  coondog: 2,
  coons: 2,
  copulate: 1,
  cornhole: 2,
  corruption: 0,
  cra5h: 1,
  crabs: 0,
  crack: 1,
  cracka: 2,
  cracker: 1,
  crackpipe: 1,
  crackwhore: 2,
  crap: 2,
  crapola: 2,
  crapper: 2,
  crappy: 2,
  crash: 0,
  creamy: 0,
  crime: 0,
  crimes: 0,
  criminal: 0,
  criminals: 0,
  crotch: 1,
  crotchjockey: 2,
  crotchmonkey: 2,
  crotchrot: 2,
  cum: 2,
  cumbubble: 2,
  cumfest: 2,
  cumjockey: 2,
  cumm: 2,
  cummer: 2,
  cumming: 2,
  cummings: 1,
  cumquat: 2,
  cumqueen: 2,
  cumshot: 2,
  cunilingus: 1,
  cunillingus: 1,
  cunn: 2,
  cunnilingus: 1,
  cunntt: 2,
  cunt: 2,
  cunteyed: 2,
  cuntfuck: 2,
  cuntfucker: 2,
  cuntlick: 2,
  cuntlicker: 2,
  cuntlicking: 2,
  cuntsucker: 2,
  "curry muncher": 2,
  "curry munchers": 2,
  currymuncher: 2,
  currymunchers: 2,
  cushi: 2,
  cushis: 2,
  cybersex: 1,
  cyberslimer: 2,
  dago: 2,
  dagos: 2,
  dahmer: 2,
  dammit: 2,
  damn: 1,
  damnation: 1,
  damnit: 2,
  darkey: 2,
  darkeys: 2,
  darkie: 2,
  darkies: 2,
  darky: 2,
  datnigga: 2,
  dead: 0,
  deapthroat: 2,
  death: 0,
  deepthroat: 2,
  defecate: 1,
  dego: 2,
  degos: 2,
  demon: 1,
  deposit: 0,
  desire: 0,
  destroy: 0,
  deth: 0,
  devil: 1,
  devilworshipper: 1,
  "diaper head": 2,
  "diaper heads": 2,
  diaperhead: 2,
  diaperheads: 2,
  dick: 1,
  dickbrain: 2,
  dickforbrains: 2,
  dickhead: 2,
  dickless: 2,
  dicklick: 2,
  dicklicker: 2,
  dickman: 2,
  dickwad: 2,
  dickweed: 2,
  diddle: 2,
  die: 0,
  died: 0,
  dies: 0,
  dike: 1,
  dildo: 1,
  dingleberry: 2,
  dink: 2,
  dinks: 2,
  dipshit: 2,
  dipstick: 2,
  dirty: 0,
  disease: 0,
  diseases: 0,
  disturbed: 0,
  dive: 0,
  dix: 2,
  dixiedike: 2,
  dixiedyke: 2,
  doggiestyle: 2,
  doggystyle: 2,
  dong: 2,
  doodoo: 2,
  doom: 0,
  dope: 2,
  "dot head": 2,
  "dot heads": 2,
  dothead: 2,
  dotheads: 2,
  dragqueen: 2,
  dragqween: 2,
  dripdick: 2,
  drug: 1,
  drunk: 1,
  drunken: 1,
  dumb: 2,
  dumbass: 2,
  dumbbitch: 2,
  dumbfuck: 2,
  "dune coon": 2,
  "dune coons": 2,
  dyefly: 2,
  dyke: 1,
  easyslut: 2,
  eatballs: 2,
  eatme: 2,
  eatpussy: 2,
  ecstacy: 0,
  "eight ball": 2,
  "eight balls": 2,
  ejaculate: 1,
  ejaculated: 1,
  ejaculating: 1,
  ejaculation: 1,
  enema: 1,
  enemy: 0,
  erect: 0,
  erection: 1,
  ero: 2,
  escort: 0,
  esqua: 2,
  ethiopian: 0,
  ethnic: 0,
  european: 0,
  evl: 2,
  excrement: 1,
  execute: 0,
  executed: 0,
  execution: 0,
  executioner: 0,
  exkwew: 2,
  explosion: 0,
  facefucker: 2,
  faeces: 2,
  fag: 1,
  fagging: 2,
  faggot: 2,
  fagot: 2,
  failed: 0,
  failure: 0,
  fairies: 0,
  fairy: 0,
  faith: 0,
  fannyfucker: 2,
  fart: 1,
  farted: 1,
  farting: 1,
  farty: 2,
  fastfuck: 2,
  fat: 0,
  fatah: 2,
  fatass: 2,
  fatfuck: 2,
  fatfucker: 2,
  fatso: 2,
  fckcum: 2,
  fear: 0,
  feces: 1,
  felatio: 1,
  felch: 2,
  felcher: 2,
  felching: 2,
  fellatio: 2,
  feltch: 2,
  feltcher: 2,
  feltching: 2,
  fetish: 1,
  fight: 0,
  filipina: 0,
  filipino: 0,
  fingerfood: 1,
  fingerfuck: 2,
  fingerfucked: 2,
  fingerfucker: 2,
  fingerfuckers: 2,
  fingerfucking: 2,
  fire: 0,
  firing: 0,
  fister: 2,
  fistfuck: 2,
  fistfucked: 2,
  fistfucker: 2,
  fistfucking: 2,
  fisting: 2,
  flamer: 1,
  flange: 2,
  flasher: 1,
  flatulence: 1,
  floo: 2,
  flydie: 2,
  flydye: 2,
  fok: 2,
  fondle: 1,
  footaction: 1,
  footfuck: 2,
  footfucker: 2,
  footlicker: 2,
  footstar: 2,
  fore: 0,
  foreskin: 1,
  forni: 2,
  fornicate: 1,
  foursome: 1,
  fourtwenty: 1,
  fraud: 0,
  freakfuck: 2,
  freakyfucker: 2,
  freefuck: 2,
  fruit: 0,
  fruitcake: 1,
  fu: 2,
  fubar: 2,
  fuc: 2,
  fucck: 2,
  fuck: 2,
  fucka: 2,
  fuckable: 2,
  fuckbag: 2,
  fuckbook: 2,
  fuckbuddy: 2,
  fucked: 2,
  fuckedup: 2,
  fucker: 2,
  fuckers: 2,
  fuckface: 2,
  fuckfest: 2,
  fuckfreak: 2,
  fuckfriend: 2,
  fuckhead: 2,
  fuckher: 2,
  fuckin: 2,
  fuckina: 2,
  fucking: 2,
  fuckingbitch: 2,
  fuckinnuts: 2,
  fuckinright: 2,
  fuckit: 2,
  fuckknob: 2,
  fuckme: 2,
  fuckmehard: 2,
  fuckmonkey: 2,
  fuckoff: 2,
  fuckpig: 2,
  fucks: 2,
  fucktard: 2,
  fuckwhore: 2,
  fuckyou: 2,
  "fudge packer": 2,
  fudgepacker: 2,
  fugly: 2,
  fuk: 2,
  fuks: 2,
  funeral: 0,
  funfuck: 2,
  fungus: 0,
  fuuck: 2,
  gable: 1,
  gables: 2,
  gangbang: 2,
  gangbanged: 2,
  gangbanger: 2,
  gangsta: 2,
  "gator bait": 2,
  gatorbait: 2,
  gay: 0,
  gaymuthafuckinwhore: 2,
  gaysex: 2,
  geez: 2,
  geezer: 2,
  geni: 2,
  genital: 1,
  german: 0,
  getiton: 2,
  gin: 0,
  ginzo: 2,
  ginzos: 2,
  gipp: 2,
  gippo: 2,
  gippos: 2,
  gipps: 2,
  girls: 0,
  givehead: 2,
  glazeddonut: 2,
  gob: 1,
  god: 1,
  godammit: 2,
  goddamit: 2,
  goddammit: 2,
  goddamn: 2,
  goddamned: 2,
  goddamnes: 2,
  goddamnit: 2,
  goddamnmuthafucker: 2,
  goldenshower: 2,
  golliwog: 2,
  golliwogs: 2,
  gonorrehea: 2,
  gonzagas: 1,
  gook: 2,
  "gook eye": 2,
  "gook eyes": 2,
  gookeye: 2,
  gookeyes: 2,
  gookies: 2,
  gooks: 2,
  gooky: 2,
  gora: 2,
  goras: 2,
  gotohell: 2,
  goy: 1,
  goyim: 1,
  greaseball: 2,
  greaseballs: 2,
  greaser: 2,
  greasers: 2,
  gringo: 2,
  gringos: 2,
  groe: 1,
  groid: 2,
  groids: 2,
  gross: 1,
  grostulation: 1,
  gub: 1,
  gubba: 2,
  gubbas: 2,
  gubs: 2,
  guinea: 1,
  guineas: 1,
  guizi: 1,
  gummer: 2,
  gun: 0,
  gwailo: 2,
  gwailos: 2,
  gweilo: 2,
  gweilos: 2,
  gyopo: 2,
  gyopos: 2,
  gyp: 2,
  gyped: 2,
  gypo: 2,
  gypos: 2,
  gypp: 2,
  gypped: 2,
  gyppie: 2,
  gyppies: 2,
  gyppo: 2,
  gyppos: 2,
  gyppy: 2,
  gyppys: 2,
  gypsies: 2,
  gypsy: 2,
  gypsys: 2,
  hadji: 2,
  hadjis: 2,
  hairyback: 2,
  hairybacks: 2,
  haji: 2,
  hajis: 2,
  hajji: 2,
  hajjis: 2,
  "half breed": 2,
  "half caste": 2,
  halfbreed: 2,
  halfcaste: 2,
  hamas: 1,
  handjob: 2,
  haole: 2,
  haoles: 2,
  hapa: 2,
  harder: 0,
  hardon: 2,
  harem: 0,
  headfuck: 2,
  headlights: 0,
  hebe: 2,
  hebephila: 1,
  hebephile: 1,
  hebephiles: 1,
  hebephilia: 1,
  hebephilic: 1,
  hebes: 2,
  heeb: 2,
  heebs: 2,
  hell: 0,
  henhouse: 0,
  heroin: 1,
  herpes: 1,
  heterosexual: 0,
  hijack: 0,
  hijacker: 0,
  hijacking: 0,
  hillbillies: 2,
  hillbilly: 2,
  hindoo: 2,
  hiscock: 2,
  hitler: 1,
  hitlerism: 2,
  hitlerist: 2,
  hiv: 1,
  ho: 2,
  hobo: 2,
  hodgie: 2,
  hoes: 2,
  hole: 0,
  holestuffer: 2,
  homicide: 1,
  homo: 2,
  homobangers: 2,
  homosexual: 1,
  honger: 2,
  honk: 0,
  honkers: 2,
  honkey: 2,
  honkeys: 2,
  honkie: 2,
  honkies: 2,
  honky: 2,
  hook: 0,
  hooker: 2,
  hookers: 2,
  hooters: 2,
  hore: 2,
  hori: 2,
  horis: 2,
  hork: 2,
  horn: 0,
  horney: 2,
  horniest: 2,
  horny: 1,
  horseshit: 2,
  hosejob: 2,
  hoser: 2,
  hostage: 0,
  hotdamn: 2,
  hotpussy: 2,
  hottotrot: 2,
  hummer: 0,
  hun: 0,
  huns: 0,
  husky: 0,
  hussy: 2,
  hustler: 0,
  hymen: 1,
  hymie: 2,
  hymies: 2,
  iblowu: 2,
  idiot: 2,
  ike: 1,
  ikes: 1,
  ikey: 1,
  ikeymo: 2,
  ikeymos: 2,
  ikwe: 2,
  illegal: 0,
  illegals: 1,
  incest: 1,
  indon: 2,
  indons: 2,
  injun: 2,
  injuns: 2,
  insest: 2,
  intercourse: 1,
  interracial: 1,
  intheass: 2,
  inthebuff: 2,
  israel: 0,
  israeli: 0,
  israels: 0,
  italiano: 1,
  itch: 0,
  jackass: 2,
  jackoff: 2,
  jackshit: 2,
  jacktheripper: 2,
  jade: 0,
  jap: 2,
  japanese: 0,
  japcrap: 2,
  japie: 2,
  japies: 2,
  japs: 2,
  jebus: 2,
  jeez: 2,
  jerkoff: 2,
  jerries: 1,
  jerry: 0,
  jesus: 1,
  jesuschrist: 1,
  jew: 0,
  jewboy: 2,
  jewed: 2,
  jewess: 2,
  jewish: 0,
  jig: 2,
  jiga: 2,
  jigaboo: 2,
  jigaboos: 2,
  jigarooni: 2,
  jigaroonis: 2,
  jigg: 2,
  jigga: 2,
  jiggabo: 2,
  jiggabos: 2,
  jiggas: 2,
  jigger: 2,
  jiggers: 2,
  jiggs: 2,
  jiggy: 2,
  jigs: 2,
  jihad: 1,
  jijjiboo: 2,
  jijjiboos: 2,
  jimfish: 2,
  jism: 2,
  jiz: 2,
  jizim: 2,
  jizjuice: 2,
  jizm: 2,
  jizz: 2,
  jizzim: 2,
  jizzum: 2,
  joint: 0,
  juggalo: 2,
  jugs: 0,
  "jungle bunnies": 2,
  "jungle bunny": 2,
  junglebunny: 2,
  kacap: 2,
  kacapas: 2,
  kacaps: 2,
  kaffer: 2,
  kaffir: 2,
  kaffre: 2,
  kafir: 2,
  kanake: 2,
  katsap: 2,
  katsaps: 2,
  khokhol: 2,
  khokhols: 2,
  kid: 0,
  kigger: 2,
  kike: 2,
  kikes: 2,
  kill: 0,
  killed: 0,
  killer: 0,
  killing: 0,
  kills: 0,
  kimchi: 0,
  kimchis: 2,
  kink: 1,
  kinky: 1,
  kissass: 2,
  kkk: 2,
  klansman: 2,
  klansmen: 2,
  klanswoman: 2,
  klanswomen: 2,
  knife: 0,
  knockers: 1,
  kock: 1,
  kondum: 2,
  koon: 2,
  kotex: 1,
  krap: 2,
  krappy: 2,
  kraut: 1,
  krauts: 2,
  kuffar: 2,
  kum: 2,
  kumbubble: 2,
  kumbullbe: 2,
  kummer: 2,
  kumming: 2,
  kumquat: 2,
  kums: 2,
  kunilingus: 2,
  kunnilingus: 2,
  kunt: 2,
  kushi: 2,
  kushis: 2,
  kwa: 2,
  "kwai lo": 2,
  "kwai los": 2,
  ky: 1,
  kyke: 2,
  kykes: 2,
  kyopo: 2,
  kyopos: 2,
  lactate: 1,
  laid: 0,
  lapdance: 1,
  latin: 0,
  lebo: 2,
  lebos: 2,
  lesbain: 2,
  lesbayn: 2,
  lesbian: 0,
  lesbin: 2,
  lesbo: 2,
  lez: 2,
  lezbe: 2,
  lezbefriends: 2,
  lezbo: 2,
  lezz: 2,
  lezzo: 2,
  liberal: 0,
  libido: 1,
  licker: 1,
  lickme: 2,
  lies: 0,
  limey: 2,
  limpdick: 2,
  limy: 2,
  lingerie: 0,
  liquor: 1,
  livesex: 2,
  loadedgun: 2,
  lolita: 1,
  looser: 2,
  loser: 2,
  lotion: 0,
  lovebone: 2,
  lovegoo: 2,
  lovegun: 2,
  lovejuice: 2,
  lovemuscle: 2,
  lovepistol: 2,
  loverocket: 2,
  lowlife: 2,
  lsd: 1,
  lubejob: 2,
  lubra: 2,
  lucifer: 0,
  luckycammeltoe: 2,
  lugan: 2,
  lugans: 2,
  lynch: 1,
  mabuno: 2,
  mabunos: 2,
  macaca: 2,
  macacas: 2,
  mad: 0,
  mafia: 1,
  magicwand: 2,
  mahbuno: 2,
  mahbunos: 2,
  mams: 2,
  manhater: 2,
  manpaste: 2,
  marijuana: 1,
  mastabate: 2,
  mastabater: 2,
  masterbate: 2,
  masterblaster: 2,
  mastrabator: 2,
  masturbate: 2,
  masturbating: 2,
  mattressprincess: 2,
  "mau mau": 2,
  "mau maus": 2,
  maumau: 2,
  maumaus: 2,
  meatbeatter: 2,
  meatrack: 2,
  meth: 1,
  mexican: 0,
  mgger: 2,
  mggor: 2,
  mick: 1,
  mickeyfinn: 2,
  mideast: 0,
  milf: 2,
  minority: 0,
  mockey: 2,
  mockie: 2,
  mocky: 2,
  mofo: 2,
  moky: 2,
  moles: 0,
  molest: 1,
  molestation: 1,
  molester: 1,
  molestor: 1,
  moneyshot: 2,
  "moon cricket": 2,
  "moon crickets": 2,
  mooncricket: 2,
  mooncrickets: 2,
  mormon: 0,
  moron: 2,
  moskal: 2,
  moskals: 2,
  moslem: 2,
  mosshead: 2,
  mothafuck: 2,
  mothafucka: 2,
  mothafuckaz: 2,
  mothafucked: 2,
  mothafucker: 2,
  mothafuckin: 2,
  mothafucking: 2,
  mothafuckings: 2,
  motherfuck: 2,
  motherfucked: 2,
  motherfucker: 2,
  motherfuckin: 2,
  motherfucking: 2,
  motherfuckings: 2,
  motherlovebone: 2,
  muff: 2,
  muffdive: 2,
  muffdiver: 2,
  muffindiver: 2,
  mufflikcer: 2,
  mulatto: 2,
  muncher: 2,
  munt: 2,
  murder: 1,
  murderer: 1,
  muslim: 0,
  mzungu: 2,
  mzungus: 2,
  naked: 0,
  nancy: 0,
  narcotic: 1,
  nasty: 0,
  nastybitch: 2,
  nastyho: 2,
  nastyslut: 2,
  nastywhore: 2,
  nazi: 1,
  necro: 1,
  negres: 2,
  negress: 2,
  negro: 2,
  negroes: 2,
  negroid: 2,
  negros: 2,
  nig: 2,
  nigar: 2,
  nigars: 2,
  niger: 0,
  nigerian: 1,
  nigerians: 1,
  nigers: 2,
  nigette: 2,
  nigettes: 2,
  nigg: 2,
  nigga: 2,
  niggah: 2,
  niggahs: 2,
  niggar: 2,
  niggaracci: 2,
  niggard: 2,
  niggarded: 2,
  niggarding: 2,
  niggardliness: 2,
  niggardlinesss: 2,
  niggardly: 0,
  niggards: 2,
  niggars: 2,
  niggas: 2,
  niggaz: 2,
  nigger: 2,
  niggerhead: 2,
  niggerhole: 2,
  niggers: 2,
  niggle: 2,
  niggled: 2,
  niggles: 2,
  niggling: 2,
  nigglings: 2,
  niggor: 2,
  niggress: 2,
  niggresses: 2,
  nigguh: 2,
  nigguhs: 2,
  niggur: 2,
  niggurs: 2,
  niglet: 2,
  nignog: 2,
  nigor: 2,
  nigors: 2,
  nigr: 2,
  nigra: 2,
  nigras: 2,
  nigre: 2,
  nigres: 2,
  nigress: 2,
  nigs: 2,
  nip: 2,
  nipple: 1,
  nipplering: 1,
  nittit: 2,
  nlgger: 2,
  nlggor: 2,
  nofuckingway: 2,
  nook: 1,
  nookey: 2,
  nookie: 2,
  noonan: 2,
  nooner: 1,
  nude: 1,
  nudger: 2,
  nuke: 1,
  nutfucker: 2,
  nymph: 1,
  ontherag: 2,
  oral: 1,
  oreo: 0,
  oreos: 0,
  orga: 2,
  orgasim: 2,
  orgasm: 1,
  orgies: 1,
  orgy: 1,
  osama: 0,
  paddy: 1,
  paederastic: 1,
  paederasts: 1,
  paederasty: 1,
  paki: 2,
  pakis: 2,
  palesimian: 2,
  palestinian: 0,
  "pancake face": 2,
  "pancake faces": 2,
  pansies: 2,
  pansy: 2,
  panti: 2,
  panties: 0,
  payo: 2,
  pearlnecklace: 1,
  peck: 1,
  pecker: 1,
  peckerwood: 2,
  pederastic: 1,
  pederasts: 1,
  pederasty: 1,
  pedo: 2,
  pedophile: 1,
  pedophiles: 1,
  pedophilia: 1,
  pedophilic: 1,
  pee: 1,
  peehole: 2,
  peepee: 2,
  peepshow: 1,
  peepshpw: 2,
  pendy: 1,
  penetration: 1,
  peni5: 2,
  penile: 1,
  penis: 1,
  penises: 1,
  penthouse: 0,
  period: 0,
  perv: 2,
  phonesex: 1,
  phuk: 2,
  phuked: 2,
  phuking: 2,
  phukked: 2,
  phukking: 2,
  phungky: 2,
  phuq: 2,
  pi55: 2,
  picaninny: 2,
  piccaninny: 2,
  pickaninnies: 2,
  pickaninny: 2,
  piefke: 2,
  piefkes: 2,
  piker: 2,
  pikey: 2,
  piky: 2,
  "pillow biter": 2,
  pimp: 2,
  pimped: 2,
  pimper: 2,
  pimpjuic: 2,
  pimpjuice: 2,
  pimpsimp: 2,
  pindick: 2,
  piss: 2,
  pissed: 2,
  pisser: 2,
  pisses: 2,
  pisshead: 2,
  pissin: 2,
  pissing: 2,
  pissoff: 2,
  pistol: 1,
  pixie: 1,
  pixy: 1,
  playboy: 1,
  playgirl: 1,
  pocha: 2,
  pochas: 2,
  pocho: 2,
  pochos: 2,
  pocketpool: 2,
  pohm: 2,
  pohms: 2,
  polack: 2,
  polacks: 2,
  pollock: 2,
  pollocks: 2,
  pom: 2,
  pommie: 2,
  "pommie grant": 2,
  "pommie grants": 2,
  pommies: 2,
  pommy: 2,
  poms: 2,
  poo: 2,
  poof: 2,
  poofta: 2,
  poofter: 2,
  poon: 2,
  poontang: 2,
  poop: 2,
  pooper: 2,
  pooperscooper: 2,
  pooping: 2,
  poorwhitetrash: 2,
  popimp: 2,
  "porch monkey": 2,
  "porch monkies": 2,
  porchmonkey: 2,
  porn: 1,
  pornflick: 1,
  pornking: 2,
  porno: 1,
  pornography: 1,
  pornprincess: 2,
  pot: 0,
  poverty: 0,
  "prairie nigger": 2,
  "prairie niggers": 2,
  premature: 0,
  pric: 2,
  prick: 2,
  prickhead: 2,
  primetime: 0,
  propaganda: 0,
  pros: 0,
  prostitute: 1,
  protestant: 1,
  pu55i: 2,
  pu55y: 2,
  pube: 1,
  pubic: 1,
  pubiclice: 2,
  pud: 2,
  pudboy: 2,
  pudd: 2,
  puddboy: 2,
  puke: 2,
  puntang: 2,
  purinapricness: 2,
  puss: 2,
  pussie: 2,
  pussies: 2,
  pussy: 1,
  pussycat: 1,
  pussyeater: 2,
  pussyfucker: 2,
  pussylicker: 2,
  pussylips: 2,
  pussylover: 2,
  pussypounder: 2,
  pusy: 2,
  quashie: 2,
  que: 0,
  queef: 2,
  queer: 1,
  quickie: 2,
  quim: 2,
  ra8s: 2,
  rabbi: 0,
  racial: 0,
  racist: 1,
  radical: 1,
  radicals: 1,
  raghead: 2,
  ragheads: 2,
  randy: 1,
  rape: 1,
  raped: 1,
  raper: 2,
  rapist: 1,
  rearend: 2,
  rearentry: 2,
  rectum: 1,
  redleg: 2,
  redlegs: 2,
  redlight: 0,
  redneck: 2,
  rednecks: 2,
  redskin: 2,
  redskins: 2,
  reefer: 2,
  reestie: 2,
  refugee: 0,
  reject: 0,
  remains: 0,
  rentafuck: 2,
  republican: 0,
  rere: 2,
  retard: 2,
  retarded: 2,
  ribbed: 1,
  rigger: 2,
  rimjob: 2,
  rimming: 2,
  roach: 0,
  robber: 0,
  "round eyes": 2,
  roundeye: 2,
  rump: 0,
  russki: 2,
  russkie: 2,
  sadis: 2,
  sadom: 2,
  sambo: 2,
  sambos: 2,
  samckdaddy: 2,
  "sand nigger": 2,
  "sand niggers": 2,
  sandm: 2,
  sandnigger: 2,
  satan: 1,
  scag: 1,
  scallywag: 2,
  scat: 1,
  schlong: 2,
  schvartse: 2,
  schvartsen: 2,
  schwartze: 2,
  schwartzen: 2,
  screw: 1,
  screwyou: 2,
  scrotum: 1,
  scum: 1,
  semen: 1,
  seppo: 2,
  seppos: 2,
  septic: 1,
  septics: 1,
  servant: 0,
  sex: 1,
  sexed: 2,
  sexfarm: 2,
  sexhound: 2,
  sexhouse: 1,
  sexing: 2,
  sexkitten: 2,
  sexpot: 2,
  sexslave: 2,
  sextogo: 2,
  sextoy: 1,
  sextoys: 1,
  sexual: 1,
  sexually: 1,
  sexwhore: 2,
  sexy: 1,
  sexymoma: 2,
  sexyslim: 2,
  shag: 1,
  shaggin: 2,
  shagging: 2,
  shat: 2,
  shav: 2,
  shawtypimp: 2,
  sheeney: 2,
  shhit: 2,
  shiksa: 2,
  shinola: 1,
  shit: 1,
  shitcan: 2,
  shitdick: 2,
  shite: 2,
  shiteater: 2,
  shited: 2,
  shitface: 2,
  shitfaced: 2,
  shitfit: 2,
  shitforbrains: 2,
  shitfuck: 2,
  shitfucker: 2,
  shitfull: 2,
  shithapens: 2,
  shithappens: 2,
  shithead: 2,
  shithouse: 2,
  shiting: 2,
  shitlist: 2,
  shitola: 2,
  shitoutofluck: 2,
  shits: 2,
  shitstain: 2,
  shitted: 2,
  shitter: 2,
  shitting: 2,
  shitty: 2,
  shoot: 0,
  shooting: 0,
  shortfuck: 2,
  showtime: 0,
  shylock: 2,
  shylocks: 2,
  sick: 0,
  sissy: 2,
  sixsixsix: 2,
  sixtynine: 2,
  sixtyniner: 2,
  skank: 2,
  skankbitch: 2,
  skankfuck: 2,
  skankwhore: 2,
  skanky: 2,
  skankybitch: 2,
  skankywhore: 2,
  skinflute: 2,
  skum: 2,
  skumbag: 2,
  skwa: 2,
  skwe: 2,
  slant: 0,
  slanteye: 2,
  slanty: 2,
  slapper: 2,
  slaughter: 1,
  slav: 0,
  slave: 2,
  slavedriver: 2,
  sleezebag: 2,
  sleezeball: 2,
  slideitin: 2,
  slime: 0,
  slimeball: 2,
  slimebucket: 2,
  slope: 0,
  slopehead: 2,
  slopeheads: 2,
  sloper: 2,
  slopers: 2,
  slopes: 0,
  slopey: 2,
  slopeys: 2,
  slopies: 2,
  slopy: 2,
  slut: 2,
  sluts: 2,
  slutt: 2,
  slutting: 2,
  slutty: 2,
  slutwear: 2,
  slutwhore: 2,
  smack: 1,
  smackthemonkey: 2,
  smut: 2,
  snatch: 1,
  snatchpatch: 2,
  snigger: 0,
  sniggered: 0,
  sniggering: 0,
  sniggers: 1,
  sniper: 0,
  snot: 0,
  snowback: 2,
  snownigger: 2,
  sob: 0,
  sod: 0,
  sodom: 1,
  sodomise: 2,
  sodomite: 1,
  sodomize: 2,
  sodomy: 2,
  sonofabitch: 2,
  sonofbitch: 2,
  sooties: 2,
  sooty: 2,
  sos: 0,
  soviet: 0,
  spa: 0,
  spade: 1,
  spades: 1,
  spaghettibender: 2,
  spaghettinigger: 2,
  spank: 1,
  spankthemonkey: 2,
  spearchucker: 2,
  spearchuckers: 2,
  sperm: 1,
  spermacide: 2,
  spermbag: 2,
  spermhearder: 2,
  spermherder: 2,
  spic: 2,
  spick: 2,
  spicks: 2,
  spics: 2,
  spig: 2,
  spigotty: 2,
  spik: 2,
  spit: 2,
  spitter: 2,
  splittail: 2,
  spooge: 2,
  spreadeagle: 2,
  spunk: 2,
  spunky: 2,
  sqeh: 2,
  squa: 2,
  squarehead: 2,
  squareheads: 2,
  squaw: 2,
  squinty: 2,
  stagg: 1,
  stiffy: 1,
  strapon: 1,
  stringer: 2,
  stripclub: 2,
  stroke: 0,
  stroking: 1,
  stuinties: 2,
  stupid: 2,
  stupidfuck: 2,
  stupidfucker: 2,
  suck: 1,
  suckdick: 2,
  sucker: 2,
  suckme: 2,
  suckmyass: 2,
  suckmydick: 2,
  suckmytit: 2,
  suckoff: 2,
  suicide: 1,
  swallow: 1,
  swallower: 2,
  swalow: 2,
  "swamp guinea": 2,
  "swamp guineas": 2,
  swastika: 1,
  sweetness: 0,
  syphilis: 1,
  taboo: 0,
  tacohead: 2,
  tacoheads: 2,
  taff: 2,
  tampon: 0,
  tang: 2,
  tantra: 1,
  "tar babies": 2,
  "tar baby": 2,
  tarbaby: 2,
  tard: 2,
  teat: 1,
  terror: 0,
  terrorist: 1,
  teste: 2,
  testicle: 1,
  testicles: 1,
  thicklip: 2,
  thicklips: 2,
  thirdeye: 2,
  thirdleg: 2,
  threesome: 1,
  threeway: 2,
  "timber nigger": 2,
  "timber niggers": 2,
  timbernigger: 2,
  tinker: 2,
  tinkers: 2,
  tinkle: 1,
  tit: 1,
  titbitnipply: 2,
  titfuck: 2,
  titfucker: 2,
  titfuckin: 2,
  titjob: 2,
  titlicker: 2,
  titlover: 2,
  tits: 1,
  tittie: 2,
  titties: 2,
  titty: 2,
  tnt: 1,
  toilet: 0,
  tongethruster: 2,
  tongue: 0,
  tonguethrust: 2,
  tonguetramp: 2,
  tortur: 2,
  torture: 1,
  tosser: 2,
  "towel head": 2,
  "towel heads": 2,
  towelhead: 2,
  trailertrash: 2,
  tramp: 1,
  trannie: 2,
  tranny: 2,
  transexual: 0,
  transsexual: 0,
  transvestite: 2,
  trap: 1,
  triplex: 2,
  trisexual: 1,
  trojan: 0,
  trots: 1,
  tuckahoe: 2,
  tunneloflove: 2,
  turd: 1,
  turnon: 2,
  twat: 2,
  twink: 2,
  twinkie: 2,
  twobitwhore: 2,
  uck: 2,
  uk: 0,
  ukrop: 2,
  "uncle tom": 2,
  unfuckable: 2,
  upskirt: 2,
  uptheass: 2,
  upthebutt: 2,
  urinary: 0,
  urinate: 0,
  urine: 0,
  usama: 2,
  uterus: 1,
  vagina: 1,
  vaginal: 1,
  vatican: 0,
  vibr: 2,
  vibrater: 2,
  vibrator: 1,
  vietcong: 0,
  violence: 0,
  virgin: 0,
  virginbreaker: 2,
  vomit: 2,
  vulva: 1,
  wab: 2,
  wank: 2,
  wanker: 2,
  wanking: 2,
  waysted: 2,
  weapon: 0,
  weenie: 2,
  weewee: 2,
  welcher: 2,
  welfare: 2,
  wetb: 2,
  wetback: 2,
  wetbacks: 2,
  wetspot: 2,
  whacker: 2,
  whash: 2,
  whigger: 2,
  whiggers: 2,
  whiskey: 0,
  whiskeydick: 2,
  whiskydick: 2,
  whit: 1,
  "white trash": 2,
  whitenigger: 2,
  whites: 1,
  whitetrash: 2,
  whitey: 2,
  whiteys: 2,
  whities: 2,
  whiz: 2,
  whop: 2,
  whore: 2,
  whorefucker: 2,
  whorehouse: 2,
  wigga: 2,
  wiggas: 2,
  wigger: 2,
  wiggers: 2,
  willie: 2,
  williewanker: 2,
  willy: 1,
  wn: 2,
  wog: 2,
  wogs: 2,
  womens: 0,
  wop: 2,
  wtf: 2,
  wuss: 2,
  wuzzie: 2,
  xkwe: 2,
  xtc: 1,
  xxx: 1,
  yank: 2,
  yankee: 1,
  yankees: 1,
  yanks: 2,
  yarpie: 2,
  yarpies: 2,
  yellowman: 2,
  yid: 2,
  yids: 2,
  zigabo: 2,
  zigabos: 2,
  zipperhead: 2,
  zipperheads: 2
};

// node_modules/retext-profanities/lib/en.js
var import_pluralize = __toESM(require_pluralize(), 1);

// node_modules/retext-profanities/lib/create-plugin.js
var emptyOptions2 = {};
var emptyList2 = [];
function createPlugin2(config) {
  const regular = config.regular || emptyList2;
  const words = unpack();
  const source = "retext-profanities" + (config.lang === "en" ? "" : "-" + config.lang);
  return function(options) {
    const settings = options || emptyOptions2;
    const ignore = settings.ignore || emptyList2;
    const sureness = settings.sureness || 0;
    const phrases = Object.keys(words).filter(function(d) {
      return !ignore.includes(d);
    });
    const normals = regular.length > 0 ? phrases.filter(function(d) {
      return !regular.includes(d);
    }) : phrases;
    const literals = regular.filter(function(d) {
      return phrases.includes(d);
    });
    return function(tree, file) {
      search(tree, normals, handle);
      search(tree, literals, handle, { allowApostrophes: true });
      function handle(match, _, parent, phrase) {
        const profanitySeverity = words[phrase];
        const actual = toString(match);
        if (profanitySeverity < sureness) {
          return;
        }
        const start = pointStart(match[0]);
        const end = pointEnd(match[match.length - 1]);
        const message = file.message(
          [
            profanitySeverity === 0 ? "Be careful with" : profanitySeverity === 1 ? "Reconsider using" : "Don\u2019t use",
            quotation(actual, "`") + ",",
            profanitySeverity === 0 ? "it\u2019s profane in some cases" : profanitySeverity === 1 ? "it may be profane" : "it\u2019s profane"
          ].join(" "),
          {
            /* c8 ignore next -- verbose to test */
            place: start && end ? { start, end } : void 0,
            ruleId: phrase.replace(/\W+/g, "-"),
            source
          }
        );
        message.actual = actual;
        message.expected = [];
        message.profanitySeverity = profanitySeverity;
        message.url = "https://github.com/retextjs/retext-profanities#readme";
      }
    };
  };
  function unpack() {
    const result = {};
    let key;
    for (key in config.cuss) {
      if (Object.hasOwn(config.cuss, key)) {
        add2(key, config.cuss[key]);
        if (config.pluralize) {
          add2(config.pluralize.singular(key), config.cuss[key]);
          add2(config.pluralize.plural(key), config.cuss[key]);
        }
      }
    }
    function add2(key2, value) {
      if (!config.ignorePluralize || !config.ignorePluralize.includes(key2)) {
        result[key2] = value;
      }
    }
    return result;
  }
}

// node_modules/retext-profanities/lib/en.js
var retextProfanitiesEn = createPlugin2({
  cuss,
  // Misclassified singulars and plurals.
  ignorePluralize: [
    "children",
    "dy",
    // Singular of `dies`.
    "pro",
    // Singular of `pros`.
    "remain",
    // Singular of `remains`
    "so",
    // Singular of `sos`.
    "dice",
    // Plural of `die`.
    "fus"
    // Plural of `fu`.
  ],
  lang: "en",
  pluralize: import_pluralize.default,
  // List of values not to normalize.
  regular: ["hell", "whore"]
});
var en_default2 = retextProfanitiesEn;

// src/core/rules/language/check-text.ts
function ignoring(test) {
  return Object.assign([], { includes: test });
}
function processor(options, ignore) {
  if (options.kind === "equality") return retext().use(en_default, { ignore, binary: options.binary ?? false });
  const sureness = Math.min(2, Math.max(0, options.sureness ?? 0));
  return retext().use(en_default2, { ignore, sureness });
}
var LETTERS = /[\p{L}\p{M}\p{N}]+/gu;
var wordKey = (word2) => (word2.toLowerCase().match(LETTERS) ?? []).join("");
function phrasesByFirstWord(kind) {
  const byKey = /* @__PURE__ */ new Map();
  let longest = 1;
  processor(
    { kind, ignore: [] },
    ignoring((phrase) => {
      const first = phrase.split(" ")[0] ?? "";
      const key = first === "*" ? "*" : wordKey(first) || "*";
      byKey.set(key, [...byKey.get(key) ?? [], phrase]);
      longest = Math.max(longest, key.length);
      return true;
    })
  ).freeze();
  return { byKey, longest };
}
var PHRASES = { equality: phrasesByFirstWord("equality"), profanity: phrasesByFirstWord("profanity") };
function candidatePhrases(text, kind) {
  const { byKey, longest } = PHRASES[kind];
  const found = new Set(byKey.get("*"));
  const add2 = (key) => {
    for (const phrase of byKey.get(key) ?? []) found.add(phrase);
  };
  for (const token of text.toLowerCase().split(/\s+/)) {
    const groups = token.match(LETTERS) ?? [];
    for (const group of groups) add2(group);
    if (groups.length < 2) continue;
    for (let from = 0; from < groups.length; from++) {
      let key = groups[from];
      for (let to = from + 1; to < groups.length && key.length < longest; to++) add2(key += groups[to]);
    }
  }
  return found;
}
function checkText(text, options) {
  let ignore = [...options.ignore];
  if (PHRASES[options.kind].byKey.size > 0) {
    const wanted = candidatePhrases(text, options.kind);
    for (const phrase of options.ignore) wanted.delete(phrase);
    if (wanted.size === 0) return [];
    ignore = ignoring((phrase) => !wanted.has(phrase));
  }
  const run = processor(options, ignore);
  const file = new VFile(text);
  run.runSync(run.parse(file), file);
  return file.messages.map((message) => ({
    source: message.source ?? options.kind,
    ruleId: message.ruleId ?? "",
    reason: message.reason,
    actual: message.actual ?? "",
    expected: message.expected ?? [],
    start: message.place && "start" in message.place ? message.place.start.offset ?? 0 : 0,
    end: message.place && "end" in message.place ? message.place.end.offset ?? 0 : 0
  })).sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}

// src/core/rules/builtin/inclusive-language.ts
var inclusiveLanguage = {
  id: "inclusive-language",
  description: "Flags wording that can leave out or hurt readers, found by retext-equality, with its suggestions in Herald\u2019s words; words.inclusive_ignore lists accepted phrases.",
  rationale: "The communities' codes of conduct ask for welcoming language; the suggestions are cheap to take.",
  defaultSeverity: "warn",
  options: { binary: boolean('Accept "he or she" and similar pairs.', false) },
  check({ post, config, options }) {
    const findings = [];
    for (const source of textSources(post)) {
      for (const message of checkText(source.text, { kind: "equality", ignore: config.words.inclusiveIgnore, binary: options.binary })) {
        findings.push(
          draftAt(source, message.start, message.end - message.start, inclusiveMessage(message.actual), {
            hint: inclusiveHint(message.actual, message.expected)
          })
        );
      }
    }
    return { findings };
  }
};
var quoted = (words) => {
  const q = words.map((w) => `\u201C${w}\u201D`);
  return q.length > 1 ? `${q.slice(0, -1).join(", ")} or ${q[q.length - 1]}` : q[0] ?? "";
};
function inclusiveMessage(actual) {
  return `\u201C${actual}\u201D can leave out or hurt some readers`;
}
function inclusiveHint(actual, expected) {
  const fix = expected.length > 0 ? `Say ${quoted(expected.slice(0, 3))} instead` : "Rephrase it";
  return `${fix}: the code of conduct asks for welcoming words. If it is right here, add '${actual.toLowerCase()}' to words.inclusive_ignore.`;
}

// src/core/rules/builtin/language-present.ts
var languagePresent = {
  id: "language-present",
  description: "The post has a `language` (a BCP 47 tag such as en or pt-BR).",
  rationale: "Screen readers pick their voice by language, and Mastodon and Bluesky filter timelines by it.",
  defaultSeverity: "warn",
  options: {},
  check({ post }) {
    if (post.language?.trim()) return { findings: [] };
    return {
      findings: [
        {
          line: 1,
          column: 1,
          message: "the post has no language",
          hint: "Add `language: en` (or the language it is written in) to the front matter."
        }
      ]
    };
  }
};

// src/core/rules/builtin/length.ts
function sourcePlace(post, rendition, part, offset) {
  const sources = post.overrides[rendition.platform] ?? post.parts;
  const source = sources.find((s) => s.line === part.line && s.column === part.column);
  if (source && source.text === part.text) return placeAt(source.text, offset, source);
  const probe = part.text.slice(offset, offset + 16);
  for (const candidate of source ? [source, ...sources] : sources) {
    const at = probe.trim() ? candidate.text.indexOf(probe) : -1;
    if (at !== -1) return placeAt(candidate.text, at, candidate);
  }
  return { line: part.line, column: part.column };
}
function lengthHint(platform, parts) {
  if (!PROFILES[platform].threads)
    return `Shorten the text, or add a shorter override for ${platform} (${platform} joins a thread's parts into one message).`;
  if (parts > 1) return "Shorten this part or move text to the next part.";
  return `Shorten the text, or add a shorter override for ${platform}, or split it into a thread (a line with only ---).`;
}
var length = {
  id: "length",
  description: "Every part of every rendition fits the platform limit (characters as the platform counts them, and bytes).",
  rationale: "A platform refuses a post over its limit, so publishing would fail after the vote.",
  defaultSeverity: "error",
  options: {},
  check({ post, renditions }) {
    const findings = [];
    for (const rendition of renditions) {
      const { platform, parts } = rendition;
      parts.forEach((part, index2) => {
        const which = parts.length > 1 ? `part ${index2 + 1} is ` : "";
        const { count } = part;
        const overs = [];
        if (count.used > count.limit) overs.push([which, count.used, count.limit, ""]);
        if (count.bytes && count.bytes.used > count.bytes.limit) overs.push([which, count.bytes.used, count.bytes.limit, " bytes"]);
        for (const [prefix, used, limit, unit] of overs) {
          const offset = count.overflowAt ?? part.text.length;
          const place = sourcePlace(post, rendition, part, offset);
          findings.push({
            ...place,
            platform,
            message: `${platform}: ${prefix}${used}/${limit}${unit} (${used - limit} over); the overflow starts at line ${place.line} col ${place.column} '${excerpt(part.text, offset)}'`,
            hint: lengthHint(platform, parts.length)
          });
        }
        if (count.invalidAt !== void 0) {
          const code = part.text.codePointAt(count.invalidAt) ?? 0;
          const place = sourcePlace(post, rendition, part, count.invalidAt);
          findings.push({
            ...place,
            platform,
            message: `${platform}: ${parts.length > 1 ? `part ${index2 + 1} ` : ""}contains U+${code.toString(16).toUpperCase().padStart(4, "0")}, which ${platform} refuses`,
            hint: "Delete the invisible character (often pasted from a word processor)."
          });
        }
      });
    }
    return { findings };
  }
};

// src/core/rules/builtin/link-shortener.ts
var BUILT_IN_SHORTENERS = [
  "bit.ly",
  "buff.ly",
  "ow.ly",
  "tinyurl.com",
  "goo.gl",
  "is.gd",
  "t.co",
  "lnkd.in",
  "dlvr.it",
  "rebrand.ly",
  "cutt.ly",
  "shorturl.at",
  "tiny.cc",
  "rb.gy"
];
var PLAIN_HOST = /^https?:\/\/((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*)(?=[/?#]|$)/i;
function isShortener(host, shorteners) {
  return shorteners.find((s) => host === s || host.endsWith(`.${s}`));
}
function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return void 0;
  }
}
function shortenerOf(url, shorteners) {
  const plain = PLAIN_HOST.exec(url)?.[1]?.toLowerCase();
  if (plain !== void 0 && !isShortener(plain, shorteners)) return void 0;
  const host = hostOf(url);
  return host === void 0 ? void 0 : isShortener(host, shorteners);
}
var linkShortener = {
  id: "link-shortener",
  description: "Links are not shortened (bit.ly and friends, plus words.shorteners).",
  rationale: "Readers cannot see where a short link goes, shorteners track clicks, and links die with the service. Platforms shorten links themselves.",
  defaultSeverity: "warn",
  options: {},
  check({ post, config }) {
    const findings = [];
    const shorteners = [...BUILT_IN_SHORTENERS, ...config.words.shorteners].map((host) => host.toLowerCase());
    for (const source of textSources(post)) {
      for (const url of findUrls(source.text)) {
        const shortener = shortenerOf(url.text, shorteners);
        if (shortener) {
          findings.push(
            draftAt(source, url.offset, url.text.length, `link uses the shortener ${shortener}`, {
              hint: "Use the full address; every platform shows or shortens links itself."
            })
          );
        }
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/media-count.ts
var mediaCount = {
  id: "media-count",
  description: "No part carries more images or videos than the platform accepts in one post (on X a video or animated GIF goes alone).",
  rationale: "The platform refuses the post (or silently drops media) when a part has too many attachments.",
  defaultSeverity: "error",
  options: {},
  check({ renditions, config }) {
    const findings = [];
    for (const { platform, parts } of renditions) {
      const max = limitsOf(config, platform).media;
      parts.forEach((part, index2) => {
        const extra = part.media[max];
        const which = parts.length > 1 ? `part ${index2 + 1} has` : "the post has";
        const animated = part.media.find((m) => m.kind !== "image");
        if (!extra && animated && part.media.length > 1 && PROFILES[platform].animatedAlone) {
          findings.push({
            line: animated.line,
            column: animated.column,
            platform,
            message: `${platform}: ${which} a ${animated.kind === "gif" ? "GIF" : "video"} (${animated.path}) and ${part.media.length - 1} other media; ${platform} takes up to ${max} images, or 1 video or 1 animated GIF alone`,
            hint: "Put the video or GIF in its own part of the thread (a line with only --- before it)."
          });
          return;
        }
        if (!extra) return;
        findings.push({
          line: extra.line,
          column: extra.column,
          platform,
          message: `${platform}: ${which} ${part.media.length} media, ${platform} takes at most ${max} per post (first extra: ${extra.path})`,
          hint: parts.length > 1 ? "Move some media to another part of the thread." : "Make it a thread: add a line with only --- and move some media below it."
        });
      });
    }
    return { findings };
  }
};

// src/core/rules/builtin/media-exists.ts
var mediaExists = {
  id: "media-exists",
  description: "Every media file the post references exists in the repository.",
  rationale: "A missing file makes publishing fail after the vote.",
  defaultSeverity: "error",
  options: {},
  check({ post, repo }) {
    const findings = allMedia(post).filter(({ media }) => !repo.mediaExists(media.path)).map(({ media }) => ({
      line: media.line,
      column: media.column,
      message: `${media.path} does not exist in the repository`,
      hint: "Add the file in this pull request, or fix the path: it is relative to the post's folder, or to the repository root when it starts with /."
    }));
    return { findings };
  }
};

// src/core/rules/builtin/platform-available.ts
var platformAvailable = {
  id: "platform-available",
  description: "Every platform the post lists, or has an override for, is configured, enabled and not retired.",
  rationale: "Nothing is published to a retired or disabled platform; the author should know before the vote.",
  defaultSeverity: "warn",
  options: {},
  check({ post, config }) {
    const findings = [];
    const place = fieldPlace(post, "platforms");
    for (const id of post.platforms ?? []) {
      const platform = platformConfig(config, id);
      let reason;
      let hint = `Remove ${id} from platforms, or enable it in ${config.file}.`;
      if (platform?.retired) {
        const { since, successor } = platform.retired;
        reason = `${id} was retired on ${since}${successor ? ` (the group moved to ${successor})` : ""}`;
        hint = successor ? `Remove ${id} from platforms; ${successor} is the group's new home.` : `Remove ${id} from platforms.`;
      } else if (!platform) reason = `${id} is not configured in ${config.file}`;
      else if (!platform.enabled) reason = `${id} is not enabled in ${config.file}`;
      if (reason) findings.push({ ...place, platform: id, message: `${reason}: this post will not be published there`, hint });
    }
    if (!post.platforms) {
      for (const [id, parts] of Object.entries(post.overrides)) {
        const platform = platformConfig(config, id);
        if (platform?.enabled && !platform.retired) continue;
        const state = platform?.retired ? `was retired on ${platform.retired.since}` : platform ? `is not enabled in ${config.file}` : `is not configured in ${config.file}`;
        const at = parts[0] ?? fieldPlace(post, "overrides");
        findings.push({
          line: at.line,
          column: at.column,
          platform: id,
          message: `${id} override: ${id} ${state}, so this override is never used`,
          hint: `Remove the ${id} override, or enable ${id} in ${config.file}.`
        });
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/poll-support.ts
var pollSupport = {
  id: "poll-support",
  description: "A post with a poll targets platforms that have polls (Mastodon, X, Threads), within their option length, duration and media rules.",
  rationale: "Elsewhere the poll would silently vanish and the post would ask a question nobody can answer.",
  defaultSeverity: "error",
  options: {},
  check({ post, renditions }) {
    const findings = [];
    const poll = post.poll;
    if (!poll) return { findings };
    const place = fieldPlace(post, "poll");
    for (const { platform, parts } of renditions) {
      const { polls, name } = PROFILES[platform];
      const say = (message, hint) => findings.push({ ...place, platform, message: `${platform}: ${message}`, hint });
      if (!polls) {
        say(
          `${name} has no polls: the poll would not be published there`,
          `Remove ${platform} from platforms, or ask the question in the text (overrides.${platform}).`
        );
        continue;
      }
      const long = poll.options.find((o) => [...o].length > polls.optionLength);
      if (long) say(`poll option "${long.slice(0, 40)}" is longer than ${polls.optionLength} characters`, "Shorten the option.");
      if (poll.hours > polls.maxHours)
        say(`a poll stays open at most ${polls.maxHours} hours on ${name} (asked ${poll.hours})`, `Use hours: ${polls.maxHours} or less.`);
      if (poll.multiple && !polls.multiple)
        say(`${name} polls take one choice only (multiple: true is not possible)`, "Remove multiple, or leave this platform out.");
      if ((parts[0]?.media.length ?? 0) > 0)
        say(`a poll cannot go with media in the same post`, "Move the media to a later part of the thread.");
    }
    return { findings };
  }
};

// src/core/comment/merge.ts
function mergeEffect(report, context) {
  const post = report.post;
  if (!post || report.findings.some((f) => f.severity === "error")) return { kind: "blocked" };
  const live = context.live?.[report.file];
  if (live) return live.retract ? { kind: "retracts", change: live } : { kind: "corrects", change: live };
  if (post.retract) return { kind: "withdrawn" };
  const retired = (post.platforms ?? []).filter((id) => context.platforms?.some((p) => p.id === id && p.retired));
  const platforms = report.renditions.map((r) => r.platform);
  if (platforms.length === 0) return { kind: "nothing", retired };
  const now = context.now?.getTime();
  if (post.publishAt && (now === void 0 || post.publishAt.getTime() > now))
    return { kind: "scheduled", at: post.publishAt, platforms, retired };
  return { kind: "now", platforms, retired };
}
function localTime(at, timeZone) {
  if (!timeZone) return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  try {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-GB", {
        timeZone,
        weekday: "short",
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZoneName: "short"
      }).formatToParts(at).map((p) => [p.type, p.value])
    );
    return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
  } catch {
    return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  }
}
var names = (ids) => ids.map((id) => PLATFORM_NAMES[id]).join(", ");
function describeEffect(effect, context) {
  const retired = "retired" in effect && effect.retired.length > 0 ? `; nothing on ${names(effect.retired)} (retired)` : "";
  switch (effect.kind) {
    case "blocked":
      return "publishes nothing until its errors are fixed";
    case "nothing":
      return `publishes nothing${effect.retired.length > 0 ? `: ${names(effect.retired)} ${effect.retired.length === 1 ? "is" : "are"} retired` : ": no platform is enabled for it"}`;
    case "scheduled":
      return `publishes at ${localTime(effect.at, context.timeZone)} on ${names(effect.platforms)}${retired}`;
    case "now":
      return `publishes now on ${names(effect.platforms)}${retired}`;
    case "withdrawn":
      return "publishes nothing: it is retracted (retract: true) and not live anywhere";
    case "corrects":
      return describeCorrection(effect.change);
    case "retracts": {
      const deleted = effect.change.platforms.filter((p) => p.kind === "delete").map((p) => p.platform);
      const byHand = effect.change.platforms.filter((p) => p.kind === "delete-by-hand").map((p) => p.platform);
      const clauses = [
        ...deleted.length > 0 ? [`deletes it on ${names(deleted)}`] : [],
        ...byHand.length > 0 ? [`${names(byHand)} by hand`] : []
      ];
      return `retracts the live post: ${clauses.join("; ")}`;
    }
  }
}
function describeCorrection(change) {
  const of = (kind) => change.platforms.filter((p) => p.kind === kind).map((p) => p.platform);
  const clauses = [
    ...of("edit").length > 0 ? [`edits it in place on ${names(of("edit"))}`] : [],
    ...of("reply").length > 0 ? [`replies with a correction on ${names(of("reply"))}`] : [],
    ...of("choose").length > 0 ? [`nothing yet on ${names(of("choose"))} (choose a correction below)`] : []
  ];
  return clauses.length > 0 ? `corrects the live post: ${clauses.join("; ")}` : "changes nothing live (the live text stays as it is)";
}
function namesOf(reports) {
  if (reports.length > 2) return `${reports.length} posts`;
  return reports.map((r) => escapeInline(r.post?.id ?? r.file.replace(/^.*\//, "").replace(/\.md$/i, ""))).join(" and ");
}
function mergeSentence(reports, context) {
  if (reports.length === 0) return "**Merging publishes nothing:** this PR changes no post.";
  const by = {
    now: [],
    scheduled: [],
    blocked: [],
    nothing: [],
    corrects: [],
    retracts: [],
    withdrawn: []
  };
  const times = [];
  for (const report of reports) {
    const effect = mergeEffect(report, context);
    by[effect.kind].push(report);
    if (effect.kind === "scheduled") times.push(localTime(effect.at, context.timeZone));
  }
  const clauses = [];
  if (by.now.length > 0) clauses.push(`publishes ${namesOf(by.now)} now`);
  if (by.scheduled.length > 0) {
    const when = new Set(times).size === 1 ? `at ${times[0]}` : "at their publish_at times (under each post)";
    clauses.push(`${clauses.length > 0 ? "" : "publishes "}${namesOf(by.scheduled)} ${when}`);
  }
  if (by.corrects.length > 0) clauses.push(`corrects the live ${namesOf(by.corrects)}`);
  if (by.retracts.length > 0) clauses.push(`retracts the live ${namesOf(by.retracts)}`);
  if (by.nothing.length > 0) clauses.push(`nothing of ${namesOf(by.nothing)} (no active platform)`);
  if (by.withdrawn.length > 0) clauses.push(`nothing of ${namesOf(by.withdrawn)} (retracted, never live)`);
  if (by.blocked.length > 0)
    clauses.push(`${clauses.length > 0 ? "holds back" : "publishes nothing of"} ${namesOf(by.blocked)} until the errors are fixed`);
  const last = clauses.pop();
  return `**Merging ${clauses.length > 0 ? `${clauses.join(", ")} and ${last}` : last}.**`;
}

// src/core/rules/builtin/publish-at-past.ts
var DAY = 24 * 60 * 60 * 1e3;
var publishAtPast = {
  id: "publish-at-past",
  description: "The post's `publish_at` is not more than `days` days in the past, unless the post is already published (its ledger entry exists where it is read).",
  rationale: "A publish_at in the past publishes on merge, at once: usually the year or month is a typo, or the post was meant for an event already over.",
  defaultSeverity: "warn",
  options: { days: integer("How many days in the past a publish_at may be before it is reported.", 7, 0, 3650) },
  check({ post, config, repo, now, options }) {
    if (!post.publishAt || now.getTime() - post.publishAt.getTime() <= options.days * DAY) return { findings: [] };
    if (repo.published?.(post.id)) return { findings: [] };
    const ago = Math.floor((now.getTime() - post.publishAt.getTime()) / DAY);
    return {
      findings: [
        {
          ...fieldPlace(post, "publish_at"),
          message: `publish_at ${localTime(post.publishAt, config.timezone)} was ${ago} days ago: if the post is not published yet, merging publishes it at once`,
          hint: "Set publish_at to the time it should go out, or remove it to publish on merge."
        }
      ]
    };
  }
};

// src/core/rules/builtin/profanity.ts
var profanity = {
  id: "profanity",
  description: "Flags profane or possibly profane words, found by retext-profanities; words.inclusive_ignore lists accepted words.",
  rationale: "Posts speak for the whole community, on accounts followed by beginners, employers and children.",
  defaultSeverity: "warn",
  options: { sureness: integer("Report words rated at least this: 0 maybe profane, 1 likely, 2 surely.", 1, 0, 2) },
  check({ post, config, options }) {
    const findings = [];
    for (const source of textSources(post)) {
      for (const message of checkText(source.text, {
        kind: "profanity",
        ignore: config.words.inclusiveIgnore,
        sureness: options.sureness
      })) {
        const sure = message.reason.startsWith("Don");
        findings.push(
          draftAt(
            source,
            message.start,
            message.end - message.start,
            `\u201C${message.actual}\u201D ${sure ? "is profane" : "can read as profane"}`,
            {
              hint: `Posts speak for the whole community, to beginners and employers too: rephrase it. If it is meant innocently here, add '${message.actual.toLowerCase()}' to words.inclusive_ignore.`
            }
          )
        );
      }
    }
    return { findings };
  }
};

// src/core/rules/builtin/tracking-parameters.ts
var BUILT_IN_TRACKING = ["utm_*", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_hsenc", "_hsmi", "yclid"];
function matcher(patterns2) {
  const exact = new Set(patterns2.filter((p) => !p.endsWith("*")).map((p) => p.toLowerCase()));
  const prefixes = patterns2.filter((p) => p.endsWith("*")).map((p) => p.slice(0, -1).toLowerCase());
  return (name) => exact.has(name.toLowerCase()) || prefixes.some((prefix) => name.toLowerCase().startsWith(prefix));
}
var trackingParameters = {
  id: "tracking-parameters",
  description: "Links carry no tracking parameters (utm_*, fbclid, ... plus words.tracking_parameters; `name*` matches a prefix).",
  rationale: "The groups do not track their readers, and clean links are shorter and easier to read aloud.",
  defaultSeverity: "warn",
  options: {},
  check({ post, config }) {
    const findings = [];
    const isTracking = matcher([...BUILT_IN_TRACKING, ...config.words.trackingParameters]);
    for (const source of textSources(post)) {
      for (const url of findUrls(source.text)) {
        const query = url.text.indexOf("?");
        if (query === -1) continue;
        let at = query + 1;
        for (const pair of url.text.slice(query + 1).split("#")[0]?.split("&") ?? []) {
          const name = decodeURIComponentSafe(pair.split("=")[0] ?? "");
          if (name && isTracking(name)) {
            findings.push(
              draftAt(source, url.offset + at, pair.length, `link has the tracking parameter '${name}'`, {
                hint: `Remove '${pair}' from the link.`
              })
            );
          }
          at += pair.length + 1;
        }
      }
    }
    return { findings };
  }
};
function decodeURIComponentSafe(text) {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

// src/core/rules/builtin/vague-link-text.ts
function normalise2(text) {
  return wordsKey(text, " ");
}
var vagueLinkText = {
  id: "vague-link-text",
  description: 'Links are not labelled "click here", "here", "this link" or "read more", and the text does not say "click here".',
  rationale: 'Screen-reader users jump from link to link; "here" says nothing out of context, and not everyone clicks.',
  defaultSeverity: "warn",
  options: {
    phrases: stringList("Link labels that say nothing about the target.", [
      "click here",
      "here",
      "this link",
      "read more",
      "link",
      "more",
      "this",
      "click",
      "learn more",
      "this page"
    ]),
    calls: stringList("Phrases reported anywhere in the text.", ["click here", "click this link", "tap here"])
  },
  check({ post, options }) {
    const findings = [];
    const vague = new Set(options.phrases.map(normalise2));
    const hint = 'Use words that say where the link goes ("the Django 6.0 release notes").';
    for (const source of textSources(post)) {
      const labelled = [];
      for (const label of findLinkLabels(source.text)) {
        if (!vague.has(normalise2(label.text))) continue;
        labelled.push(label.offset);
        findings.push(draftAt(source, label.offset, label.text.length, `vague link text '${label.text}'`, { hint }));
      }
      for (const call of findTerms(source.text, options.calls)) {
        if (labelled.includes(call.offset)) continue;
        findings.push(draftAt(source, call.offset, call.text.length, `vague link text '${call.text}'`, { hint }));
      }
    }
    return { findings };
  }
};

// src/core/rules/registry.ts
var RULES = [
  length,
  mediaCount,
  platformAvailable,
  pollSupport,
  altText,
  altTextLength,
  altTextSent,
  imageCredit,
  mediaExists,
  hashtagCase,
  hashtagCount,
  emojiCount,
  emojiRepeat,
  allCaps,
  fancyLetters,
  bidiControls,
  vagueLinkText,
  trackingParameters,
  linkShortener,
  codeOfConduct,
  contentWarning,
  languagePresent,
  publishAtPast,
  inclusiveLanguage,
  profanity,
  sponsorSaturation,
  postingCadence
];

export {
  graphemes,
  graphemeCount,
  graphemeStart,
  utf8Length,
  utf8OverflowAt,
  insidePair,
  codePointCount,
  codePointStart,
  wordsKey,
  postDay,
  pathDay,
  dayNumber,
  postingCadence,
  mergeEffect,
  describeEffect,
  mergeSentence,
  sponsorSaturation,
  RULES
};
