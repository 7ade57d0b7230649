import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  closest
} from "./chunk-IZPRORHO.js";

// src/core/rules/options.ts
function integer(description, defaultValue, min = 0, max = Number.MAX_SAFE_INTEGER) {
  const expected = max === Number.MAX_SAFE_INTEGER ? `an integer \u2265 ${min}` : `an integer from ${min} to ${max}`;
  return {
    description,
    default: defaultValue,
    parse: (value) => typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? { ok: true, value } : { ok: false, expected }
  };
}
function boolean(description, defaultValue) {
  return {
    description,
    default: defaultValue,
    parse: (value) => typeof value === "boolean" ? { ok: true, value } : { ok: false, expected: "true or false" }
  };
}
function stringList(description, defaultValue) {
  return {
    description,
    default: [...defaultValue],
    parse: (value) => Array.isArray(value) && value.every((item) => typeof item === "string" && item.trim() !== "") ? { ok: true, value } : { ok: false, expected: "a list of non-empty strings" }
  };
}
var SEVERITIES = ["off", "warn", "error"];
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
function defaultsOf(schema) {
  const options = {};
  for (const key of Object.keys(schema)) options[key] = structuredClone(schema[key].default);
  return options;
}
function resolveSetting(defaultSeverity, schema, setting) {
  const options = defaultsOf(schema);
  const problems = [];
  if (setting === void 0) return { severity: defaultSeverity, options, problems };
  const [severity, raw] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, void 0];
  const shapeOk = !Array.isArray(setting) || setting.length === 2 || setting.length === 1;
  if (!isSeverity(severity) || !shapeOk) {
    problems.push(`expected 'off', 'warn', 'error' or [severity, { options }], got ${describe(setting)}`);
    return { severity: defaultSeverity, options, problems };
  }
  if (raw !== void 0) {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      problems.push(`options must be a mapping, got ${describe(raw)}`);
    } else {
      readOptions(schema, raw, options, problems);
    }
  }
  return { severity, options, problems };
}
function optionName(key) {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
function schemaKey(schema, written) {
  for (const key of Object.keys(schema)) if (written === key || written === optionName(key)) return key;
  return void 0;
}
function readOptions(schema, raw, options, problems) {
  const spellings = /* @__PURE__ */ new Map();
  for (const written of Object.keys(raw)) {
    const key = schemaKey(schema, written);
    if (key === void 0) problems.push(unknownOption(schema, written));
    else spellings.set(key, [...spellings.get(key) ?? [], written]);
  }
  for (const [key, written] of spellings) {
    const name = optionName(key);
    if (written.length > 1) {
      problems.push(`option '${name}' is given twice, as ${written.map((w) => `'${w}'`).join(" and as ")}: keep only '${name}'`);
      continue;
    }
    const value = raw[written[0]];
    const parsed = schema[key].parse(value);
    if (parsed.ok) options[key] = parsed.value;
    else
      problems.push(
        `option '${name}'${written[0] === name ? "" : ` (written '${written[0]}')`} must be ${parsed.expected}, got ${describe(value)}`
      );
  }
}
function unknownOption(schema, written) {
  const names = Object.keys(schema).map(optionName);
  if (names.length === 0) return `unknown option '${written}' (this rule has no options)`;
  const guess = closest(written, names);
  return `unknown option '${written}' (known: ${names.join(", ")})${guess ? `; did you mean '${guess}'?` : ""}`;
}
function describe(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export {
  integer,
  boolean,
  stringList,
  resolveSetting,
  optionName
};
