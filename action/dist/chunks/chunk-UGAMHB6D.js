import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// src/fs/repo-file.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var RepoFileError = class extends HeraldError {
  name = "RepoFileError";
  path;
  reason;
  constructor(path, reason, message, hint) {
    super(`${path}: ${message}`, hint ? { hint } : {});
    this.path = path;
    this.reason = reason;
  }
};
var HINT = "Herald reads only regular files inside the repository: commit the file itself, not a link or a device.";
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
async function readRepoFile(root, path, options = {}) {
  const real = confineResolved(root, path, options, await realOf(root, path, realpath), await realpath(root));
  const handle = await open(real, OPEN_FLAGS).catch((error) => {
    throw openError(path, error);
  });
  try {
    const stat = await handle.stat();
    const limit = checkRegular(path, stat, options);
    const buffer = new Uint8Array(limit);
    let filled = 0;
    while (filled < limit) {
      const { bytesRead } = await handle.read(buffer, filled, limit - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
async function repoFileSize(root, path, options = {}) {
  const real = confineResolved(root, path, options, await realOf(root, path, realpath), await realpath(root));
  const handle = await open(real, OPEN_FLAGS).catch((error) => {
    throw openError(path, error);
  });
  try {
    const stat = await handle.stat();
    checkRegular(path, stat, options);
    return stat.size;
  } finally {
    await handle.close();
  }
}
function readRepoFileSync(root, path, options = {}) {
  const real = confineSync(root, path, options);
  let fd;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    throw openError(path, error);
  }
  try {
    const limit = checkRegular(path, fstatSync(fd), options);
    const buffer = new Uint8Array(limit);
    let filled = 0;
    while (filled < limit) {
      const read = readSync(fd, buffer, filled, limit - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}
function refusalOf(root, path, options = {}) {
  let fd;
  try {
    fd = openSync(confineSync(root, path, options), OPEN_FLAGS);
    checkRegular(path, fstatSync(fd), options);
    return void 0;
  } catch (error) {
    if (error instanceof RepoFileError) return error;
    return openError(path, error);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function confineSync(root, path, options) {
  const real = realOf(root, path, (p) => realpathSync(p));
  return confineResolved(root, path, options, real, realpathSync(root));
}
function realOf(root, path, resolveReal) {
  const lexical = relative(root, resolve(root, path));
  if (lexical === "" || lexical.startsWith("..") || isAbsolute(lexical)) {
    throw new RepoFileError(path, "outside", "outside the repository", "Name files by their path inside the repository.");
  }
  try {
    const result = resolveReal(resolve(root, path));
    if (result instanceof Promise) return result.catch((error) => Promise.reject(openError(path, error)));
    return result;
  } catch (error) {
    throw openError(path, error);
  }
}
function confineResolved(root, path, options, real, realRoot) {
  const inside = relative(realRoot, real);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    throw new RepoFileError(path, "outside", "a symbolic link that leads outside the repository", HINT);
  }
  if (inside.split(sep).some((segment) => segment.toLowerCase() === ".git")) {
    throw new RepoFileError(path, "git", "inside .git, which is git's own data, not a repository file", HINT);
  }
  if (options.links === "refuse" && real !== join(realRoot, relative(root, resolve(root, path)))) {
    throw new RepoFileError(path, "link", "a symbolic link (or inside a linked folder); the publisher reads only regular files", HINT);
  }
  return real;
}
function checkRegular(path, stat, options) {
  if (!stat.isFile()) throw new RepoFileError(path, "not-file", `not a regular file (${kindOf(stat)})`, HINT);
  return Math.min(stat.size, options.maxBytes ?? stat.size);
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "not a file";
}
function openError(path, error) {
  const code = error.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new RepoFileError(path, "missing", "no such file in the repository");
  if (code === "ELOOP") return new RepoFileError(path, "link", "a symbolic link that loops", HINT);
  return new RepoFileError(path, "not-file", `cannot be read (${code ?? error.message})`, HINT);
}

export {
  RepoFileError,
  readRepoFile,
  repoFileSize,
  readRepoFileSync,
  refusalOf
};
