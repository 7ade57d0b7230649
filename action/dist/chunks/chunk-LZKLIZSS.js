import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/core/check-runs/types.ts
var GUIDELINES_CHECK_NAME = "Herald guidelines";
var VOTE_CHECK_NAME = "Herald vote";
var ANNOTATIONS_PER_REQUEST = 50;
var SUMMARY_MAX_LENGTH = 65535;

export {
  GUIDELINES_CHECK_NAME,
  VOTE_CHECK_NAME,
  ANNOTATIONS_PER_REQUEST,
  SUMMARY_MAX_LENGTH
};
