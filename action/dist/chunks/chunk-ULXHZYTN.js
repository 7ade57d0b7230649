import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/cli/io.ts
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  UsageError
};
